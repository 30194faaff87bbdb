import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
import JixiaoSite
import JixiaoSynthetic
import Testing

/// An array-backed environment, as the site builder would use.
private struct BenchEnvironment: FormulaEnvironment {
    var values: [DecimalNumber?]
    var past: [[DecimalNumber?]]
    var tenureMonths: Int

    func value(slot: Int) -> DecimalNumber? { values[slot] }

    func history(slot: Int, periodsBack: Int) -> DecimalNumber? {
        let list = past[slot]
        return periodsBack <= list.count ? list[periodsBack - 1] : nil
    }
}

/// Run with `JIXIAO_BENCH=1 swift test -c release --filter FormulaBenchmark`.
@Suite("Formula benchmark", .enabled(if: ProcessInfo.processInfo.environment["JIXIAO_BENCH"] == "1"))
struct FormulaBenchmarkTests {
    /// A realistic mix of item formulas.
    static let sources = [
        "IF(attendance >= 95%, PROGRESSIVE(sales, commission), 0)",
        "ROUND(sales / target * 100, 2)",
        "score * 30% + x * 70%",
        "IFBLANK(bonus, 0) + LOOKUP(TENURE_MONTHS(), tenure_bonus)",
        "BRACKET(sales, service)",
        "CLAMP(sales / target, 0, 1.2) * 40",
        "IF(AND(score >= 90, attendance >= 0.98), 500, IF(score >= 80, 200, 0))",
        "AVG_LAST(score, 3)",
        "IFERROR(refunds / sales, 0)",
        "MAX(0, sales - refunds) * 2%",
    ]

    static func threadNanoseconds() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }

    @Test func evaluationSpeed() throws {
        let compiled = try Self.sources.map {
            try Formula.parse($0, origin: SourceLocation(file: "bench.md", line: 1, column: 1)).compile(resolver: testSymbols)
        }
        var envs: [BenchEnvironment] = []
        for person in 0..<64 {
            var values = [DecimalNumber?](repeating: nil, count: testNames.count)
            values[0] = DecimalNumber(8000 + person * 1500)  // sales
            values[1] = 50000  // target
            values[2] = DecimalNumber(units: 90 + person % 10, fractionDigits: 2)  // attendance
            values[3] = DecimalNumber(70 + person % 30)  // score
            values[4] = person % 3 == 0 ? nil : 300  // bonus
            values[6] = DecimalNumber(person * 10)  // refunds
            values[7] = DecimalNumber(person % 50)  // x
            let past = [[DecimalNumber?]](repeating: [80, nil, 75], count: testNames.count)
            envs.append(BenchEnvironment(values: values, past: past, tenureMonths: person))
        }
        let total = 3_000_000
        var checksum = Int128(0)
        var failures = 0
        var best = Double.infinity
        // Thread CPU time, so that other processes on a busy machine do not count; best of 3.
        for _ in 0..<3 {
            let start = Self.threadNanoseconds()
            var done = 0
            var e = 0
            while done < total {
                let env = envs[e & 63]
                e += 1
                for formula in compiled {
                    switch formula.evaluate(env) {
                    case .success(let value): checksum &+= value.raw
                    case .failure: failures += 1
                    }
                }
                done += compiled.count
            }
            best = min(best, Double(Self.threadNanoseconds() - start) / Double(done))
        }
        let perEvaluation = best
        print(
            "formula benchmark: \(String(format: "%.1f", perEvaluation)) ns/evaluation (thread CPU time, best of 3 × \(total); checksum \(checksum), faults \(failures)); 10M evaluations ≈ \(String(format: "%.2f", perEvaluation * 10_000_000 / 1e9)) s"
        )
        if ProcessInfo.processInfo.environment["JIXIAO_BENCH_DETAIL"] == "1" {
            for (index, formula) in compiled.enumerated() {
                let start = Self.threadNanoseconds()
                for round in 0..<200_000 {
                    if case .success(let value) = formula.evaluate(envs[round & 63]) { checksum &+= value.raw }
                }
                print(String(format: "%7.1f ns  ", Double(Self.threadNanoseconds() - start) / 200_000) + Self.sources[index])
            }
        }
        #expect(perEvaluation < 100_000)
    }
}
