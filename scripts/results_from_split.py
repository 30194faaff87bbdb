#!/usr/bin/env python3
"""Reads a site's split results data (`data/results/`, schema jixiao-results-split/2, see
docs/results-schema.md) and prints the whole document of `jixiao results` made from it,
without its null values and without people who have no month:
`python3 scripts/results_from_split.py _site/data/results > results.json`.

Also a small library: `month_people(folder, path)` yields one month file's people in the
document's shape (`{"id", "name", "months": [{…}]}`), one file in memory at a time."""
import json
import pathlib
import sys

SCHEMA = "jixiao-results-split/2"


def load(folder, name):
    doc = json.loads((pathlib.Path(folder) / name).read_text(encoding="utf-8"))
    if doc.get("schema") != SCHEMA:
        raise SystemExit(f"{name}: schema {doc.get('schema')!r}, expected {SCHEMA!r}")
    return doc


def rows(table):
    """The rows of a `{"columns", "rows"}` table as dictionaries (null cells left out)."""
    columns = table["columns"]
    for row in table["rows"]:
        yield {k: v for k, v in zip(columns, row) if v is not None}


def nested(value, columns):
    """An object written as an array of `columns` (null cells left out)."""
    return {k: v for k, v in zip(columns, value) if v is not None} if value is not None else None


def person_month(row, month, n):
    """A people row (a dictionary) as the document's person and month."""
    m = {"month": month}
    for k, v in row.items():
        if k in ("id", "name"):
            continue
        if k in ("items", "compositions", "calendar"):
            v = [nested(x, n[k]) for x in v]
        elif k == "ladder":
            v = nested(v, n["ladder"])
        elif k == "pay":
            v = nested(v, n["pay"])
            v["items"] = [nested(x, n["pay.items"]) for x in v["items"]]
            if "adjustments" in v:
                v["adjustments"] = [nested(x, n["pay.adjustments"]) for x in v["adjustments"]]
            v = {k2: v[k2] for k2 in ("policy", "items", "adjustments", "total") if k2 in v}
        m[k] = v
    return {"id": row["id"], "name": row["name"], "months": [m]}


def month_people(folder, path):
    doc = load(folder, path)
    for row in rows(doc["people"]):
        yield person_month(row, doc["period"], doc["nested"])


def period(doc):
    p = doc["periods"][0]
    scores = []
    for s in rows(p["scores"]):
        for k in ("rank_company", "rank_department", "rank_role"):
            if k in s:
                s[k] = nested(s[k], doc["nested"]["rank"])
        scores.append(s)
    return {"id": p["id"], "kind": p["kind"], "scores": scores, "departments": p["departments"]}


def document(folder):
    index = load(folder, "index.json")
    people, departments, alerts, periods = {}, [], [], []
    for f in index["files"]:
        doc = load(folder, f["path"])
        periods.append(period(doc))
        if f["kind"] != "month":
            continue
        for row in rows(doc["people"]):
            p = person_month(row, doc["period"], doc["nested"])
            people.setdefault(p["id"], {"id": p["id"], "name": p["name"], "months": []})["months"] += p["months"]
        departments += doc["departments"]
        alerts += list(rows(doc["alerts"]))
    return {"schema": "jixiao-results/1", "company": index["company"], "current_month": index["current_month"],
            "months": index["months"], "policies": index["policies"],
            "people": [people[k] for k in sorted(people)], "departments": departments, "alerts": alerts,
            "periods": periods, "trends": index["trends"]}


if __name__ == "__main__":
    json.dump(document(sys.argv[1]), sys.stdout, ensure_ascii=False)
    print()
