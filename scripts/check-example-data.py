#!/usr/bin/env python3
"""Sanity check of the example content against docs/content-model.md.

Standard library only. Not the real checker (`jixiao check content`); it only catches
mistakes in the generated example. Prints `file:line: error: message` and exits 1 on errors.

Usage:  python3 scripts/check-example-data.py [content-dir]
"""

import csv
import datetime as dt
import io
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CONTENT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "content")
errors = []

SITE_KEYS = {"title", "company", "locale", "currency", "base_path", "current_month",
             "staff_leaderboards", "working_days"}
FRONT_KEYS = {"title", "slug", "summary", "departments", "effective", "owner", "tags"}
STATUSES = {"trial", "试用", "regular", "正式", "temporary", "临时", "left", "离职"}
MEASURE = re.compile(r"^[a-z][a-z0-9_]*$")
IGNORED = {"name", "姓名", "note", "notes", "备注", "comment"}
ID = re.compile(r"^[A-Za-z0-9_-]+$")
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
NUMBER = re.compile(r"^-?[¥￥]?-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(%|元)?$")
# per-file sanity: which department the people in a data file must belong to that month
FILE_DEPT = {"cs.csv": "cs", "logistics.csv": "logistics", "ops.csv": "ops", "sales.csv": "sales"}


def err(path, line, msg):
    errors.append("%s:%s: error: %s" % (os.path.relpath(path, CONTENT), line, msg))


def read_text(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


def read_rows(path):
    """Header (lower-cased, trimmed) and [(line, row)] skipping blank lines."""
    text = read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    rows, header = [], None
    for row in reader:
        line = reader.line_num
        if not any(c.strip() for c in row):
            continue
        if header is None:
            header = [c.strip().lower() for c in row]
            if len(set(header)) != len(header):
                err(path, line, "duplicate column in header")
            continue
        if len(row) != len(header):
            err(path, line, "%d fields, header has %d" % (len(row), len(header)))
            continue
        rows.append((line, dict(zip(header, (c.strip() for c in row)))))
    return header or [], rows


def parse_date(s):
    m = re.match(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$", s)
    if not m:
        raise ValueError(s)
    return dt.date(*map(int, m.groups()))


def month_of(d):
    return "%04d-%02d" % (d.year, d.month)


# ------------------------------------------------------------------ site.yaml
site = os.path.join(CONTENT, "site.yaml")
for n, line in enumerate(open(site, encoding="utf-8"), 1):
    if line.strip() and not line.startswith((" ", "#")):
        key = line.split(":", 1)[0].strip()
        if key not in SITE_KEYS:
            err(site, n, "unknown key %r" % key)

# ------------------------------------------------------------------ departments
dpath = os.path.join(CONTENT, "departments.csv")
_, drows = read_rows(dpath)
depts = {}
for line, r in drows:
    if not ID.match(r["id"]):
        err(dpath, line, "bad id %r" % r["id"])
    if r["id"] in depts:
        err(dpath, line, "duplicate id %r" % r["id"])
    depts[r["id"]] = (line, r)

# ------------------------------------------------------------------ employees
epath = os.path.join(CONTENT, "employees.csv")
eheader, erows = read_rows(epath)
emps = {}
for col in ("id", "name", "department", "role", "hire_date", "status"):
    if col not in eheader:
        err(epath, 1, "missing column %s" % col)
for line, r in erows:
    if r["id"] in emps:
        err(epath, line, "duplicate id %r" % r["id"])
    if not ID.match(r["id"]):
        err(epath, line, "bad id %r" % r["id"])
    if r["department"] not in depts:
        err(epath, line, "unknown department %r" % r["department"])
    if r["status"] not in STATUSES:
        err(epath, line, "unknown status %r" % r["status"])
    try:
        r["_hire"] = parse_date(r["hire_date"])
        r["_regular"] = parse_date(r["regular_date"]) if r.get("regular_date") else None
        r["_leave"] = parse_date(r["leave_date"]) if r.get("leave_date") else None
    except ValueError as e:
        err(epath, line, "bad date %s" % e)
        continue
    if r["status"] in ("left", "离职") and not r["_leave"]:
        err(epath, line, "status left without leave_date")
    if r["_leave"] and r["_leave"] < r["_hire"]:
        err(epath, line, "leave_date before hire_date")
    if r["_regular"] and r["_regular"] < r["_hire"]:
        err(epath, line, "regular_date before hire_date")
    for col in ("base_salary", "position_pay", "position_coefficient", "is_manager", "badge_level"):
        if r.get(col) and not NUMBER.match(r[col]):
            err(epath, line, "%s not a number: %r" % (col, r[col]))
    r["_line"] = line
    emps[r["id"]] = r
for line, r in erows:
    if r.get("manager") and r["manager"] not in emps:
        err(epath, line, "unknown manager %r" % r["manager"])
for line, r in drows:
    if r.get("parent") and r["parent"] not in depts:
        err(dpath, line, "unknown parent %r" % r["parent"])
    if r.get("head") and r["head"] not in emps:
        err(dpath, line, "unknown head %r" % r["head"])

# ------------------------------------------------------------------ transfers
tpath = os.path.join(CONTENT, "transfers.csv")
transfers = {}
if os.path.exists(tpath):
    theader, trows = read_rows(tpath)
    for col in ("employee", "month", "from", "department"):
        if col not in theader:
            err(tpath, 1, "missing column %s" % col)
    for line, r in trows:
        if r["employee"] not in emps:
            err(tpath, line, "unknown employee %r" % r["employee"])
        if not MONTH.match(r["month"]):
            err(tpath, line, "bad month %r" % r["month"])
        for col in ("from", "department"):
            if r[col] not in depts:
                err(tpath, line, "unknown department %r" % r[col])
        transfers.setdefault(r["employee"], []).append(r)


# ------------------------------------------------------------------ assessments
apath = os.path.join(CONTENT, "assessments.csv")
if os.path.exists(apath):
    aheader, arows = read_rows(apath)
    for col in ("employee", "month", "stage", "submitted", "reviewer"):
        if col not in aheader:
            err(apath, 1, "missing column %s" % col)
    seen_stages = set()
    for line, r in arows:
        if r["employee"] not in emps:
            err(apath, line, "unknown employee %r" % r["employee"])
        if r["reviewer"] and r["reviewer"] not in emps:
            err(apath, line, "unknown reviewer %r" % r["reviewer"])
        if not MONTH.match(r["month"]):
            err(apath, line, "bad month %r" % r["month"])
        elif r["submitted"] < r["month"] + "-01":
            err(apath, line, "submitted %r before the assessed month" % r["submitted"])
        if not MEASURE.match(r["stage"]):
            err(apath, line, "bad stage %r" % r["stage"])
        key = (r["employee"], r["month"], r["stage"])
        if key in seen_stages:
            err(apath, line, "stage recorded twice")
        seen_stages.add(key)


def dept_at(eid, month):
    rows = sorted(transfers.get(eid, []), key=lambda t: t["month"])
    if not rows:
        return emps[eid]["department"]
    d = rows[0]["from"]
    for t in rows:
        if month >= t["month"]:
            d = t["department"]
    return d


# ------------------------------------------------------------------ monthly data
ddir = os.path.join(CONTENT, "data")
presence = {}
for month in sorted(os.listdir(ddir)):
    mdir = os.path.join(ddir, month)
    if not MONTH.match(month):
        err(mdir, 0, "folder name is not YYYY-MM")
        continue
    seen_measure = {}
    for name in sorted(os.listdir(mdir)):
        if not name.endswith(".csv"):
            continue
        path = os.path.join(mdir, name)
        header, rows = read_rows(path)
        kind = {"employee": "employee", "工号": "employee", "department": "department",
                "部门": "department"}.get(header[0] if header else "")
        if not kind:
            err(path, 1, "first column must be employee/工号 or department/部门")
            continue
        measures = [c for c in header[1:] if c not in IGNORED]
        for col in measures:
            if not MEASURE.match(col):
                err(path, 1, "bad measure name %r" % col)
        ids = set()
        for line, r in rows:
            key = r[header[0]]
            if key in ids:
                err(path, line, "%r appears twice" % key)
            ids.add(key)
            for col in measures:
                if r[col] and not NUMBER.match(r[col]):
                    err(path, line, "%s not a number: %r" % (col, r[col]))
                # the same measure for the same person/department may come from one file only
                if r[col]:
                    other = seen_measure.setdefault((kind, key, col), name)
                    if other != name:
                        err(path, line, "measure %r for %s also in %s" % (col, key, other))
            if kind == "department":
                if key not in depts:
                    err(path, line, "unknown department %r" % key)
                continue
            e = emps.get(key)
            if not e:
                err(path, line, "unknown employee %r" % key)
                continue
            if month < month_of(e["_hire"]):
                err(path, line, "%s not hired yet (hire %s)" % (key, e["hire_date"]))
            if e["_leave"] and month > month_of(e["_leave"]):
                err(path, line, "%s already left (leave %s)" % (key, e["leave_date"]))
            want = FILE_DEPT.get(name)
            if want and dept_at(key, month) != want:
                err(path, line, "%s is in %s in %s, not %s" % (key, dept_at(key, month), month, want))
            presence.setdefault(key, set()).add(month)

# people employed but without any row in a month (informational)
months = sorted(m for m in os.listdir(ddir) if MONTH.match(m))
for eid, e in emps.items():
    for m in months:
        if m >= month_of(e["_hire"]) and not (e["_leave"] and m > month_of(e["_leave"])):
            if m not in presence.get(eid, set()):
                print("note: %s has no data in %s" % (eid, m))

# ------------------------------------------------------------------ policies
pdir = os.path.join(CONTENT, "policies")
headings = {}
bodies = {}
for name in sorted(os.listdir(pdir)):
    if not name.endswith(".md"):
        continue
    path = os.path.join(pdir, name)
    text = open(path, encoding="utf-8").read()
    if not text.startswith("---\n"):
        err(path, 1, "no front matter")
        continue
    fm, body = text[4:].split("\n---\n", 1)
    keys = {}
    for n, line in enumerate(fm.splitlines(), 2):
        if line.strip() and not line.startswith((" ", "#", "-")):
            k, _, v = line.partition(":")
            if k.strip() not in FRONT_KEYS:
                err(path, n, "unknown front-matter key %r" % k.strip())
            keys[k.strip()] = v.strip()
    for k in ("title", "effective"):
        if k not in keys:
            err(path, 1, "missing %s" % k)
    if "slug" in keys and not re.match(r"^[a-z0-9-]+$", keys["slug"]):
        err(path, 1, "slug not ASCII: %r" % keys["slug"])
    for d in re.findall(r"[a-z-]+", keys.get("departments", "").strip("[]")):
        if d not in depts:
            err(path, 1, "unknown department %r" % d)
    offset = fm.count("\n") + 3
    in_fence = False
    heads = set()
    table = []
    for n, line in enumerate(body.splitlines(), offset):
        if line.startswith("```"):
            if not in_fence and line.strip() != "```" and not line.startswith("```table"):
                err(path, n, "only ```table fences expected")
            if in_fence and table:
                rows = list(csv.reader(io.StringIO("\n".join(t for _, t in table))))
                for (tn, _), row in zip(table, rows):
                    if len(row) != len(rows[0]):
                        err(path, tn, "table row has %d fields, header %d" % (len(row), len(rows[0])))
            table = []
            in_fence = not in_fence
            continue
        if in_fence:
            table.append((n, line))
            continue
        if re.match(r"^\s*\|.*\|\s*$", line):
            err(path, n, "pipe table")
        if re.search(r"<[a-zA-Z/][^>]*>", line):
            err(path, n, "raw HTML")
        m = re.match(r"^#{1,6}\s+(.*?)\s*$", line)
        if m:
            heads.add(m.group(1))
    if in_fence:
        err(path, 0, "unclosed fence")
    headings[name] = heads
    bodies[name] = (path, body, offset)
for name, (path, body, offset) in bodies.items():
    for n, line in enumerate(body.splitlines(), offset):
        for target in re.findall(r"\]\(([^)]+)\)", line):
            if re.match(r"^[a-z]+:", target):
                continue
            f, _, frag = target.partition("#")
            f = f or name
            if f not in headings:
                err(path, n, "link to missing policy %r" % f)
            elif frag and frag not in headings[f]:
                err(path, n, "link to missing heading %r in %s" % (frag, f))

for e in errors:
    print(e)
print("%d error(s); %d employees, %d departments, %d months, %d policies"
      % (len(errors), len(emps), len(depts), len(months), len(bodies)))
sys.exit(1 if errors else 0)
