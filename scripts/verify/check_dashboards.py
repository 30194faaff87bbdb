"""Dashboard checks (issue 19): period dashboards, role names, phone width.

Hooked into run.py after the other browser checks. On every managers site (one with
`departments/index.html` and `data/results/`):

- `dash-roles` (static, every dashboard page: home, department index, department, period,
  leaderboard, alerts): no role id from the results JSON appears as a word in the page text;
- `dash-period-link` (browser): on a month's page, following the department table's first link
  opens that month's department dashboard, whose heading names the month and which offers
  previous/next links and a period picker;
- `dash-overflow` (browser, 390 px): home, the department index, a latest and a dated
  department dashboard and a period page do not scroll sideways;
- `dash-role-filter` (browser, zh-CN sites): filtering the 客服部 people table for 客服组长
  shows at least one row, each containing it.
"""
import json
import re
import sys
import time
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import results_from_split  # noqa: E402  (reads the split results data, docs/results-schema.md)

DASHBOARD_TYPES = {"home", "department-index", "department", "period", "leaderboard", "alerts"}


class TextParser(HTMLParser):
    """Visible text of a page: no script, style or title content; attributes are not text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(path):
    p = TextParser()
    p.feed(path.read_text(encoding="utf-8", errors="replace"))
    p.close()
    return " ".join(p.parts)


def role_ids(site):
    """Role ids of everyone in the split results data (data/results/index.json and its month files)."""
    folder = site.root / "data" / "results"
    if not (folder / "index.json").is_file():
        return set()
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    ids = set()
    for f in index.get("files", []):
        if f.get("kind") != "month":
            continue
        ids |= {m["role"] for p in results_from_split.month_people(folder, f["path"]) for m in p["months"] if m.get("role")}
    return ids


def is_managers(site):
    return (site.root / "departments" / "index.html").is_file() and (site.root / "data" / "results" / "index.json").is_file()


def dashboards(site):
    return sorted(rel for rel, pp in site.pages.items() if pp.metas.get("jixiao-page-type") in DASHBOARD_TYPES)


def check_roles(site, results):
    ids = role_ids(site)
    if not ids:
        results.record("dash-roles", site.name, "(site)", ["no role ids found in data/results/"])
        return
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True)) + r")(?![\w-])")
    for rel in dashboards(site):
        found = sorted(set(pattern.findall(page_text(site.root / rel))))
        results.record("dash-roles", site.name, rel, [f"role id {r!r} shown as text" for r in found])


def month_pages(site):
    return sorted(rel for rel in site.pages if re.fullmatch(r"\d{4}/\d{2}/index\.html", rel))


def check_period_link(b, site, results):
    from selenium.webdriver.common.by import By
    months = month_pages(site)
    if len(months) < 2:
        results.record("dash-period-link", site.name, "(site)", ["fewer than two month pages"])
        return
    rel = months[-2]  # not the latest: its links must not fall back to the current month
    problems = []
    b.load((site.root / rel).as_uri())
    period_heading = b.driver.find_element(By.TAG_NAME, "h1").text.strip()
    links = b.driver.find_elements(By.CSS_SELECTOR, "table#departments tbody a")
    if not links:
        results.record("dash-period-link", site.name, rel, ["no department link in the departments table"])
        return
    expected_folder = rel[: -len("index.html")] + "departments/"
    links[0].click()
    time.sleep(0.1)
    url = urllib.parse.unquote(b.driver.current_url)
    landed = Path(urllib.parse.urlsplit(url).path).resolve()
    try:
        landed_rel = landed.relative_to(site.root).as_posix()
    except ValueError:
        landed_rel = url
    if not landed_rel.startswith(expected_folder):
        problems.append(f"department link from {rel} led to {landed_rel}, not into {expected_folder}")
    heading = b.driver.find_element(By.TAG_NAME, "h1").text
    if period_heading not in heading:
        problems.append(f"dashboard heading {heading!r} does not name the period {period_heading!r}")
    if not b.driver.find_elements(By.CSS_SELECTOR, "nav.period-nav a"):
        problems.append("no previous/next period links")
    if not b.driver.find_elements(By.CSS_SELECTOR, "details.period-picker a[aria-current='page']"):
        problems.append("no period picker marking the shown period")
    results.record("dash-period-link", site.name, rel, problems)


OVERFLOW_JS = "return [document.documentElement.scrollWidth, window.innerWidth];"


def check_overflow(b, site, results):
    months = month_pages(site)
    pages = ["index.html", "departments/index.html"]
    latest = sorted(r for r in site.pages if re.fullmatch(r"departments/[^/]+/index\.html", r))
    dated = sorted(r for r in site.pages if re.fullmatch(r"\d{4}/\d{2}/departments/[^/]+\.html", r))
    pages += latest[:1] + dated[-1:] + months[-1:]
    b.viewport(390, 844, True)
    try:
        for rel in pages:
            if rel not in site.pages:
                results.record("dash-overflow", site.name, rel, ["page missing"])
                continue
            b.load((site.root / rel).as_uri())
            time.sleep(0.1)
            width, inner = b.js(OVERFLOW_JS)
            problems = [f"page is {width}px wide at a {inner}px viewport"] if width > inner + 1 else []
            results.record("dash-overflow", site.name, rel, problems)
    finally:
        b.reset_viewport()


ROWS_JS = """
const t = document.getElementById(arguments[0]);
return Array.from(t.tBodies[0].rows).filter(r => !r.hidden && r.offsetParent !== null).map(r => r.textContent);
"""


def check_role_filter(b, site, results):
    from selenium.webdriver.common.by import By
    rel = "departments/cs/index.html"
    if rel not in site.pages or site.pages[rel] is None:
        return
    b.load((site.root / rel).as_uri())
    box = b.driver.find_element(By.ID, "filter-people")
    box.send_keys("客服组长")
    time.sleep(0.2)
    rows = b.js(ROWS_JS, "people")
    problems = []
    if not rows:
        problems.append("filtering the people table for 客服组长 shows no row")
    problems += [f"row without 客服组长: {r[:60]!r}" for r in rows if "客服组长" not in r]
    results.record("dash-role-filter", site.name, rel, problems)


def dashboard_checks(b, sites, results):
    for site in sites:
        if not is_managers(site):
            continue
        print(f"== dashboards: {site.name}", flush=True)
        check_roles(site, results)
        for check in (check_period_link, check_overflow):
            try:
                check(b, site, results)
            except Exception as e:  # noqa: BLE001
                results.record(check.__name__.replace("check_", "dash-"), site.name, "(site)", [f"{type(e).__name__}: {e}"])
        if (site.root / "index.html").read_text(encoding="utf-8").find('lang="zh') >= 0:
            try:
                check_role_filter(b, site, results)
            except Exception as e:  # noqa: BLE001
                results.record("dash-role-filter", site.name, "(site)", [f"{type(e).__name__}: {e}"])
