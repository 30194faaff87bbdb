"""Search at scale (issue 15): the managers' people index comes in parts.

In the verify suite (`run(b, sites, results, file_url)`), for every site with
assets/search-people.js: the manifest and every part parse, every part's `u` is an existing
page, each part's bitmaps are right (every character and character pair of an entry's words
is set for its part), and
in the browser (file://) a query for a person's name, id and department finds the person's
page while loading only the parts the manifest names for it.

Standalone, it measures a (large) built site, one fresh page load per query:

    python3 scripts/verify/check_search_scale.py --site /tmp/site10k [--query 王 …]

prints, per query, the index files loaded, their bytes raw and compressed (gzip -9, as a
server would send them), the time from the `input` event to the results and the number of
results, and fails (exit 1) when a first query loads more than 1.5 MB compressed or takes
more than 50 ms.
"""
import argparse
import gzip
import json
import re
import sys
import time
import urllib.parse
from pathlib import Path

LIMIT_BYTES = 1_500_000
LIMIT_MS = 50.0

# Types the query, resolves with [milliseconds until the results are in, result count,
# status text, loaded index scripts] once the status region announces them.
QUERY_JS = """
var done = arguments[arguments.length - 1], q = arguments[0];
var box = document.getElementById('site-search'), status = document.getElementById('search-status');
var t0 = 0, timer = null;
function finish() {
  var ms = performance.now() - t0;
  var scripts = Array.prototype.map.call(document.querySelectorAll('script[src]'), function (s) { return s.getAttribute('src'); });
  done([ms, document.querySelectorAll('#search-results li').length, status.textContent, scripts,
        Array.prototype.map.call(document.querySelectorAll('#search-results a'), function (a) { return a.getAttribute('href'); })]);
}
var seen = new MutationObserver(function () { if (status.textContent) { seen.disconnect(); clearTimeout(timer); finish(); } });
status.textContent = '';
seen.observe(status, {childList: true, characterData: true, subtree: true});
timer = setTimeout(function () { seen.disconnect(); finish(); }, 5000);
box.value = q;
t0 = performance.now();
box.dispatchEvent(new Event('input', {bubbles: true}));
"""


def load_js_json(path, prefix, suffix=";"):
    """The JSON literal of a script `prefix<JSON>suffix`, or raises ValueError."""
    text = path.read_text(encoding="utf-8").strip()
    if not text.startswith(prefix) or not text.endswith(suffix):
        raise ValueError(f"{path.name}: expected `{prefix}…{suffix}`")
    return json.loads(text[len(prefix):len(text) - len(suffix)])


def manifest(root):
    return load_js_json(root / "assets" / "search-people.js", "window.JIXIAO_SEARCH_PARTS = ")


def js_words(text):
    """What jixiao.js's `norm` makes of `text` (lower-cased, JavaScript white space collapsed)."""
    return " ".join(re.split(r"[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+", text.lower())).strip()


def part(root, m, n):
    """Part n's entries as {t, u, k, s} (the script is `push([n,JSON.parse('{k,u,e}')]);`)."""
    text = (root / (m["path"] + f"{n}.js")).read_text(encoding="utf-8").strip()
    head = f"(window.JIXIAO_SEARCH_LOADED = window.JIXIAO_SEARCH_LOADED || []).push([{n},JSON.parse('"
    if not text.startswith(head) or not text.endswith("')]);"):
        raise ValueError(f"part {n}: expected `{head}…')]);`")
    literal = text[len(head):-len("')]);")]
    got = json.loads(re.sub(r"\\(['\\]|u2028|u2029)", lambda x: {"u2028": "\u2028", "u2029": "\u2029"}.get(x.group(1), x.group(1)), literal))
    if not isinstance(got, dict) or "{}" not in got.get("u", "") or not isinstance(got.get("e"), list):
        raise ValueError(f"part {n}: expected {{k, u, e}}")
    entries = []
    for row in got["e"]:
        if not isinstance(row, list) or len(row) != 3 or js_words(row[2]) != row[2]:
            raise ValueError(f"part {n}: entry {row!r} is not [title, fill, normalised words]")
        entries.append({"t": row[0], "u": got["u"].replace("{}", row[1]), "k": got["k"], "s": row[2]})
    return entries


def has_bit(bits, n):
    d = n >> 2
    return d < len(bits) and int(bits[d], 16) & (1 << (n & 3)) != 0


def parts_for(m, query, kind_label):
    """The parts the browser loads for `query` (the same rule as jixiao.js)."""
    want = set(range(m["count"]))
    for term in query.lower().split():
        if term in kind_label.lower():
            continue
        keys = [term] if len(term) < 2 else [term[k:k + 2] for k in range(len(term) - 1)]
        for key in keys:
            want = {n for n in want if has_bit(m["keys"].get(key, ""), n)}
    return want


def static_checks(site, results):
    """Manifest, parts, bitmaps and links; returns (manifest, entries) or None."""
    problems = []
    try:
        m = manifest(site.root)
        entries = []
        for n in range(m["count"]):
            got = part(site.root, m, n)
            if len(got) > m["size"] or (n < m["count"] - 1 and len(got) != m["size"]):
                problems.append(f"part {n}: {len(got)} entries, size is {m['size']}")
            for e in got:
                for word in (e["t"] + " " + e["s"]).split():
                    for key in set(word) | {word[k:k + 2] for k in range(len(word) - 1)}:
                        if not has_bit(m["keys"].get(key, ""), n):
                            problems.append(f"part {n}: {e['t']!r} has {key!r} but its bitmap misses the part")
                if not (site.root / e["u"]).is_file():
                    problems.append(f"part {n}: {e['t']!r} links to missing {e['u']}")
            entries += got
    except (OSError, ValueError, KeyError, TypeError) as e:
        results.record("search-scale", site.name, "assets/search-people.js", [f"{type(e).__name__}: {e}"])
        return None
    results.record("search-scale", site.name, "assets/search-people.js", problems[:20])
    return m, entries


def run(b, sites, results, file_url):
    """The verify-suite checks (see the module docstring) for every managers' site."""
    for site in sites:
        if not (site.root / "assets" / "search-people.js").is_file():
            continue
        got = static_checks(site, results)
        if not got:
            continue
        m, entries = got
        problems = []
        person = entries[len(entries) // 2]
        dept = person["s"].split(" ")[1] if len(person["s"].split(" ")) > 1 else person["t"]
        for q in (person["t"], person["s"].split(" ")[0].lower(), dept + " " + person["t"]):
            b.load(file_url(site, "search/index.html"))
            ms, count, status, scripts, hrefs = b.driver.execute_async_script(QUERY_JS, q)
            kind = b.js("return document.getElementById('search-results').getAttribute('data-kind-person') || ''")
            loaded = {int(x.group(1)) for s in scripts if (x := re.search(r"people-(\d+)\.js$", s))}
            if not any(h.endswith(person["u"]) for h in hrefs):
                problems.append(f"query {q!r}: no result links to {person['u']} ({count} results, {status!r})")
            if loaded != parts_for(m, q, kind):
                problems.append(f"query {q!r}: loaded parts {sorted(loaded)}, expected {sorted(parts_for(m, q, kind))}")
        # ?q= on load finds the person too (the parts load before the results are shown).
        b.load(file_url(site, "search/index.html") + "?q=" + urllib.parse.quote(person["t"]))
        deadline = time.time() + 5
        hrefs = []
        while time.time() < deadline and not any(h.endswith(person["u"]) for h in hrefs):
            time.sleep(0.1)
            hrefs = b.js("return Array.prototype.map.call(document.querySelectorAll('#search-results a'), "
                         "function (a) { return a.getAttribute('href'); });")
        if not any(h.endswith(person["u"]) for h in hrefs):
            problems.append(f"?q={person['t']}: no result links to {person['u']}")
        results.record("search-scale", site.name, "search/index.html", problems)


def measure(site_root, queries, chromium, chromedriver):
    """One fresh page load per query; prints the table, returns the problems."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import Browser  # noqa: E402
    args = argparse.Namespace(chromium=chromium, chromedriver=chromedriver)
    b = Browser(args)
    root = Path(site_root).resolve()
    problems = []
    print("| query | files loaded | raw KB | gzip -9 KB | first query (ms) | same query again (ms) | results |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    try:
        for q in queries:
            b.load((root / "search" / "index.html").as_uri())
            ms, count, _status, scripts, _ = b.driver.execute_async_script(QUERY_JS, q)
            again = b.driver.execute_async_script(QUERY_JS, q)[0]  # the parts are loaded now
            files = [root / s.replace("../", "", 1) for s in scripts if "search" in s]
            raw = sum(f.stat().st_size for f in files)
            packed = sum(len(gzip.compress(f.read_bytes(), 9)) for f in files)
            print(f"| {q} | {len(files)} | {raw / 1000:.1f} | {packed / 1000:.1f} | {ms:.1f} | {again:.1f} | {count} |")
            if packed > LIMIT_BYTES:
                problems.append(f"{q!r}: {packed} bytes compressed > {LIMIT_BYTES}")
            if ms > LIMIT_MS:
                problems.append(f"{q!r}: {ms:.1f} ms > {LIMIT_MS} ms")
    finally:
        b.quit()
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--site", required=True, help="a built managers' site")
    ap.add_argument("--query", action="append", default=[], help="a query (repeatable)")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    a = ap.parse_args()
    problems = measure(a.site, a.query or ["试用期", "王", "张伟", "E004321", "客服部 夜班"], a.chromium, a.chromedriver)
    for p in problems:
        print("FAIL " + p)
    t = time.strftime("%H:%M:%S")
    print(f"{t} {'failed' if problems else 'ok'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
