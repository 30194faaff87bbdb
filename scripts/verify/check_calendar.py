"""Assessment-calendar checks (issue 13). Hooked into run.py after the dashboard checks. On
every managers site (one with `departments/index.html` and `data/results.json`) whose results
hold `calendar` stages:
- `calendar-pages` (static): every month up to the current one has `YYYY/MM/assessments.html`,
  linked from that month's page; no employee id appears as text (names, not ids); each
  department list's anchor is the target of that month's department dashboard link;
- `calendar-overflow` (browser, 390 px): the latest month's status page with a missing stage
  does not scroll sideways, and its table and lists are visible.
The staff build never has such a page (checked by the staff-edition leak tests as well).
"""
import json
import re
import time

from check_dashboards import is_managers, page_text, results_from_split


def results_people(site):
    """Every person object of the site's results data: the split files (data/results/index.json
    and its month files) or, from older builds, data/results.json."""
    folder = site.root / "data" / "results"
    if (folder / "index.json").is_file():
        index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        people = []
        for f in index.get("files", []):
            if f.get("kind") == "month":
                people += list(results_from_split.month_people(folder, f["path"]))
        return people
    data = site.root / "data" / "results.json"
    return json.loads(data.read_text(encoding="utf-8")).get("people", []) if data.is_file() else None


def calendar_months(site):
    people = results_people(site)
    if people is None:
        return [], (set(), set())
    months = sorted({m["month"] for p in people for m in p.get("months", []) if m.get("calendar")})
    missing = sorted({m["month"] for p in people for m in p.get("months", [])
                      for s in m.get("calendar", []) if s["state"] == "missing"})
    ids = {p["id"] for p in people}
    return months, (set(missing), ids)


def check_pages(site, results, months, ids):
    id_pattern = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, ids), key=len, reverse=True)) + r")(?![\w-])")
    for month in months:
        y, m = month.split("-")
        rel = f"{y}/{m}/assessments.html"
        problems = []
        if rel not in site.pages:
            results.record("calendar-pages", site.name, rel, ["page missing"])
            continue
        period = site.root / y / m / "index.html"
        if period.is_file() and f'{y}/{m}/assessments.html"' not in period.read_text(encoding="utf-8"):
            problems.append(f"{y}/{m}/index.html does not link to assessments.html")
        found = sorted(set(id_pattern.findall(page_text(site.root / rel))))
        problems += [f"employee id {i!r} shown as text" for i in found]
        html = (site.root / rel).read_text(encoding="utf-8")
        for dash in sorted((site.root / y / m / "departments").glob("*.html")):
            text = dash.read_text(encoding="utf-8")
            link = re.search(r'href="[^"]*assessments\.html#(d-[^"]+)"', text)
            if not link:
                problems.append(f"{dash.name} has no link to the status page")
            elif f'id="{link.group(1)}"' not in html:
                problems.append(f"{dash.name} links to #{link.group(1)}, which the page lacks")
        results.record("calendar-pages", site.name, rel, problems)


OVERFLOW_JS = "return [document.documentElement.scrollWidth, window.innerWidth];"


def check_overflow(b, site, results, missing):
    from selenium.webdriver.common.by import By
    if not missing:
        results.record("calendar-overflow", site.name, "(site)", ["no month with a missing stage"])
        return
    y, m = max(missing).split("-")
    rel = f"{y}/{m}/assessments.html"
    b.viewport(390, 844, True)
    try:
        b.load((site.root / rel).as_uri())
        time.sleep(0.1)
        width, inner = b.js(OVERFLOW_JS)
        problems = [f"page is {width}px wide at a {inner}px viewport"] if width > inner + 1 else []
        if not b.driver.find_elements(By.CSS_SELECTOR, "table#assessments tbody tr"):
            problems.append("no department row in table#assessments")
        lists = b.driver.find_elements(By.CSS_SELECTOR, "details.calendar-department li a")
        if not lists or not lists[0].is_displayed():
            problems.append("no visible name in the missing/late lists")
        results.record("calendar-overflow", site.name, rel, problems)
    finally:
        b.reset_viewport()


def calendar_checks(b, sites, results):
    for site in sites:
        if not is_managers(site):
            continue
        months, (missing, ids) = calendar_months(site)
        if not months:
            continue
        print(f"== calendar: {site.name}", flush=True)
        try:
            check_pages(site, results, months, ids)
            check_overflow(b, site, results, missing)
        except Exception as e:  # noqa: BLE001
            results.record("calendar-overflow", site.name, "(site)", [f"{type(e).__name__}: {e}"])
