import PropertyBased
import Testing

@testable import JixiaoCore
@testable import JixiaoRules

/// Property-based tests of the rate tables (issue 13): random tables and amounts against an
/// integer oracle. Amounts are whole cents and rates whole tenths of a percent, so every
/// exact result is a whole number of 0.00001 yuan (the oracle's unit) and no rounding hides
/// a mistake.
@Suite("Properties: rate tables")
struct RateTablePropertyTests {
    /// A table from bracket widths (cents), rates (‰) and bound kinds; the first bracket starts at 0.
    static func table(widths: [Int], rates: [Int], inclusive: [Bool], fixed: [Int] = []) -> (RateTable, lowers: [Int]) {
        var lowers = [0]
        for w in widths.dropLast() { lowers.append(lowers.last! + w) }
        let brackets = lowers.indices.map { i in
            RateBracket(
                lower: cents(lowers[i]), inclusive: i == 0 || inclusive[i % inclusive.count], rate: permille(rates[i % rates.count]),
                fixed: fixed.isEmpty ? .zero : cents(fixed[i % fixed.count]))
        }
        return (RateTable(brackets: brackets), lowers)
    }

    static func cents(_ c: Int) -> DecimalNumber { DecimalNumber(units: c, fractionDigits: 2) }
    static func permille(_ p: Int) -> DecimalNumber { DecimalNumber(units: p, fractionDigits: 3) }
    /// A value in the oracle's unit (0.00001) as a decimal.
    static func oracle(_ units: Int128) -> DecimalNumber { DecimalNumber(raw: units * 10) }

    /// The bracket index by definition: the last bracket whose bound the amount reaches.
    static func index(of amount: Int, lowers: [Int], table: RateTable) -> Int {
        var found = 0
        for (i, b) in table.brackets.enumerated() where i > 0 {
            if b.inclusive ? amount >= lowers[i] : amount > lowers[i] { found = i } else { break }
        }
        return found
    }

    @Test("PROGRESSIVE equals the sum of each bracket's slice times its rate, exactly")
    func progressiveSumOfSlices() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 1...5_000_000).array(of: 1...6), Gen.int(in: 0...200).array(of: 6...6),
            Gen.int(in: 0...40_000_000).array(of: 1...12)
        ) { widths, rates, amounts in
            let (table, lowers) = Self.table(widths: widths, rates: rates, inclusive: [true, false])
            for amount in amounts {
                var units: Int128 = 0
                for i in lowers.indices {
                    let upper = i + 1 < lowers.count ? min(amount, lowers[i + 1]) : amount
                    if upper > lowers[i] { units += Int128(upper - lowers[i]) * Int128(rates[i % rates.count]) }
                }
                #expect(table.progressive(Self.cents(amount)) == Self.oracle(units), "amount \(amount) cents")
            }
        }
    }

    @Test("PROGRESSIVE is continuous at every boundary and never decreases (rates ≥ 0, no fixed amounts)")
    func progressiveContinuousAndMonotone() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 2...5_000_000).array(of: 2...6), Gen.int(in: 0...200).array(of: 6...6),
            Gen.bool().array(of: 6...6)
        ) { widths, rates, inclusive in
            let (table, lowers) = Self.table(widths: widths, rates: rates, inclusive: inclusive)
            let cent = Self.cents(1)
            for (i, lower) in lowers.enumerated() where i > 0 {
                let at = Self.cents(lower)
                let below = table.progressive(at - cent)!, exact = table.progressive(at)!, above = table.progressive(at + cent)!
                // One cent below the bound is taxed at the bracket below, one cent above at this one.
                #expect(exact - below == cent * Self.permille(rates[(i - 1) % rates.count]), "bound \(lower)")
                #expect(above - exact == cent * Self.permille(rates[i % rates.count]), "bound \(lower)")
                #expect(below <= exact && exact <= above)
            }
        }
    }

    @Test("RETRO pays the whole amount at the reached bracket's rate; the jump at a bound is bound × rate difference")
    func retroactive() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 1...5_000_000).array(of: 1...6), Gen.int(in: 0...200).array(of: 6...6),
            Gen.int(in: 0...40_000_000).array(of: 1...12)
        ) { widths, rates, amounts in
            let (table, lowers) = Self.table(widths: widths, rates: rates, inclusive: [true, false])
            for amount in amounts {
                let i = Self.index(of: amount, lowers: lowers, table: table)
                #expect(table.retroactive(Self.cents(amount)) == Self.oracle(Int128(amount) * Int128(rates[i % rates.count])))
                #expect(table.bracketIndex(containing: Self.cents(amount)) == i)
            }
        }
    }

    @Test("a quick-deduction BRACKET table built from a progressive one gives the same amount everywhere")
    func quickDeductionEqualsProgressive() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 1...5_000_000).array(of: 1...6), Gen.int(in: 0...200).array(of: 6...6),
            Gen.int(in: 0...40_000_000).array(of: 1...12)
        ) { widths, rates, amounts in
            let (progressive, _) = Self.table(widths: widths, rates: rates, inclusive: [true])
            // 速算: each bracket pays (amount − lower) × rate + (progressive amount at its lower bound).
            var quick = progressive
            for i in quick.brackets.indices { quick.brackets[i].fixed = progressive.progressive(quick.brackets[i].lower)! }
            for amount in amounts {
                #expect(quick.bracket(Self.cents(amount)) == progressive.progressive(Self.cents(amount)), "amount \(amount) cents")
            }
        }
    }

    @Test("below the minimum every method pays 0; at the minimum it pays as without one")
    func minimum() async {
        await propertyCheck(
            count: 200, input: Gen.int(in: 1...5_000_000).array(of: 1...6), Gen.int(in: 1...200).array(of: 6...6),
            Gen.int(in: 1...10_000_000)
        ) { widths, rates, minimum in
            let (plain, _) = Self.table(widths: widths, rates: rates, inclusive: [true])
            var table = plain
            table.minimum = Self.cents(minimum)
            for method in [RateTableMethod.progressive, .bracket, .retroactive, .lookup] {
                #expect(table.evaluate(method, Self.cents(minimum - 1)) == .zero)
                #expect(table.evaluate(method, Self.cents(minimum)) == plain.evaluate(method, Self.cents(minimum)))
            }
        }
    }
}
