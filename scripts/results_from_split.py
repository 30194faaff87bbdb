#!/usr/bin/env python3
"""Reads a site's split results data (`data/results/`, schema jixiao-results-split/3, see
docs/results-schema.md) and prints the whole document of `jixiao results` made from it,
without its null values and without people who have no month:
`python3 scripts/results_from_split.py _site/data/results > results.json`.

Also a small library: `month_people(folder, path)` yields one month file's people in the
document's shape (`{"id", "name", "months": [{…}]}`), one file in memory at a time."""
import json
import pathlib
import sys

SCHEMA = "jixiao-results-split/3"


def load(folder, name):
    doc = json.loads((pathlib.Path(folder) / name).read_text(encoding="utf-8"))
    if doc.get("schema") != SCHEMA:
        raise SystemExit(f"{name}: schema {doc.get('schema')!r}, expected {SCHEMA!r}")
    return doc


def decode(obj, coded, strings):
    """`obj` (a dictionary) with its `coded` keys' indices replaced by the file's `strings`
    (each element of an array of indices)."""
    for k in coded:
        v = obj.get(k)
        if isinstance(v, list):
            obj[k] = [strings[i] for i in v]
        elif v is not None:
            obj[k] = strings[v]
    return obj


def rows(table, coded=(), strings=()):
    """The rows of a `{"columns", "rows"}` table as dictionaries (null cells left out, coded
    columns decoded)."""
    columns = table["columns"]
    for row in table["rows"]:
        yield decode({k: v for k, v in zip(columns, row) if v is not None}, coded, strings)


def nested(value, doc, key):
    """An object written as an array of the `nested` columns of `key` (null cells left out,
    coded columns decoded)."""
    if value is None:
        return None
    return decode({k: v for k, v in zip(doc["nested"][key], value) if v is not None}, doc["coded"].get(key, ()), doc["strings"])


def person_month(row, doc):
    """A people row (a dictionary, coded columns decoded) as the document's person and month."""
    m = {"month": doc["period"]}
    for k, v in row.items():
        if k in ("id", "name"):
            continue
        if k in ("items", "compositions", "calendar"):
            v = [nested(x, doc, k) for x in v]
        elif k == "ladder":
            v = nested(v, doc, "ladder")
        elif k == "pay":
            v = nested(v, doc, "pay")
            v["items"] = [nested(x, doc, "pay.items") for x in v["items"]]
            if "adjustments" in v:
                v["adjustments"] = [nested(x, doc, "pay.adjustments") for x in v["adjustments"]]
            v = {k2: v[k2] for k2 in ("policy", "items", "adjustments", "total") if k2 in v}
        m[k] = v
    return {"id": row["id"], "name": row["name"], "months": [m]}


def table_rows(doc, table, key):
    """The rows of the file's `table` (coded as `key`) as dictionaries."""
    return rows(table, doc["coded"].get(key, ()), doc["strings"])


def month_people(folder, path):
    doc = load(folder, path)
    for row in table_rows(doc, doc["people"], "people"):
        yield person_month(row, doc)


def period(doc):
    p = doc["periods"][0]
    scores = []
    for s in table_rows(doc, p["scores"], "scores"):
        for k in ("rank_company", "rank_department", "rank_role"):
            if k in s:
                s[k] = nested(s[k], doc, "rank")
        scores.append(s)
    return {"id": p["id"], "kind": p["kind"], "scores": scores, "departments": p["departments"]}


def alert(row, month):
    """An alerts row as the document's alert (its `month` is the file's period)."""
    keys = ("kind", "rule", "severity", "message", "month", "employee", "department", "policy")
    row["month"] = month
    return {k: row[k] for k in keys if k in row}


def document(folder):
    index = load(folder, "index.json")
    people, departments, alerts, periods = {}, [], [], []
    for f in index["files"]:
        doc = load(folder, f["path"])
        periods.append(period(doc))
        if f["kind"] != "month":
            continue
        for row in table_rows(doc, doc["people"], "people"):
            p = person_month(row, doc)
            people.setdefault(p["id"], {"id": p["id"], "name": p["name"], "months": []})["months"] += p["months"]
        departments += doc["departments"]
        alerts += [alert(a, doc["period"]) for a in table_rows(doc, doc["alerts"], "alerts")]
    return {"schema": "jixiao-results/1", "company": index["company"], "current_month": index["current_month"],
            "months": index["months"], "policies": index["policies"],
            "people": [people[k] for k in sorted(people)], "departments": departments, "alerts": alerts,
            "periods": periods, "trends": index["trends"]}


if __name__ == "__main__":
    json.dump(document(sys.argv[1]), sys.stdout, ensure_ascii=False)
    print()
