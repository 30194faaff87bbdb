"""Search at scale (issue 15): the managers' people index comes in parts.

In the verify suite (`run(b, sites, results, file_url)`), for every site with
assets/search-people.js: the manifest and every part parse, people-all.js is every part's
script in order, every part's `u` is an existing page, each part's bitmaps and id range are
right (every key of an entry's normalised words is set for its part, its id word lies in the
part's range), and in the browser (file://) a query for a person's name, id and department
finds the person's page while loading only the files the manifest names for it (its parts,
or people-all.js when it needs more than SPLIT).

Standalone, it measures a (large) built site:

    python3 scripts/verify/check_search_scale.py --site /tmp/site10k [--site /tmp/other] \
        [--rounds 3] [--query 王 …]

runs `--rounds` alternating rounds of every query in three modes, each on a fresh page: by
`?q=` at page load (timed from the moment the page's script starts — jixiao.js's
`jixiao-start` performance mark, where it takes the query from the URL — to the results
announced: its set-up, the policy index's preparation and the loading of the people parts
the query needs included, as a typed query is timed from the keystroke), typed at once after
the page loaded (the background preload still running), and typed after the preload; with
several `--site`s the sites alternate too. Beside them it prints the page's start-up, from
the document parsed (readyState "interactive") to the script's start: the browser loading
the stylesheet, search-index.js, the people manifest and jixiao.js, as for any page (a build
without the mark is timed from "interactive" in the first mode). It prints the load average
before each round, and per query the index files the query needs (raw and gzip -9 bytes, as
a server would send them), the median and maximum ms per mode and the result count, and
fails (exit 1) when a first query needs more than 1.5 MB compressed or takes more than 50 ms.

    python3 scripts/verify/check_search_scale.py --site NEW --compare-with OLD

types several hundred queries (ids whole, upper-case, in part; every single character of the
people's index; names, departments, roles, policy words, mixtures) on two builds of the same
company — e.g. before and after a change of the index format — and fails when any status
text or result list (order, links, snippets, highlights) differs.
"""
import argparse
import gzip
import json
import re
import statistics
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
    """The manifest, its `keys` lines ("\\n<key> <bitmap>" each) as a dict."""
    m = load_js_json(root / "assets" / "search-people.js", "window.JIXIAO_SEARCH_PARTS = ")
    if not isinstance(m.get("keys"), str) or (m["keys"] and not m["keys"].startswith("\n")):
        raise ValueError("search-people.js: keys must be a string of \"\\n<key> <bitmap>\" lines")
    m["keys"] = dict(line.split(" ", 1) for line in m["keys"][1:].split("\n")) if m["keys"] else {}
    return m


def js_words(text):
    """What jixiao.js's `norm` makes of `text` (lower-cased, JavaScript white space collapsed)."""
    return " ".join(re.split(r"[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+", text.lower())).strip()


PART_HEAD = "(window.JIXIAO_SEARCH_LOADED = window.JIXIAO_SEARCH_LOADED || []).push(["


def part_script(root, m, n):
    return (root / (m["path"] + f"{n}.js")).read_text(encoding="utf-8")


def part(root, m, n):
    """Part n's entries as {t, u, k, s} (the script is `push([n,{k,u,t,f,w}]);`, see
    SearchParts.swift)."""
    text = part_script(root, m, n).strip()
    head = PART_HEAD + f"{n},"
    if not text.startswith(head) or not text.endswith("]);"):
        raise ValueError(f"part {n}: expected `{head}…]);`")
    got = json.loads(text[len(head):-len("]);")])
    if not isinstance(got, dict) or "{}" not in got.get("u", "") or not isinstance(got.get("w"), str):
        raise ValueError(f"part {n}: expected {{k, u, t, f, w}}")
    lines = got["w"].split("\n")
    if len(lines) != len(got["t"]) or len(lines) != len(got["f"]):
        raise ValueError(f"part {n}: {len(lines)} lines, {len(got['t'])} titles, {len(got['f'])} fills")
    entries = []
    for line, title, fill in zip(lines, got["t"], got["f"]):
        norm_title, _, words = line.partition("\t")
        if js_words(norm_title) != norm_title or js_words(words) != words or (title != 0 and js_words(title) != norm_title):
            raise ValueError(f"part {n}: line {line!r} is not <normalised title>\\t<normalised words>")
        entries.append({"t": norm_title if title == 0 else title, "u": got["u"].replace("{}", words.split(" ")[0] if fill == 0 else fill),
                        "k": got["k"], "s": words})
    return entries


def has_bit(bits, n):
    d = n >> 2
    return d < len(bits) and int(bits[d], 16) & (1 << (n & 3)) != 0


def id_from(m, n, term):
    """Whether an id of part n can start with `term` (jixiao.js's idFrom; UTF-16 order)."""
    first, last = m["ids"][2 * n], m["ids"][2 * n + 1]
    u = lambda x: x.encode("utf-16-be")  # noqa: E731
    k = len(u(term))
    return u(first)[:k] <= u(term) <= u(last)[:k]


def parts_for(m, query, kind_label):
    """The parts the browser loads for `query` (the same rule as jixiao.js)."""
    want = set(range(m["count"]))
    for term in js_words(query).split():
        if term in js_words(kind_label):
            continue
        keys = [term] if len(term) < 2 else [term[k:k + 2] for k in range(len(term) - 1)]
        want = {n for n in want if all(has_bit(m["keys"].get(key, ""), n) for key in keys) or (len(term) > 1 and id_from(m, n, term))}
    return want


def keys_of(e):
    """The manifest keys an entry sets: every character and pair of each normalised word,
    except the first pair of its id word (the first word of its summary)."""
    title, words = js_words(e["t"]).split(), e["s"].split()
    keys = set()
    for w, word in enumerate(title + words):
        keys |= set(word) | {word[k:k + 2] for k in range(1 if w == len(title) else 0, len(word) - 1)}
    return keys


SPLIT = 3  # a query needing more parts than this loads people-all.js instead (jixiao.js)


def files_for(m, query, kind_label):
    """The people files a query loads: its parts, or `all` when it needs more than SPLIT."""
    want = parts_for(m, query, kind_label)
    return {str(n) for n in want} if len(want) <= SPLIT else {"all"}


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
            ids = [e["s"].split(" ")[0] for e in got]
            if [m["ids"][2 * n], m["ids"][2 * n + 1]] != [min(ids, key=lambda x: x.encode("utf-16-be")), max(ids, key=lambda x: x.encode("utf-16-be"))]:
                problems.append(f"part {n}: ids {m['ids'][2 * n:2 * n + 2]}, its id words run from {min(ids)} to {max(ids)}")
            for e in got:
                for key in keys_of(e):
                    if not has_bit(m["keys"].get(key, ""), n):
                        problems.append(f"part {n}: {e['t']!r} has {key!r} but its bitmap misses the part")
                if not (site.root / e["u"]).is_file():
                    problems.append(f"part {n}: {e['t']!r} links to missing {e['u']}")
            entries += got
        everyone = (site.root / (m["path"] + "all.js")).read_text(encoding="utf-8")
        if everyone != "".join(part_script(site.root, m, n) for n in range(m["count"])):
            problems.append("people-all.js is not every part's script, in order")
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
            loaded = {x.group(1) for s in scripts if (x := re.search(r"people-(\d+|all)\.js$", s))}
            if not any(h.endswith(person["u"]) for h in hrefs):
                problems.append(f"query {q!r}: no result links to {person['u']} ({count} results, {status!r})")
            expected = files_for(m, q, kind)
            # The background preload may have loaded people-all.js before or beside the query's parts.
            if loaded != expected and not ("all" in loaded and loaded - {"all"} <= expected):
                problems.append(f"query {q!r}: loaded {sorted(loaded)}, expected {sorted(expected)}")
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


# Injected before any page script: the time the document is parsed (readyState "interactive",
# before the deferred index scripts and jixiao.js run), the script's start (its jixiao-start
# mark) and the time the status region first announces results, for a query that arrives by
# ?q= at page load.
PAGE_LOAD_HOOK = """
window.__jxSearch = {t0: -1, ms: -1, startup: -1, scripts: []};
document.addEventListener('readystatechange', function () {
  if (document.readyState === 'interactive' && window.__jxSearch.t0 < 0) { window.__jxSearch.t0 = performance.now(); }
});
new MutationObserver(function (_, obs) {
  var s = document.getElementById('search-status');
  if (s && s.textContent && window.__jxSearch.t0 >= 0) {
    var mark = performance.getEntriesByName('jixiao-start'), from = mark.length ? mark[0].startTime : window.__jxSearch.t0;
    window.__jxSearch.startup = from - window.__jxSearch.t0;
    window.__jxSearch.ms = performance.now() - from;
    window.__jxSearch.scripts = Array.prototype.map.call(document.querySelectorAll('script[src]'), function (x) { return x.getAttribute('src'); });
    obs.disconnect();
  }
}).observe(document, {childList: true, characterData: true, subtree: true});
"""

MODES = ("?q= at load", "typed at load", "typed after preload")


def index_files(root, srcs):
    """The index files among the page's script sources."""
    return sorted({root / x.replace("../", "", 1) for x in srcs if "search" in x})


def wait_preloaded(b, timeout=10.0):
    """Waits until no search script is still loading (the background preload has finished)."""
    deadline = time.time() + timeout
    time.sleep(0.3)
    while time.time() < deadline:
        busy = b.js("var n = 0; Array.prototype.forEach.call(document.querySelectorAll('script[src*=\"search/\"]'), "
                    "function (s) { if (!performance.getEntriesByName(s.src).length) { n++; } }); return n;")
        if not busy:
            return
        time.sleep(0.05)


def one(b, root, q, mode):
    """One fresh page and one query in `mode`: (ms, result count, files loaded for it, the
    page's start-up in ms for `?q=` at load, else None)."""
    page = (root / "search" / "index.html").as_uri()
    if mode == MODES[0]:
        b.load(page + "?q=" + urllib.parse.quote(q))
        deadline = time.time() + 10
        while (ms := b.js("return window.__jxSearch ? window.__jxSearch.ms : -1")) < 0 and time.time() < deadline:
            time.sleep(0.02)
        count = b.js("return document.querySelectorAll('#search-results li').length")
        return ms, count, index_files(root, b.js("return window.__jxSearch.scripts")), b.js("return window.__jxSearch.startup")
    b.load(page)
    if mode == MODES[2]:
        wait_preloaded(b)
    ms, count, _status, scripts, _ = b.driver.execute_async_script(QUERY_JS, q)
    return ms, count, index_files(root, scripts), None


def load_average():
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def measure(site_roots, queries, chromium, chromedriver, rounds=3):
    """`rounds` alternating rounds of every query in every mode (and every site, alternating),
    each on a fresh page; prints medians and maxima, returns the problems."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import Browser  # noqa: E402
    args = argparse.Namespace(chromium=chromium, chromedriver=chromedriver)
    b = Browser(args)
    b.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PAGE_LOAD_HOOK})
    roots = [Path(r).resolve() for r in site_roots]
    times, files, counts, loads, startups = {}, {}, {}, [], {}
    problems = []
    try:
        b.load((roots[0] / "search" / "index.html").as_uri())  # warm the browser up
        for r in range(rounds):
            loads.append(load_average())
            for q in queries:
                for mode in MODES:
                    for root in roots:
                        ms, count, got, startup = one(b, root, q, mode)
                        key = (str(root), q, mode)
                        times.setdefault(key, []).append(ms)
                        if startup is not None:
                            startups.setdefault(key, []).append(startup)
                        counts[key] = count
                        if mode != MODES[2]:
                            files[key] = got
        loads.append(load_average())
    finally:
        b.quit()
    print(f"load average (1 min) before each round and after: {' '.join(loads)}")
    for root in roots:
        print(f"\n{root}: {rounds} rounds, ms as median / max")
        print("| query | files loaded | raw KB | gzip -9 KB | " + " | ".join(MODES) + " | results | page start-up (not counted) |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        try:
            m = manifest(root)
        except (OSError, ValueError) as e:  # another format (an older build): what the page loaded
            print(f"({e}; files as the page had loaded them when the results were shown)")
            m = None
        page = (root / "search" / "index.html").read_text(encoding="utf-8")
        kind = (re.search(r'data-kind-person="([^"]*)"', page) or re.search("()", "")).group(1)
        for q in queries:
            fs = [root / "assets" / "search-index.js", root / "assets" / "search-people.js"]
            fs += [root / (m["path"] + f"{n}.js") for n in sorted(files_for(m, q, kind))] if m else []
            fs = fs if m else files[(str(root), q, MODES[0])]
            raw = sum(f.stat().st_size for f in fs)
            packed = sum(len(gzip.compress(f.read_bytes(), 9)) for f in fs)
            cells = []
            for mode in MODES:
                ts = sorted(times[(str(root), q, mode)])
                cells.append(f"{statistics.median(ts):.1f} / {ts[-1]:.1f}")
                if ts[-1] > LIMIT_MS or ts[-1] < 0:
                    problems.append(f"{root.name} {q!r} {mode}: {ts[-1]:.1f} ms > {LIMIT_MS} ms")
            ups = sorted(startups.get((str(root), q, MODES[0]), [0.0]))
            print(f"| {q} | {len(fs)} | {raw / 1000:.1f} | {packed / 1000:.1f} | " + " | ".join(cells)
                  + f" | {counts[(str(root), q, MODES[0])]} | {statistics.median(ups):.1f} / {ups[-1]:.1f} |")
            if packed > LIMIT_BYTES:
                problems.append(f"{root.name} {q!r}: {packed} bytes compressed > {LIMIT_BYTES}")
    return problems


RESULTS_JS = """
var done = arguments[arguments.length - 1], qs = arguments[0], out = [];
var box = document.getElementById('site-search'), status = document.getElementById('search-status');
function next(i) {
  if (i >= qs.length) { done(out); return; }
  box.value = qs[i];
  box.dispatchEvent(new Event('input', {bubbles: true}));
  out.push([status.textContent, document.getElementById('search-results').innerHTML]);
  next(i + 1);
}
next(0);
"""


def compare_queries(entries, m):
    """Queries of every kind for the comparison: ids (whole, lower-case, prefixes, digits),
    every single character the people's index holds, names, departments, roles, policy words
    and mixtures."""
    qs = ["试用期", "申诉", "夜班", "commission", "20000", "20,000", "客服部 夜班", "人员", "人员 王", "员",
          "cs-agent", "lead", "E00", "e0", "1", "0", "  王  芳 ", "zzzz", "客服", "组", "E004321", "004321"]
    qs += sorted(k for k in m["keys"] if len(k) == 1)
    for e in entries[::max(1, len(entries) // 60)]:
        words = e["s"].split(" ")
        qs += [e["t"], e["t"][:1], words[0], words[0].upper(), words[0][:4], words[0][-3:], " ".join(words[1:]),
               words[1] + " " + e["t"] if len(words) > 1 else e["t"], words[-1] + " 试用期"]
    return list(dict.fromkeys(q for q in qs if q.strip()))


def compare(old_root, new_root, chromium, chromedriver):
    """The same queries on two builds of one company (e.g. before and after an index change),
    typed after the preload: every status text and result list must be identical."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import Browser  # noqa: E402
    b = Browser(argparse.Namespace(chromium=chromium, chromedriver=chromedriver))
    old, new = Path(old_root).resolve(), Path(new_root).resolve()
    problems, got = [], {}
    try:
        m = manifest(new)
        qs = compare_queries([e for n in range(m["count"]) for e in part(new, m, n)], m)
        for root in (old, new):
            b.load((root / "search" / "index.html").as_uri())
            wait_preloaded(b)
            got[root] = b.driver.execute_async_script(RESULTS_JS, qs)
        for q, a, c in zip(qs, got[old], got[new]):
            if a != c:
                problems.append(f"{q!r}: {a[0]!r} vs {c[0]!r}" + ("" if a[0] != c[0] else " (same count, other rows)"))
        found = sum(1 for a in got[old] if a[1])
        print(f"{len(qs)} queries compared ({found} with results), {len(problems)} differ")
    finally:
        b.quit()
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--site", required=True, action="append", help="a built managers' site (repeat to alternate sites)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of every query in every mode")
    ap.add_argument("--query", action="append", default=[], help="a query (repeatable)")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    ap.add_argument("--compare-with", help="an older build of the same company: compare every query's results")
    a = ap.parse_args()
    if a.compare_with:
        problems = compare(a.compare_with, a.site[0], a.chromium, a.chromedriver)
        for p in problems[:40]:
            print("DIFF " + p)
        sys.exit(1 if problems else 0)
    queries = a.query or ["试用期", "王", "张伟", "E004321", "1", "客服部", "客服部 夜班"]
    problems = measure(a.site, queries, a.chromium, a.chromedriver, a.rounds)
    for p in problems:
        print("FAIL " + p)
    t = time.strftime("%H:%M:%S")
    print(f"{t} {'failed' if problems else 'ok'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
