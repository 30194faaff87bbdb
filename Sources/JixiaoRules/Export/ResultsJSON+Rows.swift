import JixiaoCore

extension ResultsJSON {
    /// The columns of a split month file's `people` table: the keys of a person (`id`, `name`)
    /// and of their one month in the whole document, in its order, without `month` (the
    /// file's period; docs/results-schema.md).
    static let personMonthColumns = [
        "id", "name", "department", "role", "status", "has_data", "assessment", "reason", "missing", "scorecard",
        "score", "grade", "coefficient", "items", "ladder", "streaks", "compositions", "calendar", "pay",
    ]

    /// The columns of the objects the split files write as arrays (`nested` in each file):
    /// a value under one of these keys is the document's object as an array in this order,
    /// or, where the document has an array of objects, an array of such arrays.
    static let nestedColumns: KeyValuePairs<String, [String]> = [
        "items": ["id", "value"],
        "ladder": ["policy", "level", "promoted", "next", "missing_for_next"],
        "compositions": ["id", "policy", "score", "parts"],
        "calendar": ["stage", "policy", "due", "submitted", "reviewer", "reviewer_outside", "state", "days_late"],
        "pay": ["policy", "items", "adjustments", "total"],
        "pay.items": ["id", "kind", "amount"],
        "pay.adjustments": ["item", "amount", "reason"],
        "rank": ["rank", "tied", "percentile", "of"],
    ]

    /// The columns of a split month file's `alerts` table (without `month`: the file's period).
    static let alertColumns = ["kind", "rule", "severity", "message", "employee", "department", "policy"]

    /// The coded columns of each table and nested key (`coded` in each file): their strings
    /// are indices into the file's `strings` (for an array of strings, each element is).
    static let codedColumns: KeyValuePairs<String, [String]> = [
        "people": ["department", "role", "status", "assessment", "reason", "missing", "scorecard", "grade", "streaks"],
        "scores": ["department", "role", "grade", "not_assessed"],
        "alerts": ["kind", "rule", "severity", "message", "department", "policy"],
        "items": ["id"],
        "ladder": ["policy", "level", "next", "missing_for_next"],
        "compositions": ["id", "policy"],
        "calendar": ["stage", "policy", "due", "submitted", "reviewer", "state"],
        "pay": ["policy"],
        "pay.items": ["id", "kind"],
        "pay.adjustments": ["item", "reason"],
    ]

    /// Writes `{"columns": […], "rows": […]}` under `key`, the rows already written as
    /// comma-separated arrays in `rows` (pieces kept as they are).
    static func writeTable(_ w: inout JSONWriter, _ key: String, columns: [String], rows: [[UInt8]]) {
        w.beginObject(key)
        w.strings("columns", columns)
        w.rawArray("rows", elements: rows)
        w.endObject()
    }

    /// Writes the `nested` and `coded` objects of a split file: each nested key's columns,
    /// and the coded columns of each table and nested key.
    static func writeNestedColumns(_ w: inout JSONWriter) {
        w.beginObject("nested")
        for (key, columns) in nestedColumns { w.strings(key, columns) }
        w.endObject()
        w.beginObject("coded")
        for (key, columns) in codedColumns { w.strings(key, columns) }
        w.endObject()
    }

    /// One person-month as a row of ``personMonthColumns`` (null where the document leaves a
    /// key out), coded columns as indices into `strings`.
    static func writePersonMonthRow(
        _ w: inout JSONWriter, _ r: PersonMonthResult, employee: Employee, content: Content, results: Results, includePay: Bool,
        strings: inout SharedStrings
    ) {
        w.beginArray()
        w.string(nil, employee.id)
        w.string(nil, employee.name)
        strings.write(r.department, to: &w)
        strings.write(r.role, to: &w)
        strings.write(r.status.rawValue, to: &w)
        w.bool(nil, r.hasData)
        strings.write(r.assessment.code, to: &w)
        if case .notAssessed(let reason) = r.assessment { strings.write(reason, to: &w) } else { w.raw(nil, "null") }
        if case .missingData(let names) = r.assessment { strings.write(names, to: &w) } else { w.raw(nil, "null") }
        strings.write(r.scorecardPolicy.map { content.policies[$0].slug }, to: &w)
        w.number(nil, r.score)
        let card = r.scorecardPolicy.flatMap { p in results.versions.version(policy: p, month: r.month)?.rules.scorecard }
        strings.write(r.gradeIndex.flatMap { card?.grades[$0].id }, to: &w)
        w.number(nil, r.coefficient)
        writeRows(&w, r.items) { w, item in
            strings.write(item.id, to: &w)
            w.number(nil, item.value)
        }
        writeLadderRow(&w, r, content: content, results: results, strings: &strings)
        if r.streaks.isEmpty { w.raw(nil, "null") } else { strings.write(r.streaks, to: &w) }
        writeCompositionRows(&w, r, content: content, strings: &strings)
        writeCalendarRows(&w, r, content: content, strings: &strings)
        writePayRow(&w, r, content: content, includePay: includePay, strings: &strings)
        w.endArray()
    }

    /// An array of `items`, each written by `row` as an array (null when there are none).
    static func writeRows<T>(_ w: inout JSONWriter, _ items: [T], _ row: (inout JSONWriter, T) -> Void) {
        guard !items.isEmpty else { return w.raw(nil, "null") }
        w.beginArray()
        for item in items {
            w.beginArray()
            row(&w, item)
            w.endArray()
        }
        w.endArray()
    }

    /// `ladder` as `[policy, level, promoted, next, missing_for_next]` (null when none).
    static func writeLadderRow(
        _ w: inout JSONWriter, _ r: PersonMonthResult, content: Content, results: Results, strings: inout SharedStrings
    ) {
        guard let p = r.ladderPolicy, let level = r.level else { return w.raw(nil, "null") }
        let ladder = results.versions.version(policy: p, month: r.month)?.rules.ladder
        w.beginArray()
        strings.write(content.policies[p].slug, to: &w)
        strings.write(ladder?.levels[level].id, to: &w)
        w.bool(nil, r.promoted)
        strings.write(ladder.flatMap { level + 1 < $0.levels.count ? $0.levels[level + 1].id : nil }, to: &w)
        strings.write(r.missingForNext, to: &w)
        w.endArray()
    }

    /// `compositions` as `[[id, policy, score, parts], …]` (null when none).
    static func writeCompositionRows(_ w: inout JSONWriter, _ r: PersonMonthResult, content: Content, strings: inout SharedStrings) {
        writeRows(&w, r.compositions) { w, c in
            strings.write(c.id, to: &w)
            strings.write(content.policies[c.policy].slug, to: &w)
            w.number(nil, c.score)
            w.beginArray()
            for part in c.parts { w.number(nil, part) }
            w.endArray()
        }
    }

    /// `calendar` as `[[stage, policy, due, submitted, reviewer, reviewer_outside, state,
    /// days_late], …]`, `reviewer_outside` true or null (null when no stage applies).
    static func writeCalendarRows(_ w: inout JSONWriter, _ r: PersonMonthResult, content: Content, strings: inout SharedStrings) {
        writeRows(&w, r.stages) { w, s in
            strings.write(s.stage, to: &w)
            strings.write(content.policies[s.policy].slug, to: &w)
            strings.write(s.due.description, to: &w)
            strings.write(s.submitted?.description, to: &w)
            strings.write(s.reviewer, to: &w)
            if s.reviewerOutside { w.bool(nil, true) } else { w.raw(nil, "null") }
            strings.write(s.state.rawValue, to: &w)
            w.int(nil, s.daysLate)
        }
    }

    /// `pay` as `[policy, [[id, kind, amount], …], [[item, amount, reason], …] or null, total]`
    /// (null when there is no pay, or in a build without pay).
    static func writePayRow(
        _ w: inout JSONWriter, _ r: PersonMonthResult, content: Content, includePay: Bool, strings: inout SharedStrings
    ) {
        guard includePay, let p = r.payPolicy else { return w.raw(nil, "null") }
        w.beginArray()
        strings.write(content.policies[p].slug, to: &w)
        w.beginArray()
        for line in r.pay {
            w.beginArray()
            strings.write(line.id, to: &w)
            strings.write(line.kind.rawValue, to: &w)
            w.number(nil, line.amount)
            w.endArray()
        }
        w.endArray()
        writeRows(&w, r.adjustments) { w, a in
            strings.write(a.item, to: &w)
            w.number(nil, a.amount)
            strings.write(a.reason, to: &w)
        }
        w.number(nil, r.payTotal)
        w.endArray()
    }

    /// One alert as a row of ``alertColumns``, coded columns as indices into `strings`.
    static func writeAlertRow(_ w: inout JSONWriter, _ alert: Alert, content: Content, strings: inout SharedStrings) {
        w.beginArray()
        strings.write(alert.kind.rawValue, to: &w)
        strings.write(alert.rule, to: &w)
        strings.write(alert.severity.rawValue, to: &w)
        strings.write(alert.message, to: &w)
        w.string(nil, alert.employee.map { content.organisation.employees[$0].id })
        strings.write(alert.department, to: &w)
        strings.write(alert.policy.map { content.policies[$0].slug }, to: &w)
        w.endArray()
    }
}
