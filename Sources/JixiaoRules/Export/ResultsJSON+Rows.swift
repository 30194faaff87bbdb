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

    /// The columns of a split month file's `alerts` table.
    static let alertColumns = ["kind", "rule", "severity", "message", "month", "employee", "department", "policy"]

    /// Writes `{"columns": […], "rows": […]}` under `key`, the rows already written as
    /// comma-separated arrays in `rows` (pieces kept as they are).
    static func writeTable(_ w: inout JSONWriter, _ key: String, columns: [String], rows: [[UInt8]]) {
        w.beginObject(key)
        w.strings("columns", columns)
        w.rawArray("rows", elements: rows)
        w.endObject()
    }

    /// Writes the `nested` object of a split file: each nested key's columns.
    static func writeNestedColumns(_ w: inout JSONWriter) {
        w.beginObject("nested")
        for (key, columns) in nestedColumns { w.strings(key, columns) }
        w.endObject()
    }

    /// One person-month as a row of ``personMonthColumns`` (null where the document leaves a
    /// key out).
    static func writePersonMonthRow(
        _ w: inout JSONWriter, _ r: PersonMonthResult, employee: Employee, content: Content, results: Results, includePay: Bool
    ) {
        w.beginArray()
        w.string(nil, employee.id)
        w.string(nil, employee.name)
        w.string(nil, r.department)
        w.string(nil, r.role)
        w.string(nil, r.status.rawValue)
        w.bool(nil, r.hasData)
        w.string(nil, r.assessment.code)
        if case .notAssessed(let reason) = r.assessment { w.string(nil, reason) } else { w.raw(nil, "null") }
        if case .missingData(let names) = r.assessment { w.strings(nil, names) } else { w.raw(nil, "null") }
        w.string(nil, r.scorecardPolicy.map { content.policies[$0].slug })
        w.number(nil, r.score)
        let card = r.scorecardPolicy.flatMap { p in results.versions.version(policy: p, month: r.month)?.rules.scorecard }
        w.string(nil, r.gradeIndex.flatMap { card?.grades[$0].id })
        w.number(nil, r.coefficient)
        writeItemRows(&w, r.items)
        writeLadderRow(&w, r, content: content, results: results)
        if r.streaks.isEmpty { w.raw(nil, "null") } else { w.strings(nil, r.streaks) }
        writeCompositionRows(&w, r, content: content)
        writeCalendarRows(&w, r, content: content)
        writePayRow(&w, r, content: content, includePay: includePay)
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

    /// `items` as `[[id, value], …]` (null when there are none).
    static func writeItemRows(_ w: inout JSONWriter, _ items: [ItemScore]) {
        writeRows(&w, items) { w, item in
            w.string(nil, item.id)
            w.number(nil, item.value)
        }
    }

    /// `ladder` as `[policy, level, promoted, next, missing_for_next]` (null when none).
    static func writeLadderRow(_ w: inout JSONWriter, _ r: PersonMonthResult, content: Content, results: Results) {
        guard let p = r.ladderPolicy, let level = r.level else { return w.raw(nil, "null") }
        let ladder = results.versions.version(policy: p, month: r.month)?.rules.ladder
        w.beginArray()
        w.string(nil, content.policies[p].slug)
        w.string(nil, ladder?.levels[level].id)
        w.bool(nil, r.promoted)
        w.string(nil, ladder.flatMap { level + 1 < $0.levels.count ? $0.levels[level + 1].id : nil })
        w.strings(nil, r.missingForNext)
        w.endArray()
    }

    /// `compositions` as `[[id, policy, score, parts], …]` (null when none).
    static func writeCompositionRows(_ w: inout JSONWriter, _ r: PersonMonthResult, content: Content) {
        writeRows(&w, r.compositions) { w, c in
            w.string(nil, c.id)
            w.string(nil, content.policies[c.policy].slug)
            w.number(nil, c.score)
            w.beginArray()
            for part in c.parts { w.number(nil, part) }
            w.endArray()
        }
    }

    /// `calendar` as `[[stage, policy, due, submitted, reviewer, reviewer_outside, state,
    /// days_late], …]`, `reviewer_outside` true or null (null when no stage applies).
    static func writeCalendarRows(_ w: inout JSONWriter, _ r: PersonMonthResult, content: Content) {
        writeRows(&w, r.stages) { w, s in
            w.string(nil, s.stage)
            w.string(nil, content.policies[s.policy].slug)
            w.string(nil, s.due.description)
            w.string(nil, s.submitted?.description)
            w.string(nil, s.reviewer)
            if s.reviewerOutside { w.bool(nil, true) } else { w.raw(nil, "null") }
            w.string(nil, s.state.rawValue)
            w.int(nil, s.daysLate)
        }
    }

    /// `pay` as `[policy, [[id, kind, amount], …], [[item, amount, reason], …] or null, total]`
    /// (null when there is no pay, or in a build without pay).
    static func writePayRow(_ w: inout JSONWriter, _ r: PersonMonthResult, content: Content, includePay: Bool) {
        guard includePay, let p = r.payPolicy else { return w.raw(nil, "null") }
        w.beginArray()
        w.string(nil, content.policies[p].slug)
        w.beginArray()
        for line in r.pay {
            w.beginArray()
            w.string(nil, line.id)
            w.string(nil, line.kind.rawValue)
            w.number(nil, line.amount)
            w.endArray()
        }
        w.endArray()
        writeRows(&w, r.adjustments) { w, a in
            w.string(nil, a.item)
            w.number(nil, a.amount)
            w.string(nil, a.reason)
        }
        w.number(nil, r.payTotal)
        w.endArray()
    }

    /// One alert as a row of ``alertColumns``.
    static func writeAlertRow(_ w: inout JSONWriter, _ alert: Alert, content: Content) {
        w.beginArray()
        w.string(nil, alert.kind.rawValue)
        w.string(nil, alert.rule)
        w.string(nil, alert.severity.rawValue)
        w.string(nil, alert.message)
        w.string(nil, alert.month.description)
        w.string(nil, alert.employee.map { content.organisation.employees[$0].id })
        w.string(nil, alert.department)
        w.string(nil, alert.policy.map { content.policies[$0].slug })
        w.endArray()
    }
}
