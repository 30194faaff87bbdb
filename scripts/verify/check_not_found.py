"""The 404 page without console errors (issue 19): served by an nginx-like server (404.html,
status 404, for any missing URL) under /hr/perf/, at depth 0 (`missing.html`) and depth 3
(`people/x/y/missing.html`), the page finds the site root from the URL alone: it is styled
(the site stylesheet loaded from the root), every link on it opens an existing page, and the
browser console shows no error or warning other than the page's own 404 status (no failed
request while finding the root).

`not-found-console` (one result per depth). Needs a browser (run.py's `Browser`).
"""
import time
import urllib.error
import urllib.parse
import urllib.request

from check_ux import _serve_404, _wait

SUBPATH = "/hr/perf/"
STATE_JS = """
const sheets = Array.from(document.styleSheets).filter(s => s.href && s.href.endsWith('/assets/jixiao.css'));
let rules = -1;
try { rules = sheets.length ? sheets[sheets.length - 1].cssRules.length : -1; } catch (e) { rules = -2; }
return {root: new URL(document.querySelector('meta[name="jixiao-root"]').content, location.href).pathname, sheets: sheets.map(s => s.href), rules: rules,
        links: Array.from(document.querySelectorAll('a[href]')).map(a => a.href).filter(h => !h.includes('#'))};
"""


def _status(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def not_found_checks(b, sites, results):
    for site in sites:
        if not (site.root / "404.html").is_file():
            continue
        srv = _serve_404(site.root, SUBPATH)
        base = f"http://127.0.0.1:{srv.server_address[1]}{SUBPATH}"
        try:
            for depth, rel in ((0, "missing.html"), (3, "people/x/y/missing.html")):
                errors, dialogs = b.load(base + rel)
                _wait(b, "return document.styleSheets.length > 1 && Array.from(document.styleSheets).some(s => s.href && s.href.endsWith('jixiao.css'));")
                time.sleep(0.3)  # late requests (icon, stylesheet) log their errors after load
                errors += [e["message"] for e in b.driver.get_log("browser") if e.get("level") in ("SEVERE", "WARNING")]
                st = b.js(STATE_JS)
                # the page itself comes with status 404, which the browser reports; not the page's doing
                own = base + rel
                problems = [f"console: {e}" for e in errors if not e.startswith(own + " ")] + dialogs
                if st["root"] != SUBPATH:
                    problems.append(f"the site root was found as {st['root']!r}, not {SUBPATH!r}")
                if base + "assets/jixiao.css" not in st["sheets"] or st["rules"] < 10:
                    problems.append(f"the stylesheet is not loaded from {base}assets/jixiao.css ({st['sheets']}, {st['rules']} rules)")
                bad = [h for h in st["links"] if h.startswith("http") and _status(h) != 200]
                if not st["links"]:
                    problems.append("no links on the page")
                if bad:
                    problems.append(f"{len(bad)} links lead nowhere, e.g. {bad[:3]}")
                results.record("not-found-console", site.name, f"{rel} (depth {depth})", problems)
        finally:
            srv.shutdown()
            srv.server_close()
