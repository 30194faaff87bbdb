import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Dates, separators and patterns come from the locale files, not from Swift.
@Suite("Locale patterns")
struct LocalizationPatternTests {
    static func locale(_ name: String) throws -> Localization {
        let text = try String(contentsOfFile: SiteBuildTests.templates + "/locales/\(name).yaml", encoding: .utf8)
        return try Localization.parse(text, file: name, locale: name, currency: "CNY").get()
    }

    @Test("months, days, quarters and years in each locale's own patterns")
    func dates() throws {
        let zh = try Self.locale("zh-CN"), en = try Self.locale("en")
        let november = try #require(Month(parsing: "2026-11"))
        #expect(zh.month(november) == "2026年11月")
        #expect(en.month(november) == "Nov 2026")
        #expect(zh.period(.quarter(of: november)) == "2026年第4季度")
        #expect(en.period(.quarter(of: november)) == "Q4 2026")
        #expect(zh.period(.year(of: november)) == "2026年")
        #expect(en.period(.year(of: november)) == "2026")
        #expect(en.labelled("Current month", "Nov 2026") == "Current month: Nov 2026")
        #expect(zh.labelled("当前月份", "2026年11月") == "当前月份：2026年11月")
        #expect(en.format("rows_shown", ["shown": "200", "total": "10000"]) == " (200 / 10000)")
    }

    @Test("a locale pattern is filled in one pass: every field, unknown fields kept, values never read again")
    func fillingPatterns() {
        #expect(Localization.filling("{a} of {b}, {a}!", ["a": "3", "b": "12"]) == "3 of 12, 3!")
        #expect(Localization.filling("{{a}} {c} {", ["a": "x"]) == "{x} {c} {")
        #expect(Localization.filling("无字段", ["a": "x"]) == "无字段")
        #expect(Localization.filling("{from} – {to}", ["from": "2023年12月", "to": "{from}"]) == "2023年12月 – {from}")
        #expect(Localization.filling("{a}{a}", ["a": "", "a": "y"]) == "")
        #expect(Localization.filling("前{名}后", ["名": "值"]) == "前值后")
    }

    @Test("a pattern keeps unknown fields and text as written")
    func patternParsing() {
        let pattern = DatePattern("{day}.{month}.{year} {era} {")
        #expect(pattern.format(year: 2026, month: 3, day: 1, monthNames: []) == "1.3.2026 {era} {")
        #expect(DatePattern("{month_name}").format(year: 2026, month: 13, monthNames: ["Jan"]) == "13")
    }

    @Test("both locale files define every key the generator uses")
    func generatorKeys() throws {
        for name in ["zh-CN", "en"] {
            let loc = try Self.locale(name)
            for key in Localization.generatorKeys { #expect(loc.strings[key] != nil, "\(name): \(key)") }
            #expect(loc.strings["month_names"]?.split(separator: " ").count == 12)
        }
    }
}
