import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// The site's split results (`data/results/`, docs/results-schema.md): tables that read back
/// as the whole document of `jixiao results`.
@Suite("Split results data")
struct SplitResultsTests {
    typealias Object = [String: Any]

    static func example() throws -> (Content, Results, Analytics) {
        let (content, results) = try ExamplePayTimingTests.evaluate(ExamplePayTimingTests.exampleFiles())
        return (content, results, Analytics.compute(content: content, results: results))
    }

    static func json(_ parts: [[UInt8]]) throws -> Object {
        try #require(try JSONSerialization.jsonObject(with: Data(parts.joined())) as? Object)
    }

    /// The JSON value without its nulls (the split files write null for a key the document leaves out).
    static func dropNulls(_ value: Any) -> Any {
        if let o = value as? Object { return o.filter { !($0.value is NSNull) }.mapValues(dropNulls) }
        if let a = value as? [Any] { return a.map(dropNulls) }
        return value
    }

    /// A file's `strings` and `coded` columns, to read coded cells back as text.
    struct Codes {
        var strings: [String]
        var coded: [String: [String]]

        init(_ file: Object) throws {
            strings = try #require(file["strings"] as? [String])
            coded = try #require(file["coded"] as? [String: [String]])
        }

        /// `o` with the coded columns of `key` as their strings (each element of an array).
        func decode(_ o: Object, _ key: String) -> Object {
            var o = o
            for k in coded[key] ?? [] {
                if let list = o[k] as? [Int] {
                    o[k] = list.map { strings[$0] }
                } else if let i = o[k] as? Int {
                    o[k] = strings[i]
                }
            }
            return o
        }
    }

    /// A row zipped with its columns, nulls left out, the coded columns of `key` decoded.
    static func zipped(_ columns: [String], _ row: Any?, _ codes: Codes, _ key: String) -> Object? {
        guard let row = row as? [Any] else { return nil }
        var o: Object = [:]
        for (k, v) in zip(columns, row) where !(v is NSNull) { o[k] = v }
        return codes.decode(o, key)
    }

    /// A `people` row as the document's month entry (with the file's month).
    static func personMonth(_ row: Object, month: String, nested: [String: [String]], codes: Codes) -> Object {
        var m: Object = ["month": month]
        for (k, v) in row where k != "id" && k != "name" {
            switch k {
            case "items", "compositions", "calendar": m[k] = (v as? [Any] ?? []).compactMap { zipped(nested[k]!, $0, codes, k) }
            case "ladder": m[k] = zipped(nested[k]!, v, codes, k)
            case "pay":
                var pay = zipped(nested["pay"]!, v, codes, "pay")!
                pay["items"] = (pay["items"] as? [Any] ?? []).compactMap { zipped(nested["pay.items"]!, $0, codes, "pay.items") }
                if let a = pay["adjustments"] as? [Any] {
                    pay["adjustments"] = a.compactMap { zipped(nested["pay.adjustments"]!, $0, codes, "pay.adjustments") }
                }
                m[k] = pay
            default: m[k] = v
            }
        }
        return m
    }

    @Test("every month, period score, department result and alert of the example reads back as the whole document")
    func readsBackAsTheDocument() throws {
        let (content, results, analytics) = try Self.example()
        let whole = try #require(
            Self.dropNulls(try Self.json(ResultsJSON.renderParts(content: content, results: results, analytics: analytics))) as? Object)
        let index = try Self.json(ResultsJSON.renderIndex(content: content, results: results, analytics: analytics, includePay: true))
        #expect(index["schema"] as? String == "jixiao-results-split/3")
        var people: [String: [Any]] = [:], periods: [Any] = [], departments: [Any] = [], alerts: [Any] = []
        for period in analytics.periods {
            let file = try Self.json(
                ResultsJSON.renderPeriodFile(period, content: content, results: results, analytics: analytics, includePay: true))
            let nested = try #require(file["nested"] as? [String: [String]])
            let codes = try Codes(file)
            var p = try #require((file["periods"] as? [Object])?.first)
            let scores = try #require(p["scores"] as? Object)
            p["scores"] = (scores["rows"] as? [Any] ?? []).compactMap { row -> Object? in
                var s = Self.zipped(scores["columns"] as! [String], row, codes, "scores")!
                for k in ["rank_company", "rank_department", "rank_role"] { s[k] = Self.zipped(nested["rank"]!, s[k], codes, "rank") }
                return s
            }
            periods.append(p)
            guard period.kind == .month, let table = file["people"] as? Object else { continue }
            for row in table["rows"] as? [Any] ?? [] {
                let r = try #require(Self.zipped(table["columns"] as! [String], row, codes, "people"))
                people[r["id"] as! String, default: []].append(
                    Self.personMonth(r, month: period.description, nested: nested, codes: codes))
            }
            departments += file["departments"] as? [Any] ?? []
            let alertTable = try #require(file["alerts"] as? Object)
            alerts += (alertTable["rows"] as? [Any] ?? []).compactMap { row -> Object? in
                var a = Self.zipped(alertTable["columns"] as! [String], row, codes, "alerts")
                a?["month"] = period.description
                return a
            }
        }
        let wholePeople = try #require(whole["people"] as? [Object]).filter { !(($0["months"] as? [Any]) ?? []).isEmpty }
        #expect(wholePeople.count == people.count)
        for person in wholePeople {
            let months = try #require(people[person["id"] as! String])
            #expect(NSArray(array: months).isEqual(to: person["months"] as! [Any]), "\(person["id"]!)")
        }
        #expect(NSArray(array: Self.dropNulls(periods) as! [Any]).isEqual(to: whole["periods"] as! [Any]))
        #expect(NSArray(array: Self.dropNulls(departments) as! [Any]).isEqual(to: whole["departments"] as! [Any]))
        #expect(NSArray(array: alerts).isEqual(to: whole["alerts"] as! [Any]))
        #expect(alerts.count > 0 && departments.count > 0 && people.count > 0)
    }

    @Test("E0102's November row: pay as [policy, lines, adjustments, total] with strings shared, worked out by hand")
    func payRow() throws {
        let (content, results, analytics) = try Self.example()
        let november = try #require(analytics.periods.first { $0.description == "2026-11" })
        let file = try Self.json(
            ResultsJSON.renderPeriodFile(november, content: content, results: results, analytics: analytics, includePay: true))
        let table = try #require(file["people"] as? Object)
        let columns = try #require(table["columns"] as? [String])
        let row = try #require((table["rows"] as? [[Any]])?.first { $0.first as? String == "E0102" })
        let payColumn = try #require(columns.firstIndex(of: "pay"))
        let pay = try #require(row[payColumn] as? [Any])
        let strings = try #require(file["strings"] as? [String])
        func decoded(_ cell: Any) -> String? { (cell as? Int).flatMap { strings.indices.contains($0) ? strings[$0] : nil } }
        // cs-pay: 3800 + 1305.48 + 1025.57 + 600 + 0 − 50 = 6681.05, plus the October
        // commission paid late (adjustments.csv) 59.40 = 6740.45.
        #expect(decoded(pay[0]) == "cs-pay")
        let lines = try #require(pay[1] as? [[Any]])
        #expect(
            lines.map { decoded($0[0]) } == [
                "position", "commission", "shared", "seniority", "streak", "losses", "complaint_fine", "chat_fine", "leak_fine",
            ])
        #expect(decoded(lines[5][1]) == "deduction" && (lines[5][2] as? NSNumber)?.doubleValue == 50)
        #expect((lines[1][2] as? NSNumber)?.doubleValue == 1305.48)
        let adjustments = try #require(pay[2] as? [[Any]])
        #expect(
            adjustments.count == 1 && decoded(adjustments[0][0]) == "commission" && (adjustments[0][1] as? NSNumber)?.doubleValue == 59.4)
        // Each string once in the file: the same index for every cs-pay row's policy.
        #expect(strings.count == Set(strings).count)
        let csPay = (table["rows"] as? [[Any]] ?? []).compactMap { ($0[payColumn] as? [Any])?.first as? Int }.filter { decoded($0) == "cs-pay" }
        #expect(csPay.count > 1 && Set(csPay).count == 1)
        #expect((pay[3] as? NSNumber)?.doubleValue == 6740.45)
        // A month file has no `month` column (the file's period) and writes the keys once.
        #expect(!columns.contains("month") && columns.first == "id")
        let text = String(
            decoding: ResultsJSON.renderPeriodFile(november, content: content, results: results, analytics: analytics, includePay: true)
                .joined(), as: UTF8.self)
        #expect(text.components(separatedBy: "\"coefficient\"").count == 2)
        #expect(text.components(separatedBy: "\"cs-pay\"").count == 2)
    }
}
