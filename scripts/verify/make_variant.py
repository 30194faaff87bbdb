#!/usr/bin/env python3
"""Make a (deliberately broken or hostile) copy of the browser mock site for selftest.sh.

usage: make_variant.py SRC_SITE DEST_DIR VARIANT
Copies SRC_SITE (symlinks resolved, so assets/jixiao.js is the real file) to DEST_DIR and
applies one mutation. Each variant must make run.py fail with the check named in VARIANTS.
"""
import json
import shutil
import sys
from pathlib import Path


def edit(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    if old not in text:
        sys.exit(f"make_variant: {old!r} not found in {path}")
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def add_to_main(path, html):
    edit(path, "</main>", html + "\n</main>")


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "javascript:alert(3)",
    "\"><svg onload=alert(4)>",
    "' onmouseover='alert(5)",
]


def hostile_ok(site):
    """Hostile data correctly escaped everywhere, and present in the search index."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    person = site / "people/zhang-wei/index.html"
    add_to_main(person, "<h2 id=\"notes\">备注</h2>\n<ul>\n" +
                "".join(f"<li>{esc(h)}</li>\n" for h in HOSTILE) + "</ul>")
    edit(person, "<dd>销售总监</dd>", f"<dd title=\"{esc(HOSTILE[3])}\">销售总监 {esc(HOSTILE[0])}</dd>")
    idx = site / "assets/search-index.js"
    entries = json.loads(idx.read_text(encoding="utf-8").split("=", 1)[1].strip().rstrip(";"))
    for i, h in enumerate(HOSTILE):
        entries.append({"t": f"张伟 {h}", "u": "people/zhang-wei/index.html#notes", "k": "person", "s": h})
    # `</script>` inside a JS string must not end anything: escape < as \u003c like the generator should
    body = json.dumps(entries, ensure_ascii=False).replace("<", "\\u003c")
    idx.write_text(f"window.JIXIAO_SEARCH = {body};\n", encoding="utf-8")


VARIANTS = {
    # name: (expected failing check, mutation)
    "good": (None, lambda s: None),
    "hostile-ok": (None, hostile_ok),
    "broken-link": ("links", lambda s: add_to_main(s / "index.html", '<p><a href="people/nobody/index.html">无此人</a></p>')),
    "bad-fragment": ("links", lambda s: add_to_main(s / "index.html", '<p><a href="policies/annual-review.html#nope">条款</a></p>')),
    "external": ("links", lambda s: add_to_main(s / "index.html", '<p><img src="https://example.com/logo.png" alt="标志"></p>')),
    "root-absolute": ("links", lambda s: add_to_main(s / "index.html", '<p><a href="/search/index.html">搜索</a></p>')),
    "invalid-html": ("html", lambda s: add_to_main(s / "policies/annual-review.html", '<p id="scope">重复 id <span></p>')),
    "no-skip-link": ("contract", lambda s: edit(s / "policies/annual-review.html", '<a class="skip-link" href="#main">跳到正文</a>', "")),
    "axe-light": ("axe-light", lambda s: add_to_main(s / "policies/annual-review.html",
                                                      '<p style="color:#9a9a9a;background:#ffffff">对比度不足的文字</p>')),
    "axe-dark-only": ("axe-dark", lambda s: edit(s / "assets/jixiao.css", "--muted: #b4bac3;", "--muted: #30343a;")),
    "console-error": ("console:file", lambda s: (
        (s / "assets/boom.js").write_text("window.undefinedFunctionCall();\n", encoding="utf-8"),
        edit(s / "people/zhang-wei/index.html", '<script src="../../assets/jixiao.js" defer></script>',
             '<script src="../../assets/jixiao.js" defer></script>\n<script src="../../assets/boom.js" defer></script>'))),
    "sort-as-text": ("sort:file", lambda s: edit(s / "assets/jixiao.js", "isFinite(Number(v))", "false")),
    "sort-no-aria": ("sort:file", lambda s: edit(s / "assets/jixiao.js",
                                                 "th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');", "")),
    "filter-noop": ("filter:file", lambda s: edit(s / "assets/jixiao.js", "r.hidden = hide;", "r.hidden = false;")),
    "search-wrong-root": ("search:file", lambda s: edit(s / "assets/jixiao.js", "a.href = root + u;", "a.href = u;")),
    "search-no-live": ("search:file", lambda s: edit(s / "assets/jixiao.js", "status.textContent = T.hits(hits.length);", "")),
    "hostile-raw": ("hostile", lambda s: add_to_main(s / "people/zhang-wei/index.html",
                                                     "<p>备注：<script>alert(1)</script><img src=x onerror=alert(2) alt=\"\">"
                                                     "<a href=\"javascript:alert(3)\">点我</a></p>")),
    "hostile-innerhtml": ("hostile", lambda s: (hostile_ok(s), edit(s / "assets/jixiao.js", "a.textContent = e.t;", "a.innerHTML = e.t;"))),
}


def main():
    if len(sys.argv) != 4 or sys.argv[3] not in VARIANTS:
        sys.exit(f"usage: make_variant.py SRC DEST VARIANT  (variants: {', '.join(VARIANTS)})")
    src, dest, name = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(src, dest, symlinks=False)
    VARIANTS[name][1](dest)
    print(VARIANTS[name][0] or "-")


if __name__ == "__main__":
    main()
