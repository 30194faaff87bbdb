#!/usr/bin/env python3
"""Copy the example content and fill names, notes and policy text with hostile strings
(script tags, event handlers, javascript: links, entity tricks), for the browser test that
proves nothing executes. Usage: make-hostile-content.py SOURCE DEST"""
import csv, io, os, shutil, sys

SRC, DEST = sys.argv[1], sys.argv[2]
PAYLOADS = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(2)>',
    '"><svg onload=alert(3)>',
    "javascript:alert(4)",
    '&lt;b onmouseover=alert(5)&gt;',
    "';alert(6);//",
]
shutil.rmtree(DEST, ignore_errors=True)
shutil.copytree(SRC, DEST)

def rewrite_csv(path, column, make):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    idx = rows[0].index(column)
    for i, row in enumerate(rows[1:]):
        row[idx] = make(i, row[idx])
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())

rewrite_csv(os.path.join(DEST, "employees.csv"), "name", lambda i, v: v + PAYLOADS[i % len(PAYLOADS)])
rewrite_csv(os.path.join(DEST, "departments.csv"), "name", lambda i, v: v + PAYLOADS[(i + 2) % len(PAYLOADS)])

site = os.path.join(DEST, "site.yaml")
text = open(site, encoding="utf-8").read()
text = text.replace("title: ", "title: <script>alert('title')</script>", 1)
open(site, "w", encoding="utf-8").write(text)

hostile_md = """

## 恶意内容 <script>alert(7)</script>

<script>alert(8)</script>

<img src=x onerror=alert(9)>

[点我](javascript:alert(10)) [再点](JaVaScRiPt:alert(11)) [实体](&#106;avascript:alert(12)) [vb](vbscript:msgbox(13))
[数据](data:text/html;base64,PHNjcmlwdD5hbGVydCgxNCk8L3NjcmlwdD4=)

<a href="javascript:alert(15)">链接</a> <iframe src="javascript:alert(16)"></iframe>

```table 恶意表格 <script>alert(17)</script>
名称,说明
<script>alert(18)</script>,"<img src=x onerror=alert(19)>"
```
"""
pol_dir = os.path.join(DEST, "policies")
for name in sorted(os.listdir(pol_dir)):
    p = os.path.join(pol_dir, name)
    text = open(p, encoding="utf-8").read()
    head, sep, body = text.partition("\n---\n")
    head = head.replace("\ntitle: ", "\ntitle: \"<script>alert(20)</script>\" ", 1) if False else head
    open(p, "w", encoding="utf-8").write(head + sep + body + hostile_md)
print(f"hostile content written to {DEST}")
