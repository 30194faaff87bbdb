import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
import JixiaoSite
import JixiaoSynthetic
import Testing

@Suite("Rate tables")
struct RateTableTests {
    @Test(arguments: [
        ("0", "0"), ("9999.99", "0"), ("10000", "100"), ("20000", "200"), ("25000", "300"),
        ("30000", "400"), ("50000", "1000"), ("80000", "2500"), ("120000", "5300"), ("150000", "8300"),
    ])
    func progressiveCommission(amount: String, expected: String) throws {
        #expect(commissionTable.progressive(num(amount)) == num(expected))
        #expect(try value("PROGRESSIVE(\(amount), commission)") == num(expected))
    }

    @Test func progressiveWithoutMinimumStartsAtFirstBound() {
        let table = RateTable(brackets: [.over(5000, rate: num("10%")), .over(8000, rate: num("20%"))])
        #expect(table.progressive(4000) == 0)
        #expect(table.progressive(5000) == 0)
        #expect(table.progressive(6000) == 100)
        #expect(table.progressive(10000) == 700)
        #expect(table.progressive(-3) == 0)
    }

    @Test(arguments: [
        ("0", "0"), ("20000", "0"), ("20000.01", "750.00055"), ("22000", "860"), ("25000", "1025"),
        ("25000.01", "1025.0004"), ("30000", "1225"),
    ])
    func bracketQuickCalculation(amount: String, expected: String) throws {
        #expect(serviceTable.bracket(num(amount)) == num(expected))
        #expect(try value("BRACKET(\(amount), service)") == num(expected))
    }

    @Test func bracketWithQuickDeduction() {
        // Income tax style: whole amount times rate minus a quick deduction.
        let tax = RateTable(brackets: [
            .over(0, rate: num("3%"), base: 0),
            .over(36000, rate: num("10%"), fixed: -2520, base: 0),
        ])
        #expect(tax.bracket(36000) == 1080)
        #expect(tax.bracket(40000) == 1480)
    }

    @Test func retroactive() {
        #expect(retroTable.retroactive(0) == 0)
        #expect(retroTable.retroactive(9999) == num("99.99"))
        #expect(retroTable.retroactive(10000) == 300)
        #expect(retroTable.retroactive(20000) == 500)
        #expect(retroTable.retroactive(20001) == num("600.03"))
        #expect(retroTable.retroactive(-1) == 0)
        let withMinimum = RateTable(minimum: 10000, brackets: commissionTable.brackets)
        #expect(withMinimum.retroactive(9999) == 0)
        #expect(withMinimum.retroactive(30000) == 600)
        #expect(withMinimum.retroactive(30001) == num("900.03"))
    }

    @Test func lookup() {
        #expect(bonusTable.lookup(0) == 0)
        #expect(bonusTable.lookup(5) == 0)
        #expect(bonusTable.lookup(6) == 4000)
        #expect(bonusTable.lookup(11) == 4000)
        #expect(bonusTable.lookup(12) == 10000)
        #expect(bonusTable.lookup(120) == 10000)
    }

    @Test func bracketsAndBounds() {
        #expect(commissionTable.bracketIndex(containing: 20000) == 0)
        #expect(commissionTable.bracketIndex(containing: num("20000.01")) == 1)
        #expect(commissionTable.bracketIndex(containing: -1) == nil)
        #expect(commissionTable.upperBound(ofBracketAt: 0) == 20000)
        #expect(commissionTable.upperBound(ofBracketAt: 5) == nil)
        #expect(commissionTable.brackets[1].boundText == "> 20000")
        #expect(commissionTable.evaluate(.progressive, 50000) == 1000)
        #expect(RateTableMethod.retroactive.functionName == "RETRO")
    }

    @Test func overflowIsReportedNotTrapped() throws {
        let huge = DecimalNumber(raw: Int128.max / 2)
        let table = RateTable(brackets: [.from(0, rate: 1000)])
        #expect(table.progressive(huge) == nil)
        #expect(table.retroactive(huge) == nil)
        #expect(table.bracket(huge) == nil)
    }

    @Test func validation() {
        #expect(commissionTable.validate().isEmpty)
        #expect(serviceTable.validate().isEmpty)
        #expect(bonusTable.validate().isEmpty)
        #expect(RateTable(brackets: []).validate() == ["the table has no brackets"])
        let bad = RateTable(
            minimum: -1,
            brackets: [
                .from(100, rate: num("1%")),
                .from(50, rate: num("-2%"), value: 3),
            ])
        let problems = bad.validate()
        #expect(problems.count == 4)
        #expect(problems.contains { $0.contains("negative rate") })
        #expect(problems.contains { $0.contains("ascending order") })
        #expect(problems.contains { $0.contains("minimum") })
        #expect(problems.contains { $0.contains("have a value") })
        // `from 20000` then `over 20000` is a legal one-point bracket.
        #expect(RateTable(brackets: [.from(20000), .over(20000)]).validate().isEmpty)
        #expect(!RateTable(brackets: [.over(20000), .from(20000)]).validate().isEmpty)
    }
}
