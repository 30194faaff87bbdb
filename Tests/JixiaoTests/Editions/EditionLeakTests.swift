import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// The proof that a department's edition tells nothing about anyone outside it: every byte of
/// every file of every edition (HTML, JS, JSON, CSV, SVG, decoded data: URLs and base64) is
/// searched for every out-of-scope person's id, page name, name and pay figures.
@Suite("Editions: no leak")
struct EditionLeakTests {
    /// The secrets of the people with no person-month in `scope`: ids and page names, names,
    /// and pay figures with at least 5 significant digits (e.g. 12,345.67), written both as
    /// the site writes money (`12,345.67`) and raw (`12345.67`). A figure or name that an
    /// in-scope person shares, or that the staff edition (read by everyone) contains, is no
    /// secret and is left out.
    static func secrets(
        _ computed: (Content, Results, Analytics), scope: EditionScope, publicText: [UInt8]
    ) -> [LeakDetector.Needle] {
        let (content, results, analytics) = computed
        let employees = content.organisation.employees
        let inScope = Set(employees.indices.filter { e in results.results(ofEmployee: e).contains { scope.contains($0.department) } })
        let inNames = inScope.map { employees[$0].name }
        var inPay: Set<String> = []
        for e in inScope { for v in payFigures(e, results, analytics) { inPay.insert(v.formatted(places: 2)) } }
        for s in analytics.departments where scope.contains(s.department) { inPay.insert(s.payTotal.magnitude.formatted(places: 2)) }
        // An in-scope department's change of pay total from one period to the next (a dashboard
        // headline) is its own figure too, even when it happens to equal someone's pay elsewhere.
        let summaries = Dictionary(grouping: analytics.departments.filter { scope.contains($0.department) }) {
            "\($0.department) \($0.period.kind)"
        }
        for list in summaries.values {
            let sorted = list.sorted { $0.period < $1.period }
            for (a, b) in zip(sorted, sorted.dropFirst()) { inPay.insert((b.payTotal - a.payTotal).magnitude.formatted(places: 2)) }
        }
        var needles: Set<LeakDetector.Needle> = []
        for e in employees.indices where !inScope.contains(e) {
            let employee = employees[e]
            needles.insert(.init(text: employee.id, what: "id", boundary: .word))
            needles.insert(.init(text: Slug.make(employee.id), what: "page name", boundary: .word))
            if !inNames.contains(where: { $0.contains(employee.name) }) { needles.insert(.init(text: employee.name, what: "name")) }
            for v in payFigures(e, results, analytics) where significantDigits(v) >= 5 {
                let raw = v.formatted(places: 2)
                guard !inPay.contains(raw) else { continue }
                needles.insert(.init(text: raw, what: "pay", boundary: .number))
                needles.insert(.init(text: grouped(raw), what: "pay", boundary: .number))
            }
        }
        let candidates = needles.sorted { ($0.what, $0.text) < ($1.what, $1.text) }
        let published = LeakDetector(candidates).scan(publicText)
        return candidates.indices.filter { !published.contains($0) }.map { candidates[$0] }
    }

    /// A person's pay lines and totals of every month, and pay totals of quarters and years (magnitudes).
    static func payFigures(_ e: Int, _ results: Results, _ analytics: Analytics) -> [DecimalNumber] {
        var values: [DecimalNumber] = []
        for r in results.results(ofEmployee: e) {
            values += r.pay.compactMap(\.amount).map(\.magnitude)
            if let total = r.payTotal { values.append(total.magnitude) }
        }
        for period in analytics.periods {
            if let total = analytics.score(employee: e, period: period)?.payTotal { values.append(total.magnitude) }
        }
        return values
    }

    /// Significant digits of a figure written with 2 places (12,345.60 → 6).
    static func significantDigits(_ value: DecimalNumber) -> Int {
        let digits = value.formatted(places: 2).filter(\.isNumber).drop { $0 == "0" }
        return String(digits).reversed().drop { $0 == "0" }.count
    }

    /// `12345.67` → `12,345.67`.
    static func grouped(_ raw: String) -> String {
        let parts = raw.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        var out = ""
        while whole.count > 3 {
            out = "," + whole.suffix(3) + out
            whole = String(whole.dropLast(3))
        }
        return whole + out + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// Builds every edition, checks each department edition has no hit and the company edition has many.
    func check(
        _ computed: (Content, Results, Analytics), _ editions: [String: [String: Data]], expectedEditions: [String]
    ) throws {
        #expect(editions.keys.sorted() == expectedEditions.sorted())
        let staff = try #require(editions["staff"])
        let publicText = staff.keys.sorted().flatMap { LeakDetector.decoded(staff[$0]!) }
        let company = try #require(editions["company"])
        for name in expectedEditions where name != "staff" && name != "company" {
            let scope = try EditionScope(department: name, in: computed.0.organisation)
            let needles = Self.secrets(computed, scope: scope, publicText: publicText)
            for kind in ["id", "page name", "name", "pay"] {
                #expect(needles.contains { $0.what == kind }, "no \(kind) to look for outside \(name)")
            }
            let detector = LeakDetector(needles)
            let hits = detector.hits(in: try #require(editions[name]))
            #expect(hits.isEmpty, "edition \(name) leaks: \(hits.prefix(20).map(\.description).joined(separator: "; "))")
            // The same detector is not blind: the company edition holds every kind of secret.
            let found = Set(detector.hits(in: company).map(\.needle))
            for kind in ["id", "page name", "name", "pay"] {
                #expect(
                    found.contains { $0.what == kind }, "the detector finds no \(kind) of people outside \(name) in the company edition")
            }
            #expect(Set(found.filter { $0.what == "id" }) == Set(needles.filter { $0.what == "id" }))
            // … including inside the Excel downloads, which are zip files.
            let workbooks = company.filter { $0.key.hasSuffix(".xlsx") }
            #expect(!workbooks.isEmpty && !detector.hits(in: workbooks).isEmpty, "the detector finds nothing inside the company's workbooks")
        }
    }

    @Test("no department edition of the example company names, links to or pays anyone outside it")
    func exampleCompany() throws {
        try check(EditionTestSupport.exampleComputed.get(), EditionTestSupport.exampleEditions.get().0, expectedEditions: ["staff", "company", "hr", "cs", "logistics", "ops", "sales"])
    }

    @Test("no department edition of a generated company (teams, sub-departments) leaks anyone outside it")
    func generatedCompany() throws {
        try check(EditionTestSupport.generatedComputed.get(), EditionTestSupport.generatedEditions.get().0, expectedEditions: ["staff", "company", "hr", "cs", "logistics", "ops", "sales"])
    }
}
