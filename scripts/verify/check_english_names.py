"""English names of content (issue 15): on an English site the page frame — the window
title, the header (site title, company, navigation, edition), breadcrumbs, the footer and
the page heading — and the lists of policies (policy index, staff home) hold no Chinese
text except names the content leaves untranslated: people's names (employees.csv has no
English name), and departments or roles whose csv line has no `name_en`.

Static (no browser): `check_english_names(site, results)` for every site whose pages say
`<html lang="en">`.
"""
import csv
import json
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


def page_collectors():
    """Fresh parsers of one page for both checks, for run.parse_site to feed in its own pass."""
    return {"frame": FrameText(), "interface": InterfaceText()}


def collected(site, rel, key):
    """The page's parser `key` of page_collectors(): from run.parse_site's pass, else parsed here."""
    got = getattr(site, "collected", {}).get(rel)
    if got is not None:
        return got[key]
    p = page_collectors()[key]
    p.feed((site.root / rel).read_text(encoding="utf-8", errors="replace"))
    return p


def check_english_names(site, results, content=ROOT / "content"):
    """Records one result per English page with Chinese text left in its frame."""
    names = untranslated_names(content)
    checked = 0
    for rel in sorted(site.pages):
        p = collected(site, rel, "frame")
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


# --------------------------------------------------------------------------- every interface text (issue 19)
# Full-width punctuation and CJK characters; an English interface has neither.
FULL_WIDTH = re.compile(r"[\u3000-\u303f\uff00-\uffef]")
# Content text that is not interface: a policy's own Markdown (its body and its headings in the
# contents list), which the page marks with the body's language (`lang="zh-CN"` on the English
# site), but not what the generator writes into it (rule tables, calculators, their contents
# entries), marked with the page's language again.


class InterfaceText(HTMLParser):
    """Collects a page's interface text: every text node and the strings of its JSON data
    islands, without <style>, executable <script>, <noscript> and text marked as in another
    language than the page's (a policy body written in Chinese)."""

    def __init__(self):
        super().__init__()
        self.lang = ""
        self.stack = []  # (tag, 'skip' | 'body' | 'interface' | 'json' | None)
        self.parts = []

    def mode(self):
        for _, m in reversed(self.stack):
            if m in ("skip", "json"):
                return m
            if m in ("body", "interface"):
                return m
        return None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang") or ""
        if tag in ("meta", "link", "br", "img", "input", "hr", "source", "wbr", "col"):
            return
        classes = set((a.get("class") or "").split())
        m = None
        if tag in ("style", "noscript") or (tag == "script" and a.get("type") != "application/json"):
            m = "skip"
        elif tag == "script":
            m = "json"
        elif "lang" in a:
            m = "interface" if a["lang"] == self.lang else "body"
        self.stack.append((tag, m))

    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        m = self.mode()
        if m in ("skip", "body"):
            return
        if m == "json":
            try:
                self.parts += [s for s in _strings(json.loads(data))]
            except ValueError:
                self.parts.append(data)
            return
        self.parts.append(data)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)


def _locale(name):
    """The flat `key: value` strings of a built-in locale file (enough for this check)."""
    out = {}
    for line in (ROOT / "site-templates" / "locales" / f"{name}.yaml").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_-]+):\s*(.+?)\s*$", line)
        if m:
            out[m.group(1)] = m.group(2).strip("\"'")
    return out


def english_phrases():
    """Interface phrases of the English locale that a Chinese page must not show: values of
    two or more words that differ from the Chinese locale's value for the same key."""
    en, zh = _locale("en"), _locale("zh-CN")
    found = set()
    for key, value in en.items():
        if "{" in value or zh.get(key) == value:
            continue
        if len(re.findall(r"[A-Za-z]{2,}", value)) >= 2 and not CJK.search(value):
            found.add(value)
    return sorted(found, key=len, reverse=True)


def check_interface_language(site, results, content=ROOT / "content"):
    """`english-interface`: an English page shows no CJK character and no full-width punctuation
    outside the names the content leaves untranslated (people; departments and roles without
    `name_en`) and policy bodies. `chinese-interface`: a Chinese page shows none of the English
    locale's phrases (a light check)."""
    names = untranslated_names(content)
    phrases = None
    counts = {"en": 0, "zh-CN": 0}
    for rel in sorted(site.pages):
        p = collected(site, rel, "interface")
        if p.lang == "en":
            counts["en"] += 1
            text = "\n".join(p.parts)
            for name in names:
                text = text.replace(name, " ")
            left = sorted(set(m for m in CJK.findall(text) if not FULL_WIDTH.fullmatch(m)))
            wide = sorted(set(FULL_WIDTH.findall(text)))
            problems = []
            if left:
                problems.append(f"Chinese interface text: {', '.join(left[:8])}" + (f" (+{len(left) - 8} more)" if len(left) > 8 else ""))
            if wide:
                problems.append(f"full-width punctuation: {' '.join(wide)}")
            if problems:
                results.record("english-interface", site.name, rel, problems)
        elif p.lang.startswith("zh"):
            counts["zh-CN"] += 1
            if phrases is None:
                phrases = english_phrases()
            text = " ".join(p.parts)
            leaked = [ph for ph in phrases if ph in text]
            if leaked:
                results.record("chinese-interface", site.name, rel, [f"English interface text: {', '.join(repr(x) for x in leaked[:5])}"])
    if counts["en"]:
        results.record("english-interface", site.name, f"({counts['en']} pages)", [])
    if counts["zh-CN"]:
        results.record("chinese-interface", site.name, f"({counts['zh-CN']} pages)", [])
