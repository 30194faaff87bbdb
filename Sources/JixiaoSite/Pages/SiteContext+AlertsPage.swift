import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// The alerts page (issue 19, item 5): the first rows as HTML for readers without scripts,
/// and every alert as compact JSON that `jixiao.js` filters by severity, department, kind,
/// month and text and renders in the same triage order.
extension SiteContext {
    /// The alerts page's table, preceded by its filter form and its JSON data island.
    /// `alerts` are in the order the results hold them (oldest first).
    func alertsPageTable(_ alerts: [Alert], path: String, csv: String) -> TableView {
        var table = alertTable(alerts, id: "alerts", caption: loc["alerts_page"], path: path, csv: csv)
        guard !table.isEmpty else { return table }
        table.filterable = false
        var b = HTMLBuilder(capacity: 4096 + alerts.count * 120)
        let triaged = Self.triaged(alerts)
        alertFilterForm(&b, triaged)
        b.start("script")
        b.attribute("type", "application/json")
        b.attribute("id", "alerts-data")
        b.end()
        b.raw(alertsJSON(triaged, path: path))
        b.close("script")
        b.raw("\n")
        table.html = b.html + table.renderHTML(loc)
        return table
    }

    /// The severities in triage order.
    static let severityOrder: [Alert.Severity] = [.critical, .warning, .info]

    /// The filter form: hidden until the script shows it (without a script it could not act).
    private func alertFilterForm(_ b: inout HTMLBuilder, _ alerts: [Alert]) {
        b.start("form")
        b.attribute("class", "alert-filters")
        b.attribute("id", "alert-filters")
        b.attribute("data-alerts-for", "alerts")
        b.attribute("data-text-option", loc["alert_filter_option"])
        b.attribute("data-text-status", loc["alert_filter_status"])
        b.attribute("hidden")
        b.end()
        b.raw("\n")
        let present = Set(alerts.map(\.severity))
        alertSelect(
            &b, name: "severity", label: loc["severity"],
            options: Self.severityOrder.filter(present.contains).map { ($0.rawValue, loc["severity_\($0.rawValue)"]) })
        // The departments with alerts and their ancestors (one chain per department, not one
        // per department and tree node: quadratic in the departments).
        var covered: Set<String> = []
        for id in Set(alerts.map(\.department)) { covered.formUnion(content.organisation.departmentChain(id)) }
        let shown = departmentTree().filter { covered.contains($0.id) }
        alertSelect(
            &b, name: "department", label: loc["department"],
            options: shown.map { ($0.id, String(repeating: "\u{00A0}\u{00A0}", count: $0.depth) + departmentName($0.id)) })
        var kinds: [Alert.Kind] = []
        for a in alerts where !kinds.contains(a.kind) { kinds.append(a.kind) }
        alertSelect(&b, name: "kind", label: loc["kind"], options: kinds.map { ($0.rawValue, alertKindName($0)) })
        let months = Array(Set(alerts.map(\.month))).sorted(by: >)
        alertSelect(&b, name: "month", label: loc["month"], options: months.map { ($0.description, loc.month($0)) })
        Self.openField(&b, id: "alert-filter-q", label: loc["filter_table"])
        b.start("input")
        b.attribute("type", "search")
        b.attribute("id", "alert-filter-q")
        b.attribute("name", "q")
        b.attribute("placeholder", loc["filter_placeholder"])
        b.end()
        b.close("span")
        b.raw("\n")
        b.start("button")
        b.attribute("type", "reset")
        b.end()
        b.text(loc["alert_filter_reset"])
        b.close("button")
        b.raw("\n")
        b.start("p")
        b.attribute("class", "muted alert-filter-status")
        b.attribute("role", "status")
        b.attribute("aria-live", "polite")
        b.end()
        b.close("p")
        b.close("form")
        b.raw("\n")
    }

    /// Opens a filter field (`<span class="alert-filter-field">`) with the label of control `id`.
    private static func openField(_ b: inout HTMLBuilder, id: String, label: String) {
        b.open("span", class: "alert-filter-field")
        b.start("label")
        b.attribute("for", id)
        b.end()
        b.text(label)
        b.close("label")
    }

    /// One labelled select with an "all" option first.
    private func alertSelect(_ b: inout HTMLBuilder, name: String, label: String, options: [(value: String, label: String)]) {
        Self.openField(&b, id: "alert-filter-" + name, label: label)
        b.start("select")
        b.attribute("id", "alert-filter-" + name)
        b.attribute("name", name)
        b.end()
        b.start("option")
        b.attribute("value", "")
        b.end()
        b.text(loc["alert_filter_all"])
        b.close("option")
        for option in options {
            b.start("option")
            b.attribute("value", option.value)
            b.attribute("data-label", option.label)
            b.end()
            b.text(option.label)
            b.close("option")
        }
        b.close("select")
        b.close("span")
        b.raw("\n")
    }

    /// An alert kind's display name.
    func alertKindName(_ kind: Alert.Kind) -> String { loc.strings["alert_\(kind.rawValue)"] ?? kind.rawValue }

    /// Every alert as compact JSON: look-up lists (severities, kinds, months, departments with
    /// their chain of ancestors, people, policies) and one row per alert of indexes into them:
    /// `[month, severity, kind, person or -1, department, message, policy or -1]`.
    func alertsJSON(_ alerts: [Alert], path: String) -> String {
        let root = Self.root(of: path)
        var months: [Month: Int] = [:], monthList: [Month] = []
        var people: [Int: Int] = [:], peopleList: [Int] = []
        var departments: [String: Int] = [:], departmentList: [String] = []
        var policies: [Int: Int] = [:], policyList: [Int] = []
        func index<K: Hashable>(_ key: K, _ map: inout [K: Int], _ list: inout [K]) -> Int {
            if let i = map[key] { return i }
            map[key] = list.count
            list.append(key)
            return list.count - 1
        }
        var rows = JSONWriter()
        rows.beginArray()
        var chains: [String: [String]] = [:]
        for a in alerts {
            if chains[a.department] == nil { chains[a.department] = Array(content.organisation.departmentChain(a.department).reversed()) }
            for d in chains[a.department] ?? [] { _ = index(d, &departments, &departmentList) }
            rows.beginArray()
            rows.int(nil, index(a.month, &months, &monthList))
            rows.int(nil, Self.severityOrder.firstIndex(of: a.severity) ?? 2)
            rows.string(nil, a.kind.rawValue)
            rows.int(nil, a.employee.map { index($0, &people, &peopleList) } ?? -1)
            rows.int(nil, index(a.department, &departments, &departmentList))
            rows.string(nil, alertMessage(a))
            rows.int(nil, a.policy.map { index($0, &policies, &policyList) } ?? -1)
            rows.endArray()
        }
        rows.endArray()
        var w = JSONWriter()
        w.beginObject()
        w.beginArray("severities")
        for s in Self.severityOrder { w.strings(nil, [s.rawValue, loc["severity_\(s.rawValue)"]]) }
        w.endArray()
        w.beginObject("kinds")
        for kind in Set(alerts.map(\.kind)).sorted(by: { $0.rawValue < $1.rawValue }) { w.string(kind.rawValue, alertKindName(kind)) }
        w.endObject()
        w.beginArray("months")
        for m in monthList { w.strings(nil, [m.description, loc.month(m)]) }
        w.endArray()
        w.beginArray("departments")
        for d in departmentList {
            w.beginArray()
            w.string(nil, d)
            w.string(nil, departmentName(d))
            w.string(nil, managers ? root + departmentPath(d) : "")
            w.beginArray()
            for up in content.organisation.departmentChain(d) { w.int(nil, departments[up] ?? -1) }
            w.endArray()
            w.endArray()
        }
        w.endArray()
        w.beginArray("people")
        for e in peopleList { w.strings(nil, [employeeName(e), managers ? root + personPath(e) : ""]) }
        w.endArray()
        w.beginArray("policies")
        for p in policyList { w.strings(nil, [content.policies[p].title, root + policyPath(p)]) }
        w.endArray()
        w.raw("rows", rows.text)
        w.endObject()
        return w.text
    }
}
