import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
import JixiaoSite
import JixiaoSynthetic
import Testing

@Suite("Formula parsing and operators")
struct FormulaParsingTests {
    @Test func precedence() throws {
        #expect(try value("1+2*3") == 7)
        #expect(try value("(1+2)*3") == 9)
        #expect(try value("10-4-3") == 3)
        #expect(try value("12/3/2") == 2)
        #expect(try value("10%*200") == 20)
        #expect(try value("200*10%") == 20)
        #expect(try value("5.5%") == num("0.055"))
        #expect(try value("50%%") == num("0.005"))
        #expect(try value("2^3*2") == 16)
        #expect(try value("1+2=3") == 1)
        #expect(try value("1+1<>2") == 0)
        #expect(try value("3 == 3") == 1)
        #expect(try value("3 != 3") == 0)
    }

    @Test func unaryMinusBindsTighterThanPowerLikeExcel() throws {
        #expect(try value("-2^2") == 4)
        #expect(try value("0-2^2") == -4)
        #expect(try value("-(2^2)") == -4)
        #expect(try value("2^-1") == num("0.5"))
        #expect(try value("2*-3") == -6)
        #expect(try value("--3") == 3)
        #expect(try value("+3") == 3)
        #expect(try value("-5%") == num("-0.05"))
    }

    @Test func powerIsLeftAssociativeLikeExcel() throws {
        #expect(try value("2^3^2") == 64)
        #expect(try value("1.1^2") == num("1.21"))
        #expect(try value("0^0") == 1)
        #expect(try value("10^-2") == num("0.01"))
    }

    @Test func logicalOperators() throws {
        #expect(try value("NOT 1=2") == 1)
        #expect(try value("NOT 1=1") == 0)
        #expect(try value("not(0) + 1") == 2)
        #expect(try value("1 AND 0") == 0)
        #expect(try value("1 and 2") == 1)
        #expect(try value("0 OR 0") == 0)
        #expect(try value("0 or 5") == 1)
        #expect(try value("1 OR 0 AND 0") == 1)  // AND binds tighter than OR
        #expect(try value("1 > 0 AND 2 > 1") == 1)
        #expect(try value("NOT 0 AND 0") == 0)  // NOT binds tighter than AND
        #expect(try value("TRUE + true + FALSE") == 2)
    }

    @Test func comparisons() throws {
        #expect(try value("1 < 2") == 1)
        #expect(try value("2 <= 2") == 1)
        #expect(try value("3 > 2") == 1)
        #expect(try value("2 >= 3") == 0)
        #expect(try value("2 = 2.0") == 1)
    }

    @Test func namesAreCaseInsensitiveAndDotted() throws {
        let values: [String: DecimalNumber] = ["sales": 100, "items.sales": 7]
        #expect(try value("SALES + Items.Sales", values) == 107)
        #expect(try value("iF(sales > 50, 1, 2)", values) == 1)
    }

    @Test func fullWidthPunctuationIsAccepted() throws {
        #expect(try value("MAX（1，2）＋10％") == num("2.1"))
        #expect(try value("6 × 7 ÷ 2") == 21)
        #expect(try value("2 ≥ 1") == 1)
    }

    @Test func multiLineFormula() throws {
        #expect(try value("IF(sales > 10,\n   1,\n   2)", ["sales": 11]) == 1)
    }

    @Test func identifiersAndTables() throws {
        let formula = try Formula.parse(
            "IF(ISBLANK(Sales), 0, PROGRESSIVE(sales + items.sales, Commission)) + PREV(bonus) + SUM_LAST(score, 3)",
            origin: SourceLocation(file: "p.md", line: 1, column: 1))
        #expect(formula.identifiers == ["sales", "items.sales", "bonus", "score"])
        #expect(formula.currentPeriodIdentifiers == ["sales", "items.sales", "score"])
        #expect(formula.tableNames == ["commission"])
    }

    @Test func constantsAreFolded() throws {
        let compiled = try Formula.parse("ROUND(2 * 5.5% * 1000, 0)", origin: SourceLocation(file: "p.md")).compile(resolver: testSymbols)
        #expect(compiled.constantValue == 110)
        let variable = try Formula.parse("sales * 2", origin: SourceLocation(file: "p.md")).compile(resolver: testSymbols)
        #expect(variable.constantValue == nil)
    }
}
