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
        writeHeader(&w, content: content, schema: splitSchema)
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

    /// The schema of the split files (`data/results/`): the document's values as tables.
    public static let splitSchema = "jixiao-results-split/2"

    /// One period's file of the split results: the whole document's values for the period
    /// as tables (`{"columns": […], "rows": […]}`, docs/results-schema.md): `periods` with its
    /// one element (its `scores` a table); for a month also `people` (everyone with a result
    /// that month, a row each), `departments` (as in the document) and `alerts` (a table).
    public static func renderPeriodFile(
        _ period: Period, content: Content, results: Results, analytics: Analytics, includePay: Bool
    ) -> [[UInt8]] {
        var w = JSONWriter(indent: 0)
        w.beginObject()
        writeHeader(&w, content: content, schema: splitSchema)
        w.string("period", period.description)
        writeNestedColumns(&w)
        w.rawArray(
            "periods",
            elements: [
                AnalyticsJSON.periodBytes(
                    period, analytics, employees: content.organisation.employees, includePay: includePay, table: true)
            ])
        if period.kind == .month, let month = period.months.first {
            writeTable(
                &w, "people", columns: personMonthColumns,
                rows: monthPeopleParts(month, content: content, results: results, includePay: includePay))
            w.beginArray("departments")
            for r in results.departments where r.month == month { writeDepartment(&w, r, content: content, results: results) }
            w.endArray()
            var aw = JSONWriter(indent: 0, elementsAtDepth: 3)
            for alert in results.alerts where alert.month == month && (includePay || alert.kind != .pay) {
                writeAlertRow(&aw, alert, content: content)
            }
            writeTable(&w, "alerts", columns: alertColumns, rows: [aw.joinedBytes])
        }
        w.endObject()
        return w.parts + [[UInt8(ascii: "\n")]]
    }

    /// `schema`, `company` and `current_month`, the first keys of every results document.
    static func writeHeader(_ w: inout JSONWriter, content: Content, schema: String = ResultsJSON.schema) {
        w.string("schema", schema)
        w.string("company", content.settings.company)
        w.string("current_month", content.currentMonth?.description)
    }

    /// The rows of the people with a result in `month` (``personMonthColumns``), in
    /// parallel chunks.
    static func monthPeopleParts(_ month: Month, content: Content, results: Results, includePay: Bool) -> [[UInt8]] {
        let employees = content.organisation.employees
        let chunkSize = 1000
        let chunks = stride(from: 0, to: employees.count, by: chunkSize).map { $0..<min(employees.count, $0 + chunkSize) }
        return ConcurrentMap.map(chunks) { range -> [UInt8] in
            var pw = JSONWriter(indent: 0, elementsAtDepth: 3)
            for e in range {
                guard let i = results.position(employee: e, month: month) else { continue }
                writePersonMonthRow(
                    &pw, results.people[i], employee: employees[e], content: content, results: results, includePay: includePay)
            }
            return pw.joinedBytes
        }
    }
}
