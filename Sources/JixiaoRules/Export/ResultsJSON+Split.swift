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

    /// The schema of the split files (`data/results/`): the document's values as tables,
    /// repeated strings once per file.
    public static let splitSchema = "jixiao-results-split/3"

    /// One period's file of the split results: the whole document's values for the period
    /// as tables (`{"columns": […], "rows": […]}`, docs/results-schema.md): `periods` with its
    /// one element (its `scores` a table); for a month also `people` (everyone with a result
    /// that month, a row each), `departments` (as in the document) and `alerts` (a table).
    /// The tables' coded columns are indices into the file's `strings`.
    public static func renderPeriodFile(
        _ period: Period, content: Content, results: Results, analytics: Analytics, includePay: Bool
    ) -> [[UInt8]] {
        var strings = SharedStrings()
        let scores = AnalyticsJSON.periodTableBytes(
            period, analytics, employees: content.organisation.employees, includePay: includePay, strings: &strings)
        var people: [UInt8] = [], alerts: [UInt8] = []
        let month = period.kind == .month ? period.months.first : nil
        if let month {
            people = monthPeopleRows(month, content: content, results: results, includePay: includePay, strings: &strings)
            var aw = JSONWriter(indent: 0, elementsAtDepth: 3)
            for alert in results.alerts where alert.month == month && (includePay || alert.kind != .pay) {
                writeAlertRow(&aw, alert, content: content, strings: &strings)
            }
            alerts = aw.joinedBytes
        }
        var w = JSONWriter(indent: 0)
        w.beginObject()
        writeHeader(&w, content: content, schema: splitSchema)
        w.string("period", period.description)
        writeNestedColumns(&w)
        w.strings("strings", strings.strings)
        w.rawArray("periods", elements: [scores])
        if let month {
            writeTable(&w, "people", columns: personMonthColumns, rows: [people])
            w.beginArray("departments")
            for r in results.departments where r.month == month { writeDepartment(&w, r, content: content, results: results) }
            w.endArray()
            writeTable(&w, "alerts", columns: alertColumns, rows: [alerts])
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

    /// The rows of the people with a result in `month` (``personMonthColumns``), in id
    /// order, their strings coded in `strings` (in order of first use, so one after another).
    static func monthPeopleRows(
        _ month: Month, content: Content, results: Results, includePay: Bool, strings: inout SharedStrings
    ) -> [UInt8] {
        let employees = content.organisation.employees
        var pw = JSONWriter(indent: 0, elementsAtDepth: 3)
        for e in employees.indices {
            guard let i = results.position(employee: e, month: month) else { continue }
            writePersonMonthRow(
                &pw, results.people[i], employee: employees[e], content: content, results: results, includePay: includePay,
                strings: &strings)
        }
        return pw.joinedBytes
    }
}
