"""Policy-page calculators (issue 15): the browser calculator against the engine.

For every div.calculator on every policy page of every site: the result shown for each
input of the engine's fixture (>= 1,000 per table, every boundary +/- 0.01, computed by the
Swift engine: `JIXIAO_CALCULATOR_FIXTURE=… swift test --skip-build --filter
RateCalculatorTests`) must agree exactly (data-value, the exact decimal); for every row of
the worked-examples table above it, the text shown must be the row's result as the engine
formatted it; real keystrokes update the live output; the page does not overflow at 390 px
or 1366 px; zh-CN calculators show no Latin letters, en ones no full-width punctuation.

Pay-item calculators (div.calculator[data-pay-calc], one number box per input) likewise:
the browser's result for every input row of the engine's fixture (>= 1,000 rows, every
boundary of every input +/- 0.01: `JIXIAO_PAY_CALCULATOR_FIXTURE=… swift test --skip-build
--filter PayCalculatorTests`) must equal the engine's exactly; every worked-example row
typed in gives the row's amount; real keystrokes (Tab between boxes) update the output.
"""
import json
import os
import re
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Sets each value, fires `input`, reads the output: [data-value, text] per value.
RUN_JS = """
var box = document.querySelectorAll('div.calculator[data-calc]')[arguments[0]];
var input = box.querySelector('input'), out = box.querySelector('output'), got = [];
arguments[1].forEach(function (x) {
  input.value = x;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  got.push([out.getAttribute('data-value'), out.textContent]);
});
return got;
"""
# The worked-examples rows of the table just before calculator n: [amount text, result text].
ROWS_JS = """
var box = document.querySelectorAll('div.calculator[data-calc]')[arguments[0]];
var wrap = box.previousElementSibling, table = wrap && wrap.querySelector('table');
if (!table) { return null; }
return Array.prototype.map.call(table.tBodies[0].rows, function (r) {
  return [r.cells[0].textContent, r.cells[r.cells.length - 1].textContent];
});
"""
INFO_JS = """
return Array.prototype.map.call(document.querySelectorAll('div.calculator[data-calc]'), function (box) {
  var input = box.querySelector('input'), out = box.querySelector('output');
  var label = input && document.querySelector('label[for="' + input.id + '"]');
  return {calc: box.getAttribute('data-calc'), id: input ? input.id : null, type: input ? input.type : null,
          label: label ? label.textContent.trim() : '', live: out ? out.getAttribute('aria-live') : null,
          text: box.textContent + ' ' + (box.previousElementSibling ? box.previousElementSibling.textContent : '')};
});
"""
# Pay calculators: sets every box of calculator n to each row, fires `input`, reads the output.
PAY_RUN_JS = """
var box = document.querySelectorAll('div.calculator[data-pay-calc]')[arguments[0]];
var inputs = box.querySelectorAll('input'), out = box.querySelector('output'), got = [];
arguments[1].forEach(function (row) {
  row.forEach(function (x, i) { inputs[i].value = x; });
  inputs[0].dispatchEvent(new Event('input', {bubbles: true}));
  got.push([out.getAttribute('data-value'), out.textContent]);
});
return got;
"""
PAY_INFO_JS = """
return Array.prototype.map.call(document.querySelectorAll('div.calculator[data-pay-calc]'), function (box) {
  var inputs = box.querySelectorAll('input'), out = box.querySelector('output');
  var wrap = box.previousElementSibling, table = wrap && wrap.querySelector('table');
  return {calc: box.getAttribute('data-pay-calc'), out: out ? out.id : null, live: out ? out.getAttribute('aria-live') : null,
          fields: Array.prototype.map.call(inputs, function (input) {
            var label = document.querySelector('label[for="' + input.id + '"]');
            return {id: input.id, type: input.type, label: label ? label.textContent.trim() : ''};
          }),
          rows: table ? Array.prototype.map.call(table.tBodies[0].rows, function (r) {
            return Array.prototype.map.call(r.cells, function (c) { return c.textContent; });
          }) : [],
          text: box.textContent + ' ' + (wrap ? wrap.textContent : '')};
});
"""
OVERFLOW_JS = "return [document.documentElement.scrollWidth, window.innerWidth];"


FIXTURES = (("JIXIAO_CALCULATOR_FIXTURE", "RateCalculatorTests"), ("JIXIAO_PAY_CALCULATOR_FIXTURE", "PayCalculatorTests"))


def start_fixtures():
    """Starts the Swift fixture tests in the background, both in one `swift test` run (its start-up
    is paid once, while other checks go on): `RateCalculatorTests` writes the rate tables' fixture
    (JIXIAO_CALCULATOR_FIXTURE), `PayCalculatorTests` the pay items' (JIXIAO_PAY_CALCULATOR_FIXTURE).
    Returns a handle for fixtures()."""
    folder = Path(tempfile.mkdtemp(prefix="jixiao-calc-"))
    paths = [folder / f"{suite}.json" for _, suite in FIXTURES]
    env = dict(os.environ, **{variable: str(path) for (variable, _), path in zip(FIXTURES, paths)})
    suites = "|".join(suite for _, suite in FIXTURES)
    p = subprocess.Popen(["swift", "test", "--skip-build", "--filter", suites], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return p, paths


def fixtures(handle):
    """Waits for start_fixtures()'s run; each fixture as {data JSON: {inputs, results}} or an error string."""
    p, paths = handle
    out, err = p.communicate()
    return [json.loads(path.read_text(encoding="utf-8")) if p.returncode == 0 and path.is_file() else
            f"the {suite} fixture was not written (swift test rc={p.returncode}): {out[-400:]}{err[-400:]}"
            for (_, suite), path in zip(FIXTURES, paths)]


def agreement(b, name, lang, text, entry, run_js, n):
    """Problems of calculator n: its text in the wrong script for the page's language, and
    every fixture input (>= 1,000) whose browser result (data-value) differs from the engine's."""
    problems = []
    visible = re.sub(r"\s+", " ", text)
    if lang == "zh-CN" and re.search(r"[A-Za-z]", visible):
        problems.append(f"{name}: Latin letters on a zh-CN page: {visible[:160]!r}")
    if lang == "en" and re.search(r"[，。：；（）、！？]", visible):
        problems.append(f"{name}: full-width punctuation on an en page: {visible[:160]!r}")
    if entry is None:
        return problems + [f"{name}: no engine fixture for this calculator"]
    got = b.driver.execute_script(run_js, n, entry["inputs"])
    wrong = [f"{x} → browser {g[0]}, engine {e}" for x, g, e in zip(entry["inputs"], got, entry["results"]) if g[0] != e]
    problems += [f"{name}: {w}" for w in wrong[:10]]
    if len(entry["inputs"]) < 1000:
        problems.append(f"{name}: only {len(entry['inputs'])} inputs in the fixture")
    return problems


def check_pay(b, lang, fixture):
    """Problems of the page's pay calculators (see the module docstring)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    problems = []
    for n, info in enumerate(b.driver.execute_script(PAY_INFO_JS)):
        name = info["out"] or f"pay calculator {n + 1}"
        if not info["fields"] or any(f["type"] != "number" or not f["label"] for f in info["fields"]) or info["live"] != "polite":
            problems.append(f"{name}: needs <input type=number> with <label for> per input and <output aria-live=polite>")
        entry = fixture.get(info["calc"])
        problems += agreement(b, name, lang, info["text"], entry, PAY_RUN_JS, n)
        if entry is None:
            continue
        rows = info["rows"]
        if not rows:
            problems.append(f"{name}: no worked-examples table before the calculator")
        count = len(info["fields"])
        shown = b.driver.execute_script(PAY_RUN_JS, n, [[c.replace(",", "") for c in r[:count]] for r in rows])
        for r, (_, text) in zip(rows, shown):
            if not text.endswith(r[-1]):
                problems.append(f"{name}: at {r[:count]} the calculator shows {text!r}, the worked example {r[-1]!r}")
        # Keyboard: focus the first box, type the last worked row's figures, Tab between boxes.
        if rows:
            first = b.driver.find_element(By.ID, info["fields"][0]["id"])
            b.driver.execute_script("arguments[0].focus();", first)
            for i, f in enumerate(info["fields"]):
                el = b.driver.switch_to.active_element
                if el.get_attribute("id") != f["id"]:
                    problems.append(f"{name}: Tab reached {el.get_attribute('id')!r}, not {f['id']!r}")
                    break
                el.send_keys(Keys.CONTROL, "a")
                el.send_keys(Keys.BACKSPACE)
                el.send_keys(rows[-1][i].replace(",", ""))
                if i + 1 < count:
                    el.send_keys(Keys.TAB)
            text = b.driver.find_element(By.ID, info["out"]).text
            if not text.endswith(rows[-1][-1]):
                problems.append(f"{name}: typing {rows[-1][:count]} shows {text!r}, expected …{rows[-1][-1]!r}")
    return problems


def check_page(b, site, rel, fixture, file_url, results, pay_fixture=None):
    from selenium.webdriver.common.by import By
    problems = []
    b.load(file_url(site, rel))
    infos = b.driver.execute_script(INFO_JS)
    lang = b.driver.execute_script("return document.documentElement.lang")
    for n, info in enumerate(infos):
        name = info["id"] or f"calculator {n + 1}"
        if info["type"] != "number" or not info["label"] or info["live"] != "polite":
            problems.append(f"{name}: needs <input type=number>, a <label for> and <output aria-live=polite>: {info}")
        entry = fixture.get(info["calc"])
        problems += agreement(b, name, lang, info["text"], entry, RUN_JS, n)
        if entry is None:
            continue
        rows = b.driver.execute_script(ROWS_JS, n) or []
        if not rows:
            problems.append(f"{name}: no worked-examples table before the calculator")
        shown = b.driver.execute_script(RUN_JS, n, [a.replace(",", "") for a, _ in rows])
        for (amount, expect), (_, text) in zip(rows, shown):
            if not text.endswith(expect):
                problems.append(f"{name}: at {amount} the calculator shows {text!r}, the worked example {expect!r}")
        # Real keystrokes: clear, type the first worked amount above zero, read the live output.
        box = b.driver.find_element(By.ID, info["id"])
        typed = next(((a, e) for a, e in rows if a.replace(",", "") not in ("0.00", "0.01")), None)
        if typed:
            b.driver.execute_script("arguments[0].value = ''; arguments[0].focus();", box)
            box.send_keys(typed[0].replace(",", ""))
            text = b.driver.find_element(By.ID, info["id"] + "-result").text
            if not text.endswith(typed[1]):
                problems.append(f"{name}: typing {typed[0]} shows {text!r}, expected …{typed[1]!r}")
    if pay_fixture is not None:
        problems += check_pay(b, lang, pay_fixture)
    for w, h, mobile in ((390, 844, True), (1366, 900, False)):
        b.viewport(w, h, mobile)
        sw, iw = b.driver.execute_script(OVERFLOW_JS)
        if sw > iw:
            problems.append(f"page overflows at {w} px: scrollWidth {sw} > {iw}")
    b.reset_viewport()
    results.record("calculators", site.name, rel, problems)
    return len(infos)


def run(b, sites, results, file_url, started=None):
    """Checks every policy page with a calculator in every site (see the module docstring);
    `started`: start_fixtures()'s handle when the caller started them early."""
    started = started or start_fixtures()
    pages = [(s, rel) for s in sites for rel, pp in s.pages.items()
             if pp.metas.get("jixiao-page-type") == "policy"
             and 'class="calculator' in (s.root / rel).read_text(encoding="utf-8")]
    if not pages:
        results.record("calculators", "-", "-", ["no policy page has a calculator"])
        return
    fixture, pay_fixture = fixtures(started)
    for f in (fixture, pay_fixture):
        if isinstance(f, str):
            results.record("calculators", "-", "fixture", [f])
            return
    for site, rel in pages:
        try:
            check_page(b, site, rel, fixture, file_url, results, pay_fixture)
        except Exception as e:  # noqa: BLE001
            results.record("calculators", site.name, rel, [f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"])
