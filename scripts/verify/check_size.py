"""Output size checks (issue 14). Hooked into run.py after the UX checks. On every site with
person pages, for the first few people and two department dashboards:
- `size-csv` (browser, from file://): each CSV download that jixiao.js makes from its table
  (`a.download[data-csv]`) becomes a `data:text/csv` link whose bytes equal the CSV the
  generator's rules give for the table as written in the HTML file (read here with Python's
  HTML parser, not the browser): byte-order mark, CRLF, quoting, formula cells prefixed with
  `'`, each cell's `data-value` where it has one, else its text (in a column the table aligns
  by class, `nK`, read as a number: `—` is empty, a leading `−` is `-`, a leading `+` dropped).
  Sorting the table first does not change the download (it is made when the page loads).
"""
import html.parser
import re
import urllib.parse


class _Tables(html.parser.HTMLParser):
    """The header texts and body cell values (data-value, else text) of each table with an id."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.current, self.part, self.row, self.cell = {}, None, None, None, None
        self.classes = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and a.get("id"):
            self.current = self.tables.setdefault(a["id"], {"thead": [], "tbody": []})
            self.classes = (a.get("class") or "").split()
        elif self.current is not None and tag in ("thead", "tbody"):
            self.part = tag
        elif self.current is not None and tag == "tr":
            self.row = []
        elif self.row is not None and tag in ("th", "td"):
            aligned = f"n{len(self.row) + 1}" in self.classes
            self.cell = {"value": a.get("data-value") if tag == "td" else None, "text": "", "plain": aligned and tag == "td"}

    def handle_endtag(self, tag):
        if self.cell is not None and tag in ("th", "td"):
            value = self.cell["value"]
            if value is None:
                value = _plain(self.cell["text"]) if self.cell["plain"] else self.cell["text"]
            self.row.append(value)
            self.cell = None
        elif self.row is not None and tag == "tr" and self.part:
            self.current[self.part].append(self.row)
            self.row = None
        elif tag == "table":
            self.current, self.part = None, None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell["text"] += data


def _plain(t):
    """A cell's value from its text in a column a compact table aligns by class (`nK`):
    `—` is no value, a leading `−` is `-`, a leading `+` is dropped (TableView.plainValue)."""
    if t == "\u2014":
        return ""
    return "-" + t[1:] if t.startswith("\u2212") else (t[1:] if t.startswith("+") else t)


def _field(t):
    if not t:
        return ""
    s = t.lstrip(" ")
    c = s[:1]
    formula = c != "" and (c in "=+@\t\r" or (c == "-" and not re.fullmatch(r"[0-9]+(\.[0-9]+)?", s[1:])))
    quote = bool(re.search(r'[",\n\r]', t))
    return ('"' if quote else "") + ("'" if formula else "") + t.replace('"', '""') + ('"' if quote else "")


def expected_csv(page_html, table_id):
    """The generator's CSV of a table, from the HTML as written."""
    p = _Tables()
    p.feed(page_html)
    t = p.tables.get(table_id)
    if t is None or not t["thead"]:
        return None
    lines = [",".join(_field(c) for c in r) for r in t["thead"][:1] + t["tbody"]]
    return ("\ufeff" + "".join(line + "\r\n" for line in lines)).encode("utf-8")


LINKS_JS = """
return Array.from(document.querySelectorAll('a.download[data-csv]')).map(a => [a.getAttribute('download'), a.getAttribute('href')]);
"""

SORT_FIRST_JS = """
const b = document.querySelector('#history thead th button.sort');
if (b) { b.click(); b.click(); }
"""


def check_csv(b, site, results, url):
    people = sorted(r for r in site.pages if r.startswith("people/"))[:4]
    dashboards = [r for r in sorted(site.pages) if "departments/" in r and "data-csv" in (site.root / r).read_text(encoding="utf-8")][:2]
    for rel in people + dashboards:
        text = (site.root / rel).read_text(encoding="utf-8")
        wanted = re.findall(r'href="#([\w-]+)" download="([^"]+)" data-csv', text)
        b.load(url(site, rel))
        b.js(SORT_FIRST_JS)
        got = dict(b.js(LINKS_JS) or [])
        problems = []
        if not wanted and rel.startswith("people/"):
            problems.append("no CSV download made from a table")
        for table_id, name in wanted:
            href = got.get(name, "")
            prefix = "data:text/csv;charset=utf-8,"
            if not href.startswith(prefix):
                problems.append(f"{name}: the link was not made ({href[:40]!r})")
                continue
            made = urllib.parse.unquote_to_bytes(href[len(prefix):])
            want = expected_csv(text, table_id)
            if made != want:
                problems.append(f"{name}: browser CSV differs from the table's CSV: {made[:120]!r} vs {(want or b'')[:120]!r}")
        results.record("size-csv", site.name, rel, problems)


def size_checks(b, sites, results, url):
    for site in sites:
        if any(r.startswith("people/") for r in site.pages):
            print(f"== size: {site.name}", flush=True)
            check_csv(b, site, results, url)
