import JixiaoCore
import JixiaoMarkdown
/// Writes the results as the documented JSON document of `jixiao results` and, split per
/// period, the site's `data/results/` (schema in `docs/results-schema.md`), so other tools can check and reuse every computed number.
public enum ResultsJSON {
    /// Schema identifier written into the file.
    public static let schema = "jixiao-results/1"

    /// Renders the whole document. `includePay` is false for builds that must hold no pay.
    public static func render(content: Content, results: Results, analytics: Analytics? = nil, includePay: Bool = true, indent: Int = 0)
        -> String
    {
        String(
            decoding: renderParts(content: content, results: results, analytics: analytics, includePay: includePay, indent: indent)
                .joined(),
            as: UTF8.self)
    }

    /// Renders the whole document as pieces of UTF-8 to be written one after another (the
    /// people and period arrays are built in parallel and never copied into one buffer).
    public static func renderParts(
        content: Content, results: Results, analytics: Analytics? = nil, includePay: Bool = true,
        indent: Int = 0
    ) -> [[UInt8]] {
        var w = JSONWriter(indent: indent)
        w.beginObject()
        writeHeader(&w, content: content)
        w.strings("months", results.months.map(\.description))
        writePolicies(&w, content: content, results: results)
        w.rawArray("people", elements: peopleParts(content: content, results: results, includePay: includePay, indent: indent))
        writeDepartments(&w, content: content, results: results)
        w.beginArray("alerts")
        for alert in results.alerts where includePay || alert.kind != .pay {
            writeAlert(&w, alert, content: content)
        }
        w.endArray()
        if let analytics { AnalyticsJSON.write(&w, analytics, content: content, includePay: includePay) }
        w.endObject()
        return w.parts + [[UInt8(ascii: "\n")]]
    }

    /// The policies and their versions (with each version's scorecard and grade bands).
    static func writePolicies(_ w: inout JSONWriter, content: Content, results: Results) {
        w.beginArray("policies")
        for (p, policy) in content.policies.enumerated() {
            w.beginObject()
            w.string("slug", policy.slug)
            w.string("title", policy.title)
            w.string("file", policy.file)
            w.beginArray("versions")
            for version in results.versions where version.policyIndex == p {
                w.beginObject()
                w.string("effective", version.effective.description)
                w.string("until", version.until?.description)
                if let card = version.rules.scorecard {
                    w.beginObject("scorecard")
                    w.string("name", card.name)
                    w.string("subject", card.subject.rawValue)
                    w.string("scoring", card.scoring.rawValue)
                    w.number("total", card.total)
                    w.beginArray("grades")
                    for band in card.grades {
                        w.beginObject()
                        w.string("id", band.id)
                        w.string("name", band.name)
                        w.number("min", band.min)
                        w.number("coefficient", band.coefficient)
                        w.endObject()
                    }
                    w.endArray()
                    w.endObject()
                }
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
    }

    /// The people, written in parallel chunks to be joined in order (with `indent`, the
    /// people's lines are indented one level less than the rest: still valid JSON).
    static func peopleParts(content: Content, results: Results, includePay: Bool, indent: Int) -> [[UInt8]] {
        let employees = content.organisation.employees
        let chunkSize = 500
        let chunks = stride(from: 0, to: employees.count, by: chunkSize).map { $0..<min(employees.count, $0 + chunkSize) }
        let parts = ConcurrentMap.map(chunks) { range -> [UInt8] in
            var pw = JSONWriter(indent: indent, elementsAtDepth: 2)
            for e in range {
                pw.beginObject()
                pw.string("id", employees[e].id)
                pw.string("name", employees[e].name)
                pw.beginArray("months")
                for r in results.results(ofEmployee: e) {
                    writePersonMonth(&pw, r, content: content, results: results, includePay: includePay)
                }
                pw.endArray()
                pw.endObject()
            }
            return pw.joinedBytes
        }
        return parts
    }

    /// The department scorecard results.
    static func writeDepartments(_ w: inout JSONWriter, content: Content, results: Results) {
        w.beginArray("departments")
        for r in results.departments { writeDepartment(&w, r, content: content, results: results) }
        w.endArray()
    }

    /// One department scorecard result.
    static func writeDepartment(_ w: inout JSONWriter, _ r: DepartmentMonthResult, content: Content, results: Results) {
        w.beginObject()
        w.string("department", r.department)
        w.string("month", r.month.description)
        w.string("policy", content.policies[r.policy].slug)
        w.string("assessment", r.assessment.code)
        w.number("score", r.score)
        let card = results.versions.version(policy: r.policy, month: r.month)?.rules.scorecard
        w.string("grade", r.gradeIndex.flatMap { card?.grades[$0].id })
        writeItems(&w, r.items)
        w.endObject()
    }

    static func writeItems(_ w: inout JSONWriter, _ items: [ItemScore]) {
        w.beginArray("items")
        for item in items {
            w.beginObject()
            w.string("id", item.id)
            w.number("value", item.value)
            w.endObject()
        }
        w.endArray()
    }

    static func writeAlert(_ w: inout JSONWriter, _ alert: Alert, content: Content) {
        w.beginObject()
        w.string("kind", alert.kind.rawValue)
        w.string("rule", alert.rule)
        w.string("severity", alert.severity.rawValue)
        w.string("message", alert.message)
        w.string("month", alert.month.description)
        w.string("employee", alert.employee.map { content.organisation.employees[$0].id })
        w.string("department", alert.department)
        w.string("policy", alert.policy.map { content.policies[$0].slug })
        w.endObject()
    }

    static func writePersonMonth(_ w: inout JSONWriter, _ r: PersonMonthResult, content: Content, results: Results, includePay: Bool) {
        w.beginObject()
        w.string("month", r.month.description)
        w.string("department", r.department)
        w.string("role", r.role)
        w.string("status", r.status.rawValue)
        w.bool("has_data", r.hasData)
        w.string("assessment", r.assessment.code)
        switch r.assessment {
        case .notAssessed(let reason): w.string("reason", reason)
        case .missingData(let names): w.strings("missing", names)
        default: break
        }
        w.string("scorecard", r.scorecardPolicy.map { content.policies[$0].slug })
        w.number("score", r.score)
        let card = r.scorecardPolicy.flatMap { p in results.versions.version(policy: p, month: r.month)?.rules.scorecard }
        w.string("grade", r.gradeIndex.flatMap { card?.grades[$0].id })
        w.number("coefficient", r.coefficient)
        if !r.items.isEmpty { writeItems(&w, r.items) }
        if let p = r.ladderPolicy, let level = r.level {
            let ladder = results.versions.version(policy: p, month: r.month)?.rules.ladder
            w.beginObject("ladder")
            w.string("policy", content.policies[p].slug)
            w.string("level", ladder?.levels[level].id)
            w.bool("promoted", r.promoted)
            w.string("next", ladder.flatMap { level + 1 < $0.levels.count ? $0.levels[level + 1].id : nil })
            w.strings("missing_for_next", r.missingForNext)
            w.endObject()
        }
        if !r.streaks.isEmpty { w.strings("streaks", r.streaks) }
        writeCalendarAndCompositions(&w, r, content: content)
        if includePay, let p = r.payPolicy {
            w.beginObject("pay")
            w.string("policy", content.policies[p].slug)
            w.beginArray("items")
            for line in r.pay {
                w.beginObject()
                w.string("id", line.id)
                w.string("kind", line.kind.rawValue)
                w.number("amount", line.amount)
                w.endObject()
            }
            w.endArray()
            writeAdjustments(&w, r.adjustments)
            w.number("total", r.payTotal)
            w.endObject()
        }
        w.endObject()
    }
}
