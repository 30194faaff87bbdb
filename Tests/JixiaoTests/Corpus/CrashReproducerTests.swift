import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// Inputs that once crashed or hung the checker (issue 12), kept as regression tests: each
/// must now give a clear diagnostic quickly.
@Suite("Crash reproducers")
struct CrashReproducerTests {
    /// The corpus company with the bonus formula replaced.
    static func company(bonus formula: String) -> MemoryFileSystem {
        let rules = BadInputCorpus.rules.replacingOccurrences(of: "formula: 1000 * coefficient", with: "formula: \"\(formula)\"")
        var fs = BadInputCorpus.base()
        fs.files["policies/rules.md"] = Data(rules.utf8)
        return fs
    }

    @Test("a pay formula of 1,000 added terms is an error at the first operator over the limit, not a stack overflow")
    func longSum() {
        // It overflowed the stack in FormulaNode.isConstant, which recursed down the left-deep
        // tree of `1 + 1 + … + 1`; now the parser stops at operator 251 (at 4 characters per
        // term, the `+` after the 251st `1`: offset 251 × 4 − 2 = 1002 in the formula, which
        // starts at column 39 after the opening quote).
        let formula = Array(repeating: "1", count: 1000).joined(separator: " + ")
        let outcome = Checker.check(fileSystem: Self.company(bonus: formula))
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.message == "the formula has more than 250 operators")
        #expect(errors.first?.location == SourceLocation(file: "policies/rules.md", line: 27, column: 39 + 1002))
    }

    @Test("a formula of 250 operators is still fine")
    func sumAtTheLimit() {
        let formula = Array(repeating: "1", count: 251).joined(separator: " + ")
        let outcome = Checker.check(fileSystem: Self.company(bonus: formula))
        #expect(!outcome.hasErrors, "\(outcome.diagnostics.prefix(3))")
    }

    @Test("nesting as deep as the parser allows around 250 operators is checked without a crash")
    func deepestAllowed() {
        // Each ABS( costs two levels of the parser's 200; 90 of them around a 250-operator sum
        // make a syntax tree about 340 nodes deep, walked recursively by the compiler.
        let sum = Array(repeating: "1", count: 251).joined(separator: " + ")
        let formula = String(repeating: "ABS(", count: 90) + sum + String(repeating: ")", count: 90)
        let outcome = Checker.check(fileSystem: Self.company(bonus: formula))
        #expect(!outcome.hasErrors, "\(outcome.diagnostics.prefix(3))")
    }

    @Test("a 100,000-character unknown name is reported quickly, without a suggestion")
    func longUnknownName() {
        let name = String(repeating: "q", count: 100_000)
        let clock = ContinuousClock()
        var outcome: ContentLoader.Outcome?
        let elapsed = clock.measure { outcome = Checker.check(fileSystem: Self.company(bonus: name)) }
        let errors = outcome?.diagnostics.filter { $0.severity == .error } ?? []
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("unknown name 'qqq") == true)
        #expect(errors.first?.message.contains("did you mean") == false)
        // A generous bound (the check takes ~0.1 s alone; a shared CI core can stretch it 20×): it
        // catches a suggestion search over the long name, which takes minutes, not a slow machine.
        #expect(elapsed < .seconds(10), "took \(elapsed)")
    }

    @Test("an unknown key in rules is reported once")
    func unknownKeyOnce() {
        var fs = BadInputCorpus.base()
        fs.files["policies/rules.md"] = Data(BadInputCorpus.rules.replacingOccurrences(of: "  streaks:", with: "  streak:").utf8)
        let messages = Checker.check(fileSystem: fs).diagnostics.map(\.message).filter { $0.contains("\"streak\"") }
        #expect(messages == ["unknown key \"streak\" in rules"])
    }
}
