import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
import JixiaoSite
import JixiaoSynthetic
import Testing

@Suite("Formula errors")
struct FormulaErrorTests {
    let origin = SourceLocation(file: "policies/sales.md", line: 12, column: 14)

    @Test func errorIsPlacedRelativeToOrigin() {
        // The fault is the 5th character ('*'): column 14 + 4 = 18.
        let error = formulaError("1 + * 2", origin: origin)
        #expect(error?.location == SourceLocation(file: "policies/sales.md", line: 12, column: 18))
        #expect(error?.message == "expected a value, found '*'")
        #expect(error?.excerpt == "1 + * 2\n    ^")
        let diagnostic = error?.diagnostic
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.excerpt == "1 + * 2\n    ^")
        #expect(diagnostic?.description.hasPrefix("policies/sales.md:12:18: error: expected a value") == true)
    }

    @Test func multiLineFormula() {
        let error = formulaError("IF(sales > 1,\n  2 3,\n  0)", origin: origin)
        #expect(error?.location == SourceLocation(file: "policies/sales.md", line: 13, column: 5))
        #expect(error?.message == "expected an operator or ',' between '2' and '3'")
        #expect(error?.excerpt == "  2 3,\n    ^")
    }

    @Test func chineseCharactersCountAsOneColumn() {
        let error = formulaError("IF(销售额 > 1, 1, 0)")
        #expect(error?.location.column == 4)
        #expect(error?.message == "unexpected character '销'")
        #expect(error?.fix?.contains("measure's id") == true)
        #expect(error?.excerpt == "IF(销售额 > 1, 1, 0)\n   ^")

        let afterWide = formulaError("MAX（sales，1））", origin: origin)
        #expect(afterWide?.message == "unmatched ')'")
        #expect(afterWide?.location.column == 14 + 12)
        #expect(afterWide?.excerpt == "MAX（sales，1））\n            ^")
    }

    @Test func unclosedParenthesis() {
        let error = formulaError("sales*(1+2")
        #expect(error?.message == "expected ')' to close '(' opened at column 7")
        #expect(error?.location.column == 11)
        let nested = formulaError("MAX(1,\n (2", origin: origin)
        #expect(nested?.message == "expected ')' to close '(' opened at line 13, column 2")
    }

    @Test func lexicalMistakes() {
        #expect(formulaError("2x")?.message == "a number may not be followed by a name")
        #expect(formulaError("2x")?.location.column == 2)
        #expect(formulaError("1.2.3")?.message == "malformed number '1.2.3'")
        #expect(formulaError("items.")?.message == "a name may not end with '.'")
        #expect(formulaError("sales & 1")?.fix?.contains("AND") == true)
        #expect(formulaError("")?.message == "the formula is empty")
        #expect(formulaError("   ")?.message == "the formula is empty")
    }

    @Test func syntaxMistakes() {
        #expect(formulaError("sales target")?.message == "expected an operator between 'sales' and 'target'")
        #expect(formulaError("2(3)")?.message == "expected an operator before '('")
        #expect(formulaError("1 +")?.message == "the formula ends too early, after '+'")
        #expect(formulaError("MAX(1,,2)")?.message == "missing argument 2 of MAX")
        #expect(formulaError("()")?.message == "empty parentheses")
        #expect(formulaError("1, 2")?.message == "unexpected ',' outside a function call")
        #expect(formulaError("AND 1")?.message == "AND needs a condition on each side")
        #expect(
            formulaError(String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500))?.message
                == "the formula is nested too deeply")
    }

    @Test func unknownFunction() {
        let error = formulaError("1 + FOO(2)")
        #expect(error?.message.hasPrefix("unknown function FOO — known functions: IF, AND, OR") == true)
        #expect(error?.location.column == 5)
        let typo = formulaError("ROUDN(2.5)")
        #expect(typo?.fix?.hasPrefix("did you mean ROUND?") == true)
    }

    @Test func wrongArity() {
        let error = formulaError("1 + IF(1)", origin: origin)
        #expect(error?.message == "IF takes 2 or 3 arguments, but 1 was given")
        #expect(error?.location.column == 18)
        #expect(error?.fix == "write IF(condition, then, else)")
        #expect(formulaError("ABS(1, 2)")?.message == "ABS takes 1 argument, but 2 were given")
        #expect(formulaError("TENURE_MONTHS(1)")?.message == "TENURE_MONTHS takes no arguments, but 1 was given")
        #expect(formulaError("CLAMP(1, 2)")?.message == "CLAMP takes 3 arguments, but 2 were given")
        #expect(formulaError("SUM()")?.message == "SUM takes at least 1 argument, but 0 were given")
    }

    @Test func unknownNameWithSuggestion() {
        let error = formulaError("IF(salse > 1, 1, 0)", origin: origin)
        #expect(error?.message == "unknown name 'salse' — did you mean 'sales'?")
        #expect(error?.location == SourceLocation(file: "policies/sales.md", line: 12, column: 17))
        #expect(error?.excerpt == "IF(salse > 1, 1, 0)\n   ^")
        let far = formulaError("qqqqqq + 1")
        #expect(far?.message == "unknown name 'qqqqqq'")
        #expect(far?.fix?.hasPrefix("known names: ") == true)
        #expect(formulaError("PREV(scroe)")?.message == "unknown name 'scroe' — did you mean 'score'?")
    }

    @Test func tables() {
        let error = formulaError("PROGRESSIVE(sales, comission)")
        #expect(error?.message == "unknown rate table 'comission' — did you mean 'commission'?")
        #expect(error?.location.column == 20)
        #expect(formulaError("RETRO(sales, nothing_like_it)")?.message == "unknown rate table 'nothing_like_it'")
        #expect(formulaError("PROGRESSIVE(sales, 3)")?.message == "the second argument of PROGRESSIVE must be the name of a rate table")
        #expect(formulaError("commission * 2")?.message == "'commission' is a rate table, not a value")
    }

    @Test func reservedWordsAndKeywords() {
        #expect(formulaError("NOT")?.message == "the formula ends too early, after 'NOT'")
        #expect(formulaError("1 + NOT 0")?.message == "NOT without parentheses must start a condition")
        #expect(formulaError("1 + NOT 0")?.location.column == 5)
        #expect(formulaError("1 OR")?.message == "the formula ends too early, after 'OR'")
    }
}
