"""English names of content (issue 15): on an English site the page frame — the window
title, the header (site title, company, navigation, edition), breadcrumbs, the footer and
the page heading — and the lists of policies (policy index, staff home) hold no Chinese
text except names the content leaves untranslated: people's names (employees.csv has no
English name), and departments or roles whose csv line has no `name_en`.

Static (no browser): `check_english_names(site, results)` for every site whose pages say
`<html lang="en">`.
"""
import csv
import re
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+")
# Elements whose whole text is the page frame; `li > a` inside these lists too.
FRAME = {"title", "header", "footer", "h1"}
FRAME_CLASSES = {"breadcrumbs", "policy-list", "policy-group"}


class FrameText(HTMLParser):
    """Collects the text inside the frame elements (see FRAME / FRAME_CLASSES)."""

    def __init__(self):
        super().__init__()
        self.lang = ""
        self.depth = 0  # how many open frame elements enclose the current point
        self.stack = []
        self.parts = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang") or ""
        if tag in ("meta", "link", "br", "img", "input", "hr", "source", "wbr"):
            return
        classes = set((a.get("class") or "").split())
        frame = tag in FRAME or bool(classes & FRAME_CLASSES) or a.get("aria-label", "") == "breadcrumb"
        self.stack.append((tag, frame))
        if frame:
            self.depth += 1

    def handle_endtag(self, tag):
        while self.stack:
            t, frame = self.stack.pop()
            if frame:
                self.depth -= 1
            if t == tag:
                break

    def handle_data(self, data):
        if self.depth > 0:
            self.parts.append(data)


def untranslated_names(content):
    """Names the content gives no English form for: people, and departments and roles
    without `name_en` (longest first, so that a name inside another is removed after it)."""
    names = set()
    for file, need_en in (("employees.csv", False), ("departments.csv", True), ("roles.csv", True)):
        path = content / file
        if not path.is_file():
            continue
        with path.open(encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                name = (row.get("name") or "").strip()
                if name and (not need_en or not (row.get("name_en") or "").strip()):
                    names.add(name)
    return sorted(names, key=len, reverse=True)


def check_english_names(site, results, content=ROOT / "content"):
    """Records one result per English page with Chinese text left in its frame."""
    names = untranslated_names(content)
    checked = 0
    for rel in sorted(site.pages):
        p = FrameText()
        p.feed((site.root / rel).read_text(encoding="utf-8", errors="replace"))
        if p.lang != "en":
            continue
        checked += 1
        text = " ".join(p.parts)
        for name in names:
            text = text.replace(name, " ")
        left = sorted(set(CJK.findall(text)))
        if left:
            results.record("english-names", site.name, rel, [f"Chinese text in the page frame: {', '.join(left[:8])}"])
    if checked:
        results.record("english-names", site.name, f"({checked} pages)", [])
