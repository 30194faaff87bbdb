import JixiaoCore

extension ResultsJSON {
    /// The folder of the split results in a site: `data/results/` (see docs/results-schema.md).
    public static let splitFolder = "data/results/"

    /// The file of one period in the split results: `2026-11.json`, `2026-Q4.json`, `2026.json`.
    public static func splitFileName(_ period: Period) -> String { "\(period.description).json" }

    /// The split results' `index.json`: the document's header (schema, company, months,
    /// policies), the list of period files and the trends. A site writes it beside one file
    /// per period (``renderPeriodFile(_:content:results:analytics:includePay:)``) so that no
    /// file holds the whole company and each is written on its own.
    public static func renderIndex(content: Content, results: Results, analytics: Analytics, includePay: Bool) -> [[UInt8]] {
        var w = JSONWriter(indent: 0)
        w.beginObject()
        writeHeader(&w, content: content)
        w.strings("months", results.months.map(\.description))
        writePolicies(&w, content: content, results: results)
        w.beginArray("files")
        for period in analytics.periods {
            w.beginObject()
            w.string("period", period.description)
            w.string("kind", period.kind.rawValue)
            w.string("path", splitFileName(period))
            w.endObject()
        }
        w.endArray()
        AnalyticsJSON.writeTrends(&w, analytics, employees: content.organisation.employees)
        w.endObject()
        return w.parts + [[UInt8(ascii: "\n")]]
    }

    /// One period's file of the split results: the whole document's shape cut down to the
    /// period (`periods` with one element; for a month also its `people` — each with the one
    /// month —, department results and alerts).
    public static func renderPeriodFile(
        _ period: Period, content: Content, results: Results, analytics: Analytics, includePay: Bool
    ) -> [[UInt8]] {
        var w = JSONWriter(indent: 0)
        w.beginObject()
        writeHeader(&w, content: content)
        w.string("period", period.description)
        w.rawArray(
            "periods",
            elements: [
                AnalyticsJSON.periodBytes(period, analytics, employees: content.organisation.employees, includePay: includePay)
            ])
        if period.kind == .month, let month = period.months.first {
            w.rawArray("people", elements: monthPeopleParts(month, content: content, results: results, includePay: includePay))
            w.beginArray("departments")
            for r in results.departments where r.month == month { writeDepartment(&w, r, content: content, results: results) }
            w.endArray()
            w.beginArray("alerts")
            for alert in results.alerts where alert.month == month && (includePay || alert.kind != .pay) {
                writeAlert(&w, alert, content: content)
            }
            w.endArray()
        }
        w.endObject()
        return w.parts + [[UInt8(ascii: "\n")]]
    }

    /// `schema`, `company` and `current_month`, the first keys of every results document.
    static func writeHeader(_ w: inout JSONWriter, content: Content) {
        w.string("schema", schema)
        w.string("company", content.settings.company)
        w.string("current_month", content.currentMonth?.description)
    }

    /// The people with a result in `month`, each with that one month, in parallel chunks.
    static func monthPeopleParts(_ month: Month, content: Content, results: Results, includePay: Bool) -> [[UInt8]] {
        let employees = content.organisation.employees
        let chunkSize = 1000
        let chunks = stride(from: 0, to: employees.count, by: chunkSize).map { $0..<min(employees.count, $0 + chunkSize) }
        return ConcurrentMap.map(chunks) { range -> [UInt8] in
            var pw = JSONWriter(indent: 0, elementsAtDepth: 2)
            for e in range {
                guard let i = results.position(employee: e, month: month) else { continue }
                pw.beginObject()
                pw.string("id", employees[e].id)
                pw.string("name", employees[e].name)
                pw.beginArray("months")
                writePersonMonth(&pw, results.people[i], content: content, results: results, includePay: includePay)
                pw.endArray()
                pw.endObject()
            }
            return pw.joinedBytes
        }
    }
}
