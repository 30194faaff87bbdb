#!/usr/bin/env python3
"""Generate the example monthly data in content/data/YYYY-MM/*.csv.

Deterministic: fixed random seed, Python 3 standard library only. Reads
content/employees.csv and content/transfers.csv, writes 12 months
(2025-12 … 2026-11). Re-running it reproduces the committed files byte for byte.

Usage:  python3 scripts/make-example-data.py   (from the repository root)

Files per month (as HR exports come):
  attendance.csv   everyone employed that month (incl. heads, HR, temporary staff)
  cs.csv           customer-service agents and team leads
  logistics.csv    warehouse/logistics staff (role `warehouse`, incl. temporary helpers)
  ops.csv          e-commerce operations specialists
  sales.csv        logistics sales reps
  departments.csv  per-department measures (rows `logistics` and `cs`)

Encodings / formats on purpose:
  * 2026-03/cs.csv          saved as GB18030; first header is `工号`, then a `姓名` (name)
                            column (ignored by the loader), amounts written `23500元`
  * 2026-05/logistics.csv   UTF-8 with BOM and CRLF line ends
  * 2026-01/departments.csv first header is `部门` instead of `department`
  * percentages written like `97.5%` (cs.response_rate, most departments.csv rates)
  * thousands separators, quoted: sales.csv revenue/revenue_target 2025-12…2026-03,
    ops.csv sales 2026-10…2026-11, departments.csv shared_sales always
  * quarterly department indicators (cost saving, inventory turnover, training,
    staff pass rate) are filled only in quarter-end months 2025-12, 2026-03, -06, -09;
    other months leave them empty ("not reported").

Scenarios (employee ids):
  * hires during the year (data from their hire month): E0128 (cs, 2026-03-09),
    E0221 (logistics, 2026-04-01), E0312 (ops, 2026-06-08), E0129 (cs, 2026-08-17),
    E0410 (sales, 2026-01-05); temporary helpers E0222 (2026-10-08), E0223 (2026-10-12)
  * still in trial in 2026-11: E0220 (warehouse, hired 2026-11-03) — data only in 2026-11
  * leaver: E0120 (cs night, left 2026-08-21) — no data after 2026-08
  * transfer: E0310 ops → cs from 2026-06 (ops.csv up to 2026-05, cs.csv from 2026-06)
  * missing month: E0210 (warehouse) has no rows at all in 2026-07 though employed
  * failing three months running 2026-09…11: E0109 (cs day)
  * excellent three months running 2026-09…11: E0105 (cs day)
  * tie in 2026-11: E0122 and E0123 (cs night) have identical rows in cs.csv and attendance.csv
  * zero sales: E0307 (ops) sales 0 in 2026-02
  * commission tiers: E0304 (ops) 25,000 in 2026-01, 86,000 in 2026-05, 135,000 in 2026-11;
    E0306 exactly 10,000 and E0308 exactly 20,000 in 2026-03
  * complaints: E0117 2 complaints in 2026-04; E0125 3 complaints in 2026-07 (dismissal alert)
  * chat violations: E0108 (2) 2026-01, E0119 (1) 2026-05, E0127 (1) 2026-10;
    contact leak: E0114 2026-10
  * logistics bonus loss: E0207 personal leave 4 days 2026-03; E0212 sick leave 6 days
    2026-06; E0215 1 day absent 2026-09
  * ops attendance: E0303 full attendance every month; E0305 2 late arrivals in 2026-04
  * serious violation: E0406 (sales) in 2026-08 (behaviour 0)
  * badge approvals (badge_approved=1): E0106 2026-02, E0126 2026-04, E0118 2026-05,
    E0128 2026-06, E0310 2026-08, E0111 2026-09, E0105 2026-11; in the approval month
    and the two months before it satisfaction >= 93.5, quality >= 90.5 and no complaints
  * sales item capped: E0205 (warehouse) sales_actual 1.5 × target in 2026-06 (item 45 → cap 40)

  management.csv   HR staff, department heads and team leads (except cs-lead, who is
                   assessed on cs.csv): four-dimension ratings mgmt_ethics, mgmt_ability,
                   mgmt_diligence and the results ratings mgmt_self / mgmt_manager /
                   mgmt_second; in December also annual_review_coefficient for managers
                   (is_manager = 1). Drawn from its own random generator so that the
                   other files stay exactly as they were.
"""

import csv
import datetime as dt
import io
import os
import random
import shutil

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CONTENT = os.path.join(ROOT, "content")
DATA = os.path.join(CONTENT, "data")

MONTHS = ["2025-12"] + ["2026-%02d" % m for m in range(1, 12)]
SEED = 20261130

# ---------------------------------------------------------------- calendar
HOLIDAYS = set()
MAKEUP_DAYS = set()


def _range(a, b):
    d, e = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    while d <= e:
        HOLIDAYS.add(d)
        d += dt.timedelta(days=1)


_range("2026-01-01", "2026-01-03"); MAKEUP_DAYS.add(dt.date(2026, 1, 4))
_range("2026-02-15", "2026-02-23"); MAKEUP_DAYS.update({dt.date(2026, 2, 14), dt.date(2026, 2, 28)})
_range("2026-04-04", "2026-04-06")
_range("2026-05-01", "2026-05-05"); MAKEUP_DAYS.add(dt.date(2026, 5, 9))
_range("2026-06-19", "2026-06-21")
_range("2026-09-25", "2026-09-27"); MAKEUP_DAYS.add(dt.date(2026, 9, 20))
_range("2026-10-01", "2026-10-07"); MAKEUP_DAYS.add(dt.date(2026, 10, 10))


def month_bounds(month):
    y, m = map(int, month.split("-"))
    first = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def working_days(a, b):
    n, d = 0, a
    while d <= b:
        if (d.weekday() < 5 and d not in HOLIDAYS) or d in MAKEUP_DAYS:
            n += 1
        d += dt.timedelta(days=1)
    return n


def parse_date(s):
    s = s.strip()
    if not s:
        return None
    y, m, d = map(int, s.replace("/", "-").split("-"))
    return dt.date(y, m, d)


# ---------------------------------------------------------------- people
def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


EMPLOYEES = read_csv(os.path.join(CONTENT, "employees.csv"))
TRANSFERS = read_csv(os.path.join(CONTENT, "transfers.csv"))
for e in EMPLOYEES:
    e["hire"] = parse_date(e["hire_date"])
    e["leave"] = parse_date(e["leave_date"])


def dept_role_at(e, month):
    """Department and role of employee e in month (transfers.csv applied)."""
    rows = sorted((t for t in TRANSFERS if t["employee"] == e["id"]), key=lambda t: t["month"])
    if not rows:
        return e["department"], e["role"]
    dept, role = rows[0]["from"], rows[0].get("from_role") or e["role"]
    for t in rows:
        if month >= t["month"]:
            dept, role = t["department"], t.get("role") or role
    return dept, role


MISSING = {("E0210", "2026-07")}


def active(month):
    first, last = month_bounds(month)
    out = []
    for e in EMPLOYEES:
        if e["hire"] > last:
            continue
        if e["leave"] and e["leave"] < first:
            continue
        if (e["id"], month) in MISSING:
            continue
        out.append(e)
    return out


def active_span(e, month):
    first, last = month_bounds(month)
    a = max(first, e["hire"])
    b = min(last, e["leave"]) if e["leave"] else last
    return a, b


def tenure_months(e, month):
    first, _ = month_bounds(month)
    return (first.year - e["hire"].year) * 12 + first.month - e["hire"].month


# ---------------------------------------------------------------- helpers
rng = random.Random(SEED)

SEASON = {"2025-12": 1.1, "2026-01": 1.0, "2026-02": 0.6, "2026-03": 0.9, "2026-04": 0.95,
          "2026-05": 1.0, "2026-06": 1.4, "2026-07": 0.9, "2026-08": 0.9, "2026-09": 1.0,
          "2026-10": 1.1, "2026-11": 1.6}
QUARTER_END = {"2025-12", "2026-03", "2026-06", "2026-09"}


def r1(x):
    return round(x, 1)


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, float):
        if v == int(v):
            return str(int(v))
        return ("%.2f" % v).rstrip("0").rstrip(".")
    return str(v)


def thousands(v):
    return "{:,}".format(int(v)) if float(v) == int(v) else "{:,.2f}".format(v)


def pct(x, digits=1):
    return ("%." + str(digits) + "f%%") % (x * 100)


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def write(month, name, header, rows, encoding="utf-8", newline="\n"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=newline)
    w.writerow(header)
    for r in rows:
        w.writerow([fmt(v) if not isinstance(v, str) else v for v in r])
    d = os.path.join(DATA, month)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(buf.getvalue().encode(encoding))


# ---------------------------------------------------------------- attendance
ATT_HEADER = ["employee", "late_count", "late_minutes", "early_leave_count", "personal_leave_days",
              "sick_leave_days", "absent_days", "days_worked", "violations", "warnings"]

ATT_OVERRIDES = {
    ("E0207", "2026-03"): {"personal_leave_days": 4},
    ("E0212", "2026-06"): {"sick_leave_days": 6},
    ("E0215", "2026-09"): {"absent_days": 1},
    ("E0305", "2026-04"): {"late_count": 2, "late_minutes": 15, "early_leave_count": 0,
                           "personal_leave_days": 0, "sick_leave_days": 0, "absent_days": 0},
    ("E0109", "2026-09"): {"late_count": 3, "late_minutes": 42, "warnings": 2},
    ("E0109", "2026-10"): {"late_count": 4, "late_minutes": 55, "warnings": 3, "violations": 1},
    ("E0109", "2026-11"): {"late_count": 3, "late_minutes": 38, "warnings": 4, "violations": 1},
    ("E0105", "2026-09"): {"late_count": 0, "late_minutes": 0, "personal_leave_days": 0,
                           "sick_leave_days": 0},
    ("E0105", "2026-10"): {"late_count": 0, "late_minutes": 0, "personal_leave_days": 0,
                           "sick_leave_days": 0},
    ("E0105", "2026-11"): {"late_count": 0, "late_minutes": 0, "personal_leave_days": 0,
                           "sick_leave_days": 0},
}
FULL_ATTENDANCE = {"E0303"}


def attendance(month, people):
    rows = {}
    for e in people:
        dept, role = dept_role_at(e, month)
        a, b = active_span(e, month)
        if dept == "cs":  # six days on, one off, weekends and holidays included
            possible = round(((b - a).days + 1) * 6 / 7)
        else:
            possible = working_days(a, b)
        late = rng.choices([0, 1, 2, 3], [62, 25, 9, 4])[0]
        v = {
            "late_count": late,
            "late_minutes": sum(rng.randint(2, 18) for _ in range(late)),
            "early_leave_count": rng.choices([0, 1], [90, 10])[0],
            "personal_leave_days": rng.choices([0, 0.5, 1, 2], [80, 8, 8, 4])[0],
            "sick_leave_days": rng.choices([0, 1, 2], [88, 8, 4])[0],
            "absent_days": 0,
            "violations": rng.choices([0, 1], [94, 6])[0],
            "warnings": rng.choices([0, 1], [92, 8])[0],
        }
        if e["id"] in FULL_ATTENDANCE:
            v.update(late_count=0, late_minutes=0, early_leave_count=0, personal_leave_days=0,
                     sick_leave_days=0, absent_days=0, violations=0, warnings=0)
        v.update(ATT_OVERRIDES.get((e["id"], month), {}))
        v["days_worked"] = max(0, possible - v["personal_leave_days"] - v["sick_leave_days"]
                               - v["absent_days"])
        rows[e["id"]] = [e["id"]] + [v[k] for k in ATT_HEADER[1:]]
    return rows


# ---------------------------------------------------------------- customer service
CS_HEADER = ["employee", "sales", "sales_target", "satisfaction", "response_rate", "quality_score",
             "complaints", "chat_violations", "contact_leaks", "badge_approved", "losses"]

BADGE = {("E0106", "2026-02"), ("E0126", "2026-04"), ("E0118", "2026-05"), ("E0128", "2026-06"),
         ("E0310", "2026-08"), ("E0111", "2026-09"), ("E0105", "2026-11")}
# the approval month and the two months before it: the applicant has been doing well
BADGE_PREP = {(e, MONTHS[i - k]) for (e, m) in BADGE for i in [MONTHS.index(m)] for k in (0, 1, 2)
              if i - k >= 0}
COMPLAINTS = {("E0117", "2026-04"): 2, ("E0125", "2026-07"): 3}
CHAT = {("E0108", "2026-01"): 2, ("E0119", "2026-05"): 1, ("E0127", "2026-10"): 1}
LEAKS = {("E0114", "2026-10"): 1}
SKILL = {}  # stable per-person level


def cs_rows(month, people):
    rows = []
    for e in people:
        dept, role = dept_role_at(e, month)
        if dept != "cs" or role not in ("cs-agent", "cs-lead"):
            continue
        k = (e["id"], month)
        skill = SKILL.setdefault(e["id"], rng.uniform(-0.08, 0.1))
        base = 22000 if e["shift"] == "day" else 20000
        target = round(base * SEASON[month], -2)
        ten = tenure_months(e, month)
        ramp = 0.7 if ten < 2 else (0.85 if ten < 4 else 1.0)
        a, b = active_span(e, month)
        share = ((b - a).days + 1) / (month_bounds(month)[1].day)
        target = round(target * share, -2)
        sales = round(target * ramp * (1 + skill) * rng.gauss(1.0, 0.1), 2)
        sat = r1(clamp(rng.gauss(92 + skill * 30, 3), 78, 99.5))
        resp = clamp(rng.gauss(0.965, 0.015), 0.9, 1.0)
        qual = r1(clamp(rng.gauss(88 + skill * 40, 4), 72, 99))
        complaints = rng.choices([0, 1], [93, 7])[0]
        chat = 0
        leaks = 0
        badge = 1 if k in BADGE else 0
        losses = rng.choices([0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 80, 120, 200], k=1)[0]
        if k in BADGE_PREP:
            sat, qual, complaints = max(sat, 93.5), max(qual, 90.5), 0
        if e["id"] == "E0109" and month >= "2026-07":
            if month >= "2026-09":
                f = {"2026-09": 0.41, "2026-10": 0.38, "2026-11": 0.42}[month]
                sales = round(target * f, 2)
                sat = {"2026-09": 52.5, "2026-10": 48.0, "2026-11": 50.5}[month]
                qual = {"2026-09": 51.0, "2026-10": 47.5, "2026-11": 53.0}[month]
                resp = {"2026-09": 0.812, "2026-10": 0.786, "2026-11": 0.8}[month]
                complaints = {"2026-09": 2, "2026-10": 3, "2026-11": 2}[month]
                losses = {"2026-09": 150, "2026-10": 320, "2026-11": 180}[month]
            else:  # sliding before the streak (待改进, not yet failing)
                sales = round(target * 0.8, 2)
                sat, qual, complaints = 80.0, 76.5, 1
        if e["id"] == "E0105" and month >= "2026-09":
            f = {"2026-09": 1.31, "2026-10": 1.28, "2026-11": 1.34}[month]
            sales = round(target * f, 2)
            sat = {"2026-09": 98.6, "2026-10": 99.1, "2026-11": 98.8}[month]
            qual = {"2026-09": 97.5, "2026-10": 98.0, "2026-11": 97.8}[month]
            resp, complaints, losses = 0.995, 0, 0
        complaints = COMPLAINTS.get(k, complaints)
        chat = CHAT.get(k, chat)
        leaks = LEAKS.get(k, leaks)
        rows.append([e["id"], sales, target, sat, pct(resp), qual, complaints, chat, leaks, badge,
                     losses])
    return rows


# ---------------------------------------------------------------- logistics
LOG_HEADER = ["employee", "sales_actual", "sales_target", "outbound_qty", "sales_qty",
              "delayed_shipments", "responsibility", "cooperation", "peer_complaints",
              "counterflow", "detours", "wasted_deliveries", "empty_runs"]


LOG_SALES_FACTOR = {("E0205", "2026-06"): 1.5}  # over-achievement: the sales item reaches its cap


def logistics_rows(month, people):
    rows = []
    for e in people:
        dept, role = dept_role_at(e, month)
        if role != "warehouse":
            continue
        skill = SKILL.setdefault(e["id"], rng.uniform(-0.06, 0.08))
        a, b = active_span(e, month)
        share = ((b - a).days + 1) / (month_bounds(month)[1].day)
        target = round(50000 * SEASON[month] * share, -3)
        actual = round(target * (1 + skill) * rng.gauss(0.86, 0.08))
        sales_qty = int(1800 * SEASON[month] * share * rng.uniform(0.9, 1.1))
        outbound = int(sales_qty * clamp(rng.gauss(0.93 + skill / 4, 0.03), 0.85, 1.0))
        if e["status"] in ("trial", "temporary"):
            actual = round(actual * 0.8)
            outbound = int(outbound * 0.97)
        if (e["id"], month) in LOG_SALES_FACTOR:
            actual = round(target * LOG_SALES_FACTOR[(e["id"], month)])
        rows.append([
            e["id"], actual, target, outbound, sales_qty,
            rng.choices([0, 1, 2], [50, 30, 20])[0],
            rng.choice([3.5, 4, 4, 4.5, 4.5, 5, 5]),
            rng.choice([3.5, 4, 4, 4.5, 5, 5]),
            rng.choices([0, 1], [95, 5])[0],
            rng.choices([0, 1, 2], [70, 22, 8])[0],
            rng.choices([0, 1, 2], [65, 25, 10])[0],
            rng.choices([0, 1], [80, 20])[0],
            rng.choices([0, 1, 2], [65, 25, 10])[0],
        ])
    return rows


# ---------------------------------------------------------------- e-commerce operations
OPS_HEADER = ["employee", "sales", "self_rating", "manager_rating", "second_rating", "ethics",
              "ability", "diligence"]
OPS_SALES = {("E0307", "2026-02"): 0, ("E0304", "2026-01"): 25000, ("E0304", "2026-05"): 86000,
             ("E0304", "2026-11"): 135000, ("E0306", "2026-03"): 10000,
             ("E0308", "2026-03"): 20000}


def ops_rows(month, people):
    rows = []
    for e in people:
        dept, role = dept_role_at(e, month)
        if dept != "ops" or role != "ops-specialist":
            continue
        skill = SKILL.setdefault(e["id"], rng.uniform(-0.25, 0.3))
        sales = round(max(3000, 38000 * SEASON[month] * (1 + skill) * rng.gauss(1.0, 0.3)), -2)
        if e["id"] == "E0312" and month == "2026-06":
            sales = 8600  # first (partial) month, below the commission threshold
        sales = OPS_SALES.get((e["id"], month), sales)
        mgr = r1(clamp(rng.gauss(84 + skill * 25, 5), 65, 98))
        rows.append([
            e["id"], thousands(sales) if month >= "2026-10" else sales,
            r1(clamp(mgr + rng.uniform(0, 6), 70, 99)), mgr,
            r1(clamp(mgr + rng.gauss(0, 3), 65, 98)),
            r1(clamp(rng.gauss(90, 4), 70, 100)),
            r1(clamp(rng.gauss(83 + skill * 20, 5), 65, 99)),
            r1(clamp(rng.gauss(86, 5), 65, 99)),
        ])
        if (e["id"], month) == ("E0307", "2026-02"):
            rows[-1][2:] = [72.0, 66.0, 68.0, 88.0, 74.0, 70.0]
    return rows


# ---------------------------------------------------------------- logistics sales
SALES_HEADER = ["employee", "revenue", "revenue_target", "behaviour", "serious_violation"]
QUARTER_TARGET = {"2025-12": 280000, "2026-01": 250000, "2026-02": 250000, "2026-03": 250000,
                  "2026-04": 300000, "2026-05": 300000, "2026-06": 300000, "2026-07": 320000,
                  "2026-08": 320000, "2026-09": 320000, "2026-10": 380000, "2026-11": 380000}


def sales_rows(month, people):
    rows = []
    for e in people:
        dept, role = dept_role_at(e, month)
        if role != "sales-rep":
            continue
        ten = tenure_months(e, month)
        level = 1.15 if ten >= 48 else (1.0 if ten >= 12 else 0.6)
        target = round(QUARTER_TARGET[month] * level, -4)
        revenue = round(target * rng.gauss(0.92, 0.12), -2)
        behaviour = rng.choices([0.7, 0.8, 0.9, 1.0, 1.1, 1.2], [4, 14, 26, 36, 14, 6])[0]
        serious = 0
        if (e["id"], month) == ("E0406", "2026-08"):
            behaviour, serious = 0, 1
        if month <= "2026-03":  # old CRM export: amounts with thousands separators
            rows.append([e["id"], thousands(revenue), thousands(target), behaviour, serious])
        else:
            rows.append([e["id"], revenue, target, behaviour, serious])
    return rows


# ---------------------------------------------------------------- management (own generator)
MGMT_HEADER = ["employee", "mgmt_ethics", "mgmt_ability", "mgmt_diligence", "mgmt_self",
               "mgmt_manager", "mgmt_second", "annual_review_coefficient"]
MGMT_ROLES = {"hr", "hr-head", "cs-head", "logistics-head", "logistics-lead", "ops-head", "ops-lead",
              "sales-head", "sales-lead"}
mgmt_rng = random.Random(SEED + 1)


def management_rows(month, people):
    rows = []
    for e in people:
        dept, role = dept_role_at(e, month)
        if role not in MGMT_ROLES:
            continue
        mgr = r1(clamp(mgmt_rng.gauss(85, 4), 70, 98))
        annual = ""
        if month.endswith("-12") and e["is_manager"] == "1":
            annual = mgmt_rng.choice([0.8, 1.0, 1.0, 1.2])
        rows.append([
            e["id"],
            r1(clamp(mgmt_rng.gauss(90, 3), 75, 100)),
            r1(clamp(mgmt_rng.gauss(85, 4), 70, 99)),
            r1(clamp(mgmt_rng.gauss(87, 4), 70, 99)),
            r1(clamp(mgr + mgmt_rng.uniform(0, 5), 70, 99)), mgr,
            r1(clamp(mgr + mgmt_rng.gauss(0, 3), 70, 98)),
            annual,
        ])
    return rows


# ---------------------------------------------------------------- departments
DEPT_HEADER = ["department", "cost_saving_rate", "cost_saving_target", "orders_on_time",
               "orders_total", "delivery_accuracy", "on_time_rate", "damage_rate",
               "industry_damage_rate", "inventory_turnover", "turnover_average",
               "safety_incidents", "customer_complaints", "training_completion",
               "staff_pass_rate", "qualitative_score", "shared_sales"]


def dept_rows(month):
    q = month in QUARTER_END
    total = int(42000 * SEASON[month] * rng.uniform(0.95, 1.05))
    on_time = total - rng.randint(20, 260)
    logistics = [
        "logistics",
        pct(rng.uniform(0.055, 0.095)) if q else "",
        "8%" if q else "",
        on_time, total,
        pct(rng.uniform(0.992, 0.999)),
        pct(rng.uniform(0.975, 0.995)),
        pct(rng.uniform(0.002, 0.006), 2),
        "0.45%",
        r1(rng.uniform(2.3, 3.1)) if q else "",
        2.6 if q else "",
        1 if month == "2026-06" else 0,
        rng.choices([0, 1, 2, 3], [35, 35, 20, 10])[0],
        pct(rng.choice([0.9, 0.95, 1.0, 1.0]), 0) if q else "",
        pct(rng.uniform(0.93, 0.99)) if q else "",
        r1(rng.uniform(80, 92)),
        "",
    ]
    shared = round(1850000 * SEASON[month] * rng.uniform(0.95, 1.05), -2)
    cs = ["cs"] + [""] * (len(DEPT_HEADER) - 2) + [thousands(shared)]
    return [logistics, cs]


# ---------------------------------------------------------------- assessment calendar
# content/assessments.csv: the stages handed in (policies/assessment-calendar.md). Months up
# to 2026-10 (2026-11's stages fall due in December, after the data's latest month). Most
# stages on time, a few late by 1–4 days, one manager review and one half-year review never
# handed in. Drawn from its own random generator so the other files stay as they were.
ASSESSMENT_MISSING = {("E0112", "2026-10", "manager"), ("E0305", "2026-07", "half_year")}


def is_working(d):
    return (d.weekday() < 5 and d not in HOLIDAYS) or d in MAKEUP_DAYS


def next_working(d):
    while not is_working(d):
        d += dt.timedelta(days=1)
    return d


def assessment_rows():
    arng = random.Random(SEED + 13)
    managers = {e["id"]: e["manager"] for e in EMPLOYEES}
    rows = []

    def handed_in(start, due):
        """A working day from start up to due, or (rarely) 1–4 working days after due."""
        if arng.random() < 0.015:
            d = due
            for _ in range(arng.randint(1, 4)):
                d = next_working(d + dt.timedelta(days=1))
            return d
        days = [start + dt.timedelta(days=i) for i in range((due - start).days + 1)]
        return arng.choice([d for d in days if is_working(d)] or [due])

    for month in MONTHS[:-1]:
        _, last = month_bounds(month)
        nxt = last + dt.timedelta(days=1)
        self_due = next_working(nxt.replace(day=5))
        review_due = next_working(nxt.replace(day=10))
        for e in active(month):
            if e["status"] == "temporary":
                continue
            boss = managers.get(e["id"], "")
            stages = [("self", next_working(nxt), self_due, e["id"])]
            stages.append(("manager", None, review_due, boss))
            if e["is_manager"] == "1":
                stages.append(("second", None, review_due, managers.get(boss, "")))
            previous = None
            for stage, start, due, reviewer in stages:
                start = start or previous
                day = handed_in(start, due) if start <= due else handed_in(due, due)
                previous = day
                if (e["id"], month, stage) not in ASSESSMENT_MISSING:
                    rows.append([e["id"], month, stage, day.isoformat(), reviewer])
            if month[5:] in ("01", "07"):
                first, _ = month_bounds(month)
                day = handed_in(next_working(first.replace(day=12)), next_working(first.replace(day=28)))
                if (e["id"], month, "half_year") not in ASSESSMENT_MISSING:
                    rows.append([e["id"], month, "half_year", day.isoformat(), boss])
    return rows


def write_assessments():
    path = os.path.join(CONTENT, "assessments.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["employee", "month", "stage", "submitted", "reviewer"])
        w.writerows(assessment_rows())


# ---------------------------------------------------------------- main
def main():
    if os.path.isdir(DATA):
        shutil.rmtree(DATA)
    for month in MONTHS:
        people = active(month)
        att = attendance(month, people)
        cs = cs_rows(month, people)
        # tie: E0123 copies E0122 exactly in 2026-11
        if month == "2026-11":
            src = next(r for r in cs if r[0] == "E0122")
            for r in cs:
                if r[0] == "E0123":
                    r[1:] = list(src[1:])
            att["E0123"] = ["E0123"] + att["E0122"][1:]
        write(month, "attendance.csv", ATT_HEADER, att.values())
        if month == "2026-03":
            names = {e["id"]: e["name"] for e in EMPLOYEES}
            rows = [[r[0], names[r[0]], fmt(r[1]) + "元", fmt(r[2]) + "元"] + r[3:] for r in cs]
            write(month, "cs.csv", ["工号", "姓名"] + CS_HEADER[1:], rows, encoding="gb18030")
        else:
            write(month, "cs.csv", CS_HEADER, cs)
        lg = logistics_rows(month, people)
        if month == "2026-05":
            write(month, "logistics.csv", LOG_HEADER, lg, encoding="utf-8-sig", newline="\r\n")
        else:
            write(month, "logistics.csv", LOG_HEADER, lg)
        write(month, "ops.csv", OPS_HEADER, ops_rows(month, people))
        write(month, "sales.csv", SALES_HEADER, sales_rows(month, people))
        write(month, "management.csv", MGMT_HEADER, management_rows(month, people))
        hdr = (["部门"] + DEPT_HEADER[1:]) if month == "2026-01" else DEPT_HEADER
        write(month, "departments.csv", hdr, dept_rows(month))
    write_assessments()
    print("wrote", len(MONTHS), "months to", os.path.relpath(DATA, ROOT), "and content/assessments.csv")


if __name__ == "__main__":
    main()
