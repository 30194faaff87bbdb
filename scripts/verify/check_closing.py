"""Closed months and pay adjustments (jixiao close, adjustments.csv) on a built site.

A period page of a closed month carries the closed mark (已结账 / Closed) with the closing
date exactly once; an open month's period page carries none. On a managers' site, a pay
statement carrying an adjustment shows it as a line of the pay table.
"""
import re
from pathlib import Path

MARK = re.compile(r'<p class="closed-month"><span class="closed-badge">([^<]+)</span> ([^<]+)</p>')


def closed_months(content_dir):
    """Months with a record in content/closed/ that is not reopened."""
    months = []
    for f in sorted(Path(content_dir, "closed").glob("*.json")):
        text = f.read_text(encoding="utf-8")
        if '"reopened_on"' not in text:
            months.append(f.stem)
    return months


def check_closing(site, results, content_dir="content"):
    """Records one check per month period page of `site` (a SiteInfo)."""
    closed = set(closed_months(content_dir))
    for rel in sorted(site.pages):
        m = re.fullmatch(r"(\d{4})/(\d{2})/index\.html", rel)
        if not m:
            continue
        month = f"{m.group(1)}-{m.group(2)}"
        text = (site.root / rel).read_text(encoding="utf-8")
        marks = MARK.findall(text)
        problems = []
        if month in closed and len(marks) != 1:
            problems.append(f"{month} is closed but the page has {len(marks)} closed marks")
        if month not in closed and marks:
            problems.append(f"{month} is open but the page is marked closed: {marks}")
        for label, date in marks:
            if label not in ("已结账", "Closed") or not date.strip():
                problems.append(f"closed mark without its label or date: {label!r} {date!r}")
        results.record("closing", site.name, rel, problems)
