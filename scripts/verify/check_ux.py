"""UX checks (issue 19's open items), hooked into run.py after the dashboard checks.

Chromium at 390 x 844 and 1366 x 900, on every site given (zh-CN and en):

- `ux-alerts` (managers sites): the alerts page's filters act on EVERY alert (the JSON island),
  not only the rows in the HTML: with no filter all alerts are rendered; severity, department
  (with sub-departments), kind and month narrow them exactly as the data says; the counts in
  the options and the status line agree; the state is kept in the URL and restored from it;
  rows stay in severity order; the page does not scroll sideways; at 390 px the alerts are
  cards, so the table does not scroll sideways inside its container and a message is on screen.
- `ux-panels` (managers): a department dashboard's panel tables show no caption repeating the
  heading, and a decline in the attention panel is labelled in words.
- `ux-ranks` (managers): a person's history table has company / department / role ranks; the
  current month's company rank links to the month's company leaderboard; an earlier month's
  ranks are text (its month cell links to that month's period page, where the person is
  ranked at that place).
- `ux-over100` (managers): a table with a score above 100 marks it and explains it in a note.
- `ux-print`: in print media, chart data tables are shown, heading anchors are not, and a page
  with pay carries the confidentiality header.
- `ux-404`: served by an nginx-like server (404.html for any missing URL) three folders deep
  under /hr/perf/, the 404 page loads the stylesheet and its home link opens the site's home.
- `ux-tokens`: the design tokens exist and differ between the light and the dark theme.
- `ux-english` (en sites): header, breadcrumbs (but the page's own name), footer, print header
  and the site title hold no Chinese character.
- `ux-overflow`: alerts, person, policy and 404 pages do not scroll sideways at 390 px.
- `ux-policy-tables` (issue 15): at 390 px the first two columns of a policy's rule tables do
  not wrap one character per line.
"""
import functools
import http.server
import re
import threading
import time
import urllib.parse

WIDTHS = ((390, 844, True), (1366, 900, False))
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _is_managers(site):
    return (site.root / "alerts" / "index.html").is_file()


def _is_english(site):
    return 'lang="en"' in (site.root / "index.html").read_text(encoding="utf-8")[:400]


def _url(site, rel, query=""):
    return (site.root / rel).as_uri() + query


def _wait(b, script, *args, timeout=3.0):
    end = time.time() + timeout
    value = b.js(script, *args)
    while not value and time.time() < end:
        time.sleep(0.05)
        value = b.js(script, *args)
    return value


def _overflow(b):
    width, inner = b.js("return [document.documentElement.scrollWidth, window.innerWidth];")
    return [f"page is {width}px wide at a {inner}px viewport"] if width > inner + 1 else []


# --------------------------------------------------------------------------- alerts
ALERTS_STATE_JS = """
const data = JSON.parse(document.getElementById('alerts-data').textContent);
const t = document.getElementById('alerts');
const rows = Array.from(t.tBodies[0].rows).map(r => Array.from(r.cells).map(c => c.textContent));
const sev = Array.from(t.tBodies[0].rows).map(r => r.cells[0].textContent + '|' + ((r.cells[1].className.match(/severity-(\\w+)/) || [])[1] || ''));
const form = document.getElementById('alert-filters');
const status = form.querySelector('.alert-filter-status').textContent;
return {data: data, rows: rows, sev: sev, hidden: form.hidden, visible: form.offsetParent !== null, status: status,
        search: location.search};
"""

SET_JS = """
const s = document.querySelector('#alert-filters [name="' + arguments[0] + '"]');
s.value = arguments[1];
s.dispatchEvent(new Event('change', {bubbles: true}));
return s.value;
"""

OPTION_JS = """
const s = document.querySelector('#alert-filters [name="' + arguments[0] + '"]');
return Array.from(s.options).filter(o => o.value).map(o => [o.value, o.textContent]);
"""


def _expected(data, want):
    """Rows of the JSON matching `want` (severity, department id, kind, month)."""
    dept = {d[0]: i for i, d in enumerate(data["departments"])}
    out = []
    for r in data["rows"]:
        if want.get("severity") and data["severities"][r[1]][0] != want["severity"]:
            continue
        if want.get("department") and dept.get(want["department"], -2) not in data["departments"][r[4]][3]:
            continue
        if want.get("kind") and r[2] != want["kind"]:
            continue
        if want.get("month") and data["months"][r[0]][0] != want["month"]:
            continue
        out.append(r)
    return out


def _severity_sorted(sev):
    """Within each month (rows come newest month first), critical before warning before info."""
    order = {"critical": 0, "warning": 1, "info": 2}
    pairs = [x.rsplit("|", 1) for x in sev]
    return all(ma != mb or order.get(a, 3) <= order.get(b, 3) for (ma, a), (mb, b) in zip(pairs, pairs[1:]))


def _check_alert_filters(b, site, problems):
    st = b.js(ALERTS_STATE_JS)
    data, total = st["data"], len(st["data"]["rows"])
    if st["hidden"] or not st["visible"]:
        problems.append("the filter form is not shown with the script on")
    if len(st["rows"]) != min(total, 1000):
        problems.append(f"with no filter {len(st['rows'])} rows are shown of {total} alerts")
    csv_rows = (site.root / "downloads" / "alerts.csv").read_text(encoding="utf-8-sig").count("\n") - 1
    if csv_rows > 0 and csv_rows != total:
        problems.append(f"the page's data holds {total} alerts, the CSV {csv_rows}")
    if str(total) not in st["status"]:
        problems.append(f"status {st['status']!r} does not give the total {total}")
    # Each filter alone, then all four together, against the data.
    first = data["rows"][-1]  # the oldest, least urgent alert: not among the first rows shown
    want = {"severity": data["severities"][first[1]][0], "kind": first[2],
            "month": data["months"][first[0]][0], "department": data["departments"][first[4]][0]}
    tops = [d for d in data["departments"] if len(d[3]) == 1]
    for name in ("severity", "department", "kind", "month"):
        value = {"severity": "critical", "department": tops[0][0] if tops else want["department"]}.get(name, want[name])
        b.js(SET_JS, name, value)
        st = b.js(ALERTS_STATE_JS)
        exp = _expected(data, {name: value})
        if len(st["rows"]) != len(exp):
            problems.append(f"{name}={value}: {len(st['rows'])} rows shown, {len(exp)} in the data")
        if f"{name}={urllib.parse.quote(value)}" not in st["search"]:
            problems.append(f"{name}={value} is not in the URL ({st['search']!r})")
        opts = dict(b.js(OPTION_JS, name))
        if value in opts and f"{len(exp)}" not in opts[value]:
            problems.append(f"option {opts[value]!r} does not count {len(exp)}")
        if name == "severity" and any(not s.endswith("|critical") for s in st["sev"]):
            problems.append("severity=critical shows other severities")
        if not _severity_sorted(st["sev"]):
            problems.append(f"{name}={value}: rows are not in severity order")
        b.js(SET_JS, name, "")
    for name, value in want.items():
        b.js(SET_JS, name, value)
    st = b.js(ALERTS_STATE_JS)
    exp = _expected(data, want)
    if len(st["rows"]) != len(exp) or not exp:
        problems.append(f"all four filters {want}: {len(st['rows'])} rows shown, {len(exp)} in the data")
    if exp and st["rows"] and st["rows"][-1][5] != first[5]:
        problems.append(f"the oldest alert {first[5][:40]!r} is not found with its own filters")
    # The state survives a reload from the URL.
    query = st["search"]
    b.load(_url(site, "alerts/index.html", query))
    st2 = _wait(b, "return document.getElementById('alert-filters').hidden ? null : arguments[0];", True) and b.js(ALERTS_STATE_JS)
    if not st2 or len(st2["rows"]) != len(exp):
        problems.append(f"reloading {query!r} shows {len(st2['rows']) if st2 else '?'} rows, expected {len(exp)}")
    for name, value in want.items():
        got = b.js(f"return document.querySelector('#alert-filters [name=\"{name}\"]').value;")
        if got != value:
            problems.append(f"reloading {query!r}: {name} is {got!r}, not {value!r}")


ALERTS_FIT_JS = """
const t = document.getElementById('alerts'); const wrap = t.parentElement;
const msg = t.querySelector('tbody td.wrap');
const r = msg ? msg.getBoundingClientRect() : null;
return [wrap.scrollWidth, wrap.clientWidth, r ? r.left : 0, r ? r.right : 0, window.innerWidth];
"""


def _alerts_fit(b):
    """At phone width the alerts are cards: nothing scrolls sideways, even inside the table's
    container, and the first message is wholly on screen."""
    scroll, client, left, right, inner = b.js(ALERTS_FIT_JS)
    out = []
    if scroll > client + 1:
        out.append(f"the alerts table scrolls sideways ({scroll}px in a {client}px container)")
    if left < 0 or right > inner + 1:
        out.append(f"the first alert message spans {left:.0f}–{right:.0f}px of a {inner}px screen")
    return out


def check_alerts(b, site, results):
    rel = "alerts/index.html"
    for w, h, mobile in WIDTHS:
        b.viewport(w, h, mobile)
        problems = []
        try:
            b.load(_url(site, rel))
            time.sleep(0.1)
            _check_alert_filters(b, site, problems)
            b.load(_url(site, rel))
            time.sleep(0.1)
            problems += _overflow(b)
            if w < 600:
                problems += _alerts_fit(b)
        finally:
            b.reset_viewport()
        results.record("ux-alerts", site.name, f"{rel} @{w}px", problems)


# --------------------------------------------------------------------------- dashboard panels
PANEL_JS = """
const out = {captions: [], declines: []};
document.querySelectorAll('section.panel table.data caption').forEach(c => {
  const r = c.getBoundingClientRect(); out.captions.push([c.textContent, r.width, r.height]); });
document.querySelectorAll('#attention tbody tr').forEach(r => {
  const d = r.cells[2]; if (d && d.hasAttribute('data-value') && /^-|^\\u2212/.test(d.getAttribute('data-value').replace('-', '\\u2212')))
    out.declines.push(d.textContent); });
return out;
"""


def check_panels(b, site, results, english):
    pages = sorted(r for r in site.pages if re.fullmatch(r"departments/[^/]+/index\.html", r))
    word = "points vs" if english else "较上"
    checked = 0
    for rel in pages:
        b.load(_url(site, rel))
        st = b.js(PANEL_JS)
        if not st["captions"]:
            continue
        problems = [f"panel caption {c!r} is visible ({w:.0f}x{h:.0f})" for c, w, h in st["captions"] if w > 2 and h > 2]
        bare = [d for d in st["declines"] if word not in d]
        problems += [f"decline detail {d!r} has no words ({word!r})" for d in bare]
        if st["declines"] or checked == 0:
            results.record("ux-panels", site.name, rel, problems)
            checked += 1
        if checked >= 2:
            break


# --------------------------------------------------------------------------- person ranks
RANKS_JS = """
const t = document.getElementById('history');
if (!t) return null;
return Array.from(t.tBodies[0].rows).map(r => {
  const c = r.cells[r.cells.length - 1];
  const m = r.cells[0].querySelector('a');
  return {month: r.cells[0].textContent, links: Array.from(c.querySelectorAll('a')).map(a => [a.textContent, a.href]),
          text: c.textContent, monthHref: m ? m.href : ''};
});
"""

RANK_ROW_JS = """
const t = document.getElementById('ranking');
if (!t) return null;
const row = Array.from(t.tBodies[0].rows).find(r => r.textContent.includes(arguments[0]));
return row ? row.cells[0].textContent : '';
"""


def check_ranks(b, site, results):
    people = sorted(r for r in site.pages if r.startswith("people/"))
    for rel in people[:3]:
        b.load(_url(site, rel))
        name = b.js("return document.querySelector('h1').textContent.trim();")
        rows = b.js(RANKS_JS) or []
        ranked = [r for r in rows if r["links"]]
        problems = []
        if not ranked:
            results.record("ux-ranks", site.name, rel, ["no month with rank links in the history table"])
            continue
        latest = rows[0]
        if latest["links"] and not latest["links"][0][1].endswith("leaderboards/month-company.html"):
            problems.append(f"the current month's company rank links to {latest['links'][0][1]}")
        # An earlier month's ranks are text (issue 14: its boards are the period page and the
        # department's dashboard the row's month and department cells link to); the company
        # rank must match the ranking on the month's period page.
        earlier = [r for r in rows[1:] if "/" in r["text"] and r["monthHref"]]
        if any(r["links"] for r in rows[1:]):
            problems.append("an earlier month's ranks repeat the row's links")
        if earlier:
            rank_text, href = earlier[0]["text"].split(" · ")[0], earlier[0]["monthHref"] + "#ranking"
            if not re.search(r"/\d{4}/\d{2}/index\.html#ranking$", href):
                problems.append(f"an earlier month's period link is {href}")
            b.load(href)
            got = b.js(RANK_ROW_JS, name)
            want = rank_text.split("/")[0]
            if got is None:
                problems.append(f"{href} has no #ranking table")
            elif got.strip() != want:
                problems.append(f"{name} is ranked {got!r} on {href}, the person page says {want!r}")
        results.record("ux-ranks", site.name, rel, problems)


# --------------------------------------------------------------------------- scores above 100
def check_over100(b, site, results):
    for rel in sorted(site.pages):
        text = (site.root / rel).read_text(encoding="utf-8")
        if "over-full" not in text:
            continue
        b.load(_url(site, rel))
        st = b.js("""
const c = document.querySelector('td.over-full');
const note = document.querySelector('.over-full-note');
// a compact table's cell has data-value only where it differs from its text (issue 14)
return {value: c ? Number(c.hasAttribute('data-value') ? c.getAttribute('data-value') : c.textContent) : null, mark: c ? getComputedStyle(c, '::after').content : '',
        note: note ? note.textContent : ''};""")
        problems = []
        if st["value"] is None or st["value"] <= 100:
            problems.append(f"an over-full cell holds {st['value']}")
        if "*" not in st["mark"]:
            problems.append(f"the score carries no mark ({st['mark']!r})")
        if "100" not in st["note"]:
            problems.append(f"no note explaining scores above 100 ({st['note']!r})")
        results.record("ux-over100", site.name, rel, problems)
        return
    results.record("ux-over100", site.name, "(site)", ["no score above 100 marked on any page"])


# --------------------------------------------------------------------------- print
PRINT_JS = """
const out = {charts: [], anchors: [], header: null};
document.querySelectorAll('details.chart-data table').forEach(t => out.charts.push(t.getBoundingClientRect().height));
document.querySelectorAll('a.anchor').forEach(a => out.anchors.push(getComputedStyle(a).display));
const h = document.querySelector('.print-header');
if (h) out.header = {display: getComputedStyle(h).display, text: h.textContent};
return out;
"""


def _media(b, media):
    b.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media, "features": []})


def check_print(b, site, results, english):
    pages = {}
    dept = sorted(r for r in site.pages if re.fullmatch(r"departments/[^/]+/index\.html", r))
    if dept:
        pages["chart"] = dept[0]
    policies = sorted(r for r in site.pages if r.startswith("policies/") and r != "policies/index.html")
    if policies:
        pages["anchor"] = policies[0]
    people = sorted(r for r in site.pages if r.startswith("people/"))
    pay = [r for r in people[:20] if 'id="h-pay"' in (site.root / r).read_text(encoding="utf-8")]
    if pay:
        pages["pay"] = pay[0]
    confidential = "confidential" if english else "保密"
    try:
        for kind, rel in sorted(pages.items()):
            b.load(_url(site, rel))
            # What a browser does on printing: beforeprint, then layout in print media.
            b.js("window.dispatchEvent(new Event('beforeprint'));")
            _media(b, "print")
            st = b.js(PRINT_JS)
            _media(b, "")
            b.js("window.dispatchEvent(new Event('afterprint'));")
            problems = []
            still_open = b.js("return document.querySelectorAll('details.chart-data[open]').length;")
            if kind == "chart" and still_open:
                problems.append(f"{still_open} chart data tables stay open after printing")
            if kind == "chart" and (not st["charts"] or min(st["charts"]) <= 0):
                problems.append(f"chart data tables do not print (heights {st['charts'][:4]})")
            if kind == "anchor" and any(d != "none" for d in st["anchors"]):
                problems.append("heading anchors print")
            if kind == "pay":
                if not st["header"] or st["header"]["display"] == "none":
                    problems.append("no print header on a page with pay")
                elif confidential not in st["header"]["text"].lower():
                    problems.append(f"print header {st['header']['text']!r} does not say {confidential}")
            results.record("ux-print", site.name, f"{rel} ({kind})", problems)
    finally:
        _media(b, "")


# --------------------------------------------------------------------------- 404 at depth
def _serve_404(root, subpath):
    """An nginx-like server: files under `subpath`, and 404.html (status 404) for anything missing."""
    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def send_head(self):
            p = urllib.parse.urlsplit(self.path).path
            local = root / urllib.parse.unquote(p[len(subpath):]) if p.startswith(subpath) else None
            if local is None or not local.is_file():
                body = (root / "404.html").read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                import io
                return io.BytesIO(body)
            return super().send_head()

        def translate_path(self, path):
            p = urllib.parse.urlsplit(path).path
            return super().translate_path("/" + p[len(subpath):])

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


NOT_FOUND_JS = """
const sheets = Array.from(document.styleSheets).filter(s => s.href && s.href.endsWith('/assets/jixiao.css'));
let rules = -1;
try { rules = sheets.length ? sheets[sheets.length - 1].cssRules.length : -1; } catch (e) { rules = -2; }
const home = document.querySelector('a.home-link');
return {sheet: sheets.map(s => s.href), rules: rules, home: home ? home.href : '',
        root: document.querySelector('meta[name="jixiao-root"]').content,
        bar: getComputedStyle(document.querySelector('header.site')).backgroundColor};
"""


def check_404(b, site, results):
    if not (site.root / "404.html").is_file():
        return
    subpath = "/hr/perf/"
    srv = _serve_404(site.root, subpath)
    base = f"http://127.0.0.1:{srv.server_address[1]}{subpath}"
    try:
        for w, h, mobile in WIDTHS:
            b.viewport(w, h, mobile)
            problems = []
            url = base + "people/x/y/missing.html"
            b.load(url)
            st = _wait(b, "const m = document.querySelector('meta[name=\"jixiao-root\"]');"
                          "return m && m.content !== './' ? m.content : null;")
            st = b.js(NOT_FOUND_JS)
            if st["root"] != subpath:
                problems.append(f"the site root was found as {st['root']!r}, not {subpath!r}")
            want_sheet = base + "assets/jixiao.css"
            if want_sheet not in st["sheet"] or st["rules"] < 10:
                problems.append(f"stylesheet not loaded from {want_sheet} (sheets {st['sheet']}, rules {st['rules']})")
            if st["home"] != base + "index.html":
                problems.append(f"the home link goes to {st['home']}, not {base}index.html")
            else:
                b.load(st["home"])
                if b.js("return document.querySelector('meta[name=\"jixiao-page-type\"]').content;") != "home":
                    problems.append("the home link does not open the home page")
                b.load(url)
                time.sleep(0.3)
            problems += _overflow(b)
            results.record("ux-404", site.name, f"people/x/y/missing.html @{w}px", problems)
    finally:
        b.reset_viewport()
        srv.shutdown()
        srv.server_close()


# --------------------------------------------------------------------------- tokens, English chrome, overflow
TOKENS = ("--step-0", "--space-4", "--good", "--bad", "--neutral", "--sev-critical", "--sev-warning", "--sev-info",
          "--card-bg", "--card-border", "--header-bg", "--header-fg")
TOKENS_JS = "const s = getComputedStyle(document.documentElement); return arguments[0].map(t => s.getPropertyValue(t).trim());"


def check_tokens(b, site, results):
    b.load(_url(site, "index.html"))
    values = {}
    for scheme in ("light", "dark"):
        b.color_scheme(scheme)
        values[scheme] = dict(zip(TOKENS, b.js(TOKENS_JS, list(TOKENS))))
    b.color_scheme("light")
    problems = [f"token {t} is not defined ({s})" for s in values for t, v in values[s].items() if not v]
    colours = ("--good", "--bad", "--sev-critical", "--card-bg", "--header-bg")
    problems += [f"{t} is the same in light and dark" for t in colours if values["light"][t] == values["dark"][t]]
    results.record("ux-tokens", site.name, "index.html", problems)


CHROME_TEXT_JS = """
// The site title after the page's own title; crumbs but the current page (a person's or a
// policy's name is content, not chrome).
const parts = [document.title.split(' \u00b7 ').pop()];
document.querySelectorAll('header.site, footer.site, .print-header').forEach(e => parts.push(e.textContent));
document.querySelectorAll('nav.breadcrumbs li').forEach(li => { if (!li.querySelector('[aria-current]')) parts.push(li.textContent); });
return parts.join(' | ');
"""


def check_english(b, site, results):
    types = {}
    for rel, pp in sorted(site.pages.items()):
        types.setdefault(pp.metas.get("jixiao-page-type"), rel)
    for pt, rel in sorted((k, v) for k, v in types.items() if k):
        b.load(_url(site, rel))
        text = b.js(CHROME_TEXT_JS)
        found = sorted(set(CJK.findall(text)))
        results.record("ux-english", site.name, rel, [f"Chinese in the interface chrome: {''.join(found)!r} in {text[:160]!r}"] if found else [])


def check_overflow(b, site, results):
    pages = ["alerts/index.html", "404.html"]
    pages += sorted(r for r in site.pages if r.startswith("people/"))[:1]
    pages += sorted(r for r in site.pages if r.startswith("policies/") and r != "policies/index.html")[:3]
    b.viewport(390, 844, True)
    try:
        for rel in pages:
            if rel not in site.pages:
                continue
            b.load(_url(site, rel))
            time.sleep(0.05)
            results.record("ux-overflow", site.name, rel + " @390px", _overflow(b))
    finally:
        b.reset_viewport()


def ux_checks(b, sites, results):
    for site in sites:
        print(f"== ux: {site.name}", flush=True)
        english = _is_english(site)
        checks = [check_tokens, check_overflow, check_404, lambda b, s, r: check_print(b, s, r, english), check_policy_tables]
        if _is_managers(site):
            checks += [check_alerts, lambda b, s, r: check_panels(b, s, r, english), check_ranks, check_over100]
        if english:
            checks.append(check_english)
        for check in checks:
            try:
                check(b, site, results)
            except Exception as e:  # noqa: BLE001
                name = getattr(check, "__name__", "check")
                results.record("ux-" + name.replace("check_", ""), site.name, "(site)", [f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"])


# --------------------------------------------------------------------------- policy tables at 390 px (issue 15)
RULES_CELLS_JS = """
const out = [];
document.querySelectorAll('table.rules tbody tr').forEach(r => {
  Array.from(r.cells).slice(0, 2).forEach(c => {
    const t = c.textContent.trim();
    if (t.length < 3 || c.querySelector('details')) return;
    const lh = parseFloat(getComputedStyle(c).lineHeight) || 1.6 * parseFloat(getComputedStyle(c).fontSize);
    const range = document.createRange();
    range.selectNodeContents(c);
    if (range.getBoundingClientRect().height > 2.5 * lh) out.push(t.slice(0, 20));
  });
});
return out;
"""


def check_policy_tables(b, site, results):
    pages = sorted(r for r in site.pages if r.startswith("policies/") and r != "policies/index.html"
                   and 'class="rules"' in (site.root / r).read_text(encoding="utf-8"))
    b.viewport(390, 844, True)
    try:
        for rel in pages[:6]:
            b.load(_url(site, rel))
            tall = b.js(RULES_CELLS_JS)
            problems = [f"cell {t!r} wraps over more than two lines" for t in tall[:5]] + _overflow(b)
            results.record("ux-policy-tables", site.name, rel + " @390px", problems)
    finally:
        b.reset_viewport()
