import Foundation
import Testing

/// `jixiao results content` against docs/results-schema.md: keys in the documented order,
/// their types, and figures worked out by hand from the example content.
@Suite("CLI: results JSON schema")
struct ResultsSchemaTests {
    /// One pretty run of `results` on the example content, shared by the tests.
    static let run = Result { try CLIRunner.run(["results", "content", "--pretty"]) }

    static func json() throws -> [String: Any] {
        let run = try run.get()
        #expect(run.status == 0)
        return try #require(JSONSerialization.jsonObject(with: run.output) as? [String: Any])
    }

    /// The keys of an object, in the order they are written (pretty output, `indent` spaces deep).
    static func keyOrder(_ text: String, indent: Int) -> [String] {
        let prefix = String(repeating: " ", count: indent) + "\""
        return text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix(prefix), line.dropFirst(prefix.count).first != " " else { return nil }
            return line.dropFirst(prefix.count).split(separator: "\"", maxSplits: 1).first.map(String.init)
        }
    }

    static func objects(_ value: Any?) throws -> [[String: Any]] { try #require(value as? [[String: Any]]) }
    static func number(_ value: Any?) throws -> Double { try #require((value as? NSNumber)?.doubleValue) }

    @Test("top-level keys in the documented order, with their types")
    func topLevel() throws {
        let text = try Self.run.get().text
        #expect(
            Self.keyOrder(text, indent: 2) == [
                "schema", "company", "current_month", "months", "policies", "people",
                "departments", "alerts", "periods", "trends",
            ])
        let json = try Self.json()
        #expect(json["schema"] as? String == "jixiao-results/1")
        #expect(json["company"] as? String == "杭州禾鲸优选电子商务有限公司")
        #expect(json["current_month"] as? String == "2026-11")
        let months = try #require(json["months"] as? [String])
        #expect(months.count == 12 && months.first == "2025-12" && months.last == "2026-11")
        #expect(months == months.sorted())
        let people = try Self.objects(json["people"])
        let ids = people.compactMap { $0["id"] as? String }
        #expect(ids.count == 77 && ids == ids.sorted())
        for key in ["departments", "alerts", "periods", "trends"] { _ = try Self.objects(json[key]) }
    }

    @Test("policies: versions with scorecards and grades")
    func policies() throws {
        let policies = try Self.objects(Self.json()["policies"])
        #expect(policies.count == 21)  // 20 + assessment-calendar.md (issue 13)
        let cs = try #require(policies.first { $0["slug"] as? String == "cs-assessment" })
        #expect(cs["title"] as? String == "客服部绩效考核办法")
        #expect(cs["file"] as? String == "policies/cs-assessment.md")
        let version = try #require(Self.objects(cs["versions"]).first)
        #expect(version["effective"] as? String == "2025-12")
        #expect(version["until"] is NSNull)
        let card = try #require(version["scorecard"] as? [String: Any])
        #expect(card["subject"] as? String == "person" && card["scoring"] as? String == "points")
        #expect(try Self.number(card["total"]) == 100)
        let grades = try Self.objects(card["grades"])
        #expect(grades.compactMap { $0["id"] as? String } == ["excellent", "good", "pass", "improve", "fail"])
        #expect(try grades.map { try Self.number($0["min"]) } == [90, 80, 70, 60, 0])
        #expect(try grades.map { try Self.number($0["coefficient"]) } == [1.2, 1, 0.8, 0.6, 0])
    }

    /// E0304 (钟浩宇, ops-specialist) in 2026-11: data/2026-11/ops.csv has ethics 89.2,
    /// ability 79.2, diligence 87.9 and ratings 70.6 / 70.1 / 71.3 (self, manager, second).
    @Test("a person-month: E0304 in 2026-11 worked out from ops.csv and ops-assessment.md")
    func personMonth() throws {
        let text = try Self.run.get().text
        let people = try #require(text.range(of: "\n  \"people\": ["))
        #expect(
            Self.keyOrder(String(text[people.upperBound...]), indent: 10).prefix(7) == [
                "month", "department", "role", "status", "has_data", "assessment", "scorecard",
            ])
        let person = try #require(Self.objects(Self.json()["people"]).first { $0["id"] as? String == "E0304" })
        #expect(person["name"] as? String == "钟浩宇")
        let month = try #require(Self.objects(person["months"]).first { $0["month"] as? String == "2026-11" })
        #expect(month["department"] as? String == "ops" && month["role"] as? String == "ops-specialist")
        #expect(month["status"] as? String == "regular" && month["has_data"] as? Bool == true)
        #expect(month["assessment"] as? String == "assessed" && month["scorecard"] as? String == "ops-assessment")
        let items = try Self.objects(month["items"])
        let values = try Dictionary(uniqueKeysWithValues: items.map { (try #require($0["id"] as? String), try Self.number($0["value"])) })
        // results = 20% × 70.6 + 60% × 70.1 + 20% × 71.3
        #expect(values == ["ethics": 89.2, "ability": 79.2, "diligence": 87.9, "results": 70.44])
        // score = 15% × 89.2 + 25% × 79.2 + 20% × 87.9 + 40% × 70.44 = 78.936: grade pass (70–80), coefficient 0.8
        #expect(try Self.number(month["score"]) == 78.936)
        #expect(month["grade"] as? String == "pass")
        #expect(try Self.number(month["coefficient"]) == 0.8)
        let pay = try #require(month["pay"] as? [String: Any])
        #expect(pay["policy"] as? String == "ops-pay")
        let lines = try Self.objects(pay["items"])
        #expect(lines.first?["id"] as? String == "base" && lines.first?["kind"] as? String == "earning")
        // base 4,500 and position pay 800 from employees.csv; commission 6,800 on 135,000 of sales.
        let amounts = try Dictionary(uniqueKeysWithValues: lines.map { (try #require($0["id"] as? String), try Self.number($0["amount"])) })
        #expect(amounts["base"] == 4500 && amounts["position"] == 800 && amounts["commission"] == 6800)
        #expect(try Self.number(pay["total"]) == 13360.42)
    }

    @Test("every person-month has the documented types; pay totals add up")
    func personMonthTypes() throws {
        let states: Set<String> = ["assessed", "not-assessed", "missing-data", "no-data", "not-covered"]
        for person in try Self.objects(Self.json()["people"]) {
            for month in try Self.objects(person["months"]) {
                let state = try #require(month["assessment"] as? String)
                #expect(states.contains(state))
                #expect(month["month"] is String && month["has_data"] is Bool)
                #expect((month["reason"] != nil) == (state == "not-assessed"))
                #expect((month["missing"] != nil) == (state == "missing-data"))
                if state == "assessed" {
                    #expect(month["score"] is NSNumber && month["grade"] is String && month["items"] is [[String: Any]])
                }
                guard let pay = month["pay"] as? [String: Any] else { continue }
                // total = earnings − deductions + adjustments; "info" lines are shown but not counted; null amounts are 0.
                let adjusted = try Self.objects(pay["adjustments"] ?? [[String: Any]]()).reduce(0.0) {
                    $0 + (($1["amount"] as? NSNumber)?.doubleValue ?? 0)
                }
                let sum = try Self.objects(pay["items"]).reduce(adjusted) { total, line in
                    let amount = (line["amount"] as? NSNumber)?.doubleValue ?? 0
                    switch line["kind"] as? String {
                    case "earning": return total + amount
                    case "deduction": return total - amount
                    default: return total
                    }
                }
                #expect(abs(sum - (try Self.number(pay["total"]))) < 0.005, "\(person["id"] ?? "") \(month["month"] ?? "")")
            }
        }
    }

    @Test("periods: months, quarters and years with ranks; moving average only for months")
    func periods() throws {
        let periods = try Self.objects(Self.json()["periods"])
        #expect(
            periods.compactMap { $0["id"] as? String }.suffix(7) == ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2025", "2026"])
        for period in periods {
            let kind = try #require(period["kind"] as? String)
            #expect(["month", "quarter", "year"].contains(kind))
            for score in try Self.objects(period["scores"]) {
                #expect(score["employee"] is String && score["assessed_months"] is NSNumber)
                #expect((score["moving_average_3"] != nil) == (kind == "month"))
                if let rank = score["rank_company"] as? [String: Any] {
                    #expect(rank["tied"] is Bool && rank["rank"] is NSNumber && rank["of"] is NSNumber && rank["percentile"] is NSNumber)
                }
            }
            for department in try Self.objects(period["departments"]) {
                #expect(department["department"] is String && department["grades"] is [String: Any])
            }
        }
        // E0304 in 2026-Q4 (Oct and Nov): two assessed months.
        let q4 = try #require(periods.first { $0["id"] as? String == "2026-Q4" })
        let e0304 = try #require(Self.objects(q4["scores"]).first { $0["employee"] as? String == "E0304" })
        #expect(try Self.number(e0304["assessed_months"]) == 2)
    }

    @Test("alerts, department scorecards and trends have the documented keys")
    func alertsAndTrends() throws {
        let json = try Self.json()
        for alert in try Self.objects(json["alerts"]) {
            #expect(Set(alert.keys) == ["kind", "rule", "severity", "message", "month", "employee", "department", "policy"])
        }
        let logistics = try #require(Self.objects(json["departments"]).first)
        #expect(logistics["department"] as? String == "logistics" && logistics["policy"] as? String == "logistics-kpi")
        #expect(logistics["score"] is NSNumber && logistics["items"] is [[String: Any]])
        for trend in try Self.objects(json["trends"]) {
            #expect(Set(trend.keys) == ["employee", "best_month", "best", "worst_month", "worst", "streaks_in_progress"])
        }
    }
}
