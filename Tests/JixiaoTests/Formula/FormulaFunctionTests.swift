import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
import JixiaoSite
import JixiaoSynthetic
import Testing

@Suite("Formula functions")
struct FormulaFunctionTests {
    @Test func ifIsLazy() throws {
        #expect(try value("IF(1, 10, 20)") == 10)
        #expect(try value("IF(0, 10, 20)") == 20)
        #expect(try value("IF(0, 10)") == 0)
        #expect(try value("IF(-0.5, 10, 20)") == 10)
        // The branch not taken would fault (division by zero, missing value): not evaluated.
        #expect(try value("IF(target = 0, 0, sales / target)", ["sales": 10, "target": 0]) == 0)
        #expect(try value("IF(1, 5, sales)") == 5)
        #expect(try fault("IF(0, 5, sales)") == .missing("sales"))
        #expect(try fault("IF(sales, 1, 2)") == .missing("sales"))
    }

    @Test func logicalFunctions() throws {
        #expect(try value("AND(1, 2, 3)") == 1)
        #expect(try value("AND(1, 0, 3)") == 0)
        #expect(try value("OR(0, 0, 3)") == 1)
        #expect(try value("OR(0)") == 0)
        #expect(try value("NOT(0)") == 1)
        #expect(try value("NOT(7)") == 0)
    }

    @Test func aggregates() throws {
        #expect(try value("MIN(3, -1, 2)") == -1)
        #expect(try value("MAX(3, -1, 2)") == 3)
        #expect(try value("MAX(4)") == 4)
        #expect(try value("SUM(1, 2, 3.5)") == num("6.5"))
        #expect(try value("AVERAGE(1, 2, 4)") == num("2.333333"))
        #expect(try value("AVERAGE(1, 2)") == num("1.5"))
    }

    @Test func rounding() throws {
        #expect(try value("ROUND(2.5)") == 3)
        #expect(try value("ROUND(-2.5)") == -3)
        #expect(try value("ROUND(1.2345, 2)") == num("1.23"))
        #expect(try value("ROUND(1.235, 2)") == num("1.24"))
        #expect(try value("ROUND(1250, -2)") == 1300)
        #expect(try value("ROUND(1.5, 9)") == num("1.5"))
        #expect(try value("ROUNDDOWN(1.999, 2)") == num("1.99"))
        #expect(try value("ROUNDDOWN(-1.999, 0)") == -1)
        #expect(try value("ROUNDDOWN(1299, -2)") == 1200)
        if case .invalidArgument = try fault("ROUND(1, 0.5)") {} else { Issue.record("expected invalid argument") }
    }

    @Test func absAndClamp() throws {
        #expect(try value("ABS(-3.5)") == num("3.5"))
        #expect(try value("ABS(2)") == 2)
        #expect(try value("CLAMP(5, 0, 3)") == 3)
        #expect(try value("CLAMP(-5, 0, 3)") == 0)
        #expect(try value("CLAMP(2, 0, 3)") == 2)
        if case .invalidArgument(let message, _) = try fault("CLAMP(1, 5, 3)") {
            #expect(message.contains("CLAMP"))
        } else {
            Issue.record("expected invalid argument")
        }
    }

    @Test func missingValuesPropagateUntilCaught() throws {
        #expect(try fault("sales * 2 + 1") == .missing("sales"))
        #expect(try fault("MAX(sales, 1)") == .missing("sales"))
        #expect(try value("ISBLANK(sales)") == 1)
        #expect(try value("ISBLANK(sales)", ["sales": 0]) == 0)
        #expect(try value("ISBLANK(sales * 2 + target)", ["sales": 1]) == 1)
        #expect(try value("IFBLANK(sales, 7)") == 7)
        #expect(try value("IFBLANK(sales, 7)", ["sales": 3]) == 3)
        #expect(try value("IFBLANK(sales, 0) * 2 + 1") == 1)
        #expect(try value("IFERROR(sales, 8)") == 8)
        #expect(try value("IFBLANK(sales, IFBLANK(target, 9))") == 9)
        #expect(try fault("IFBLANK(sales, target)") == .missing("target"))
    }

    @Test func divisionByZeroAndOverflow() throws {
        let location = SourceLocation(file: "policies/test.md", line: 1, column: 6)
        #expect(try fault("sales/target", ["sales": 1, "target": 0]) == .divisionByZero(location))
        #expect(try value("IFERROR(sales/target, -1)", ["sales": 1, "target": 0]) == -1)
        // IFBLANK does not hide a division by zero; one by a constant 0 is an error before any data is read.
        do {
            _ = try fault("IFBLANK(1/0, 5)")
            Issue.record("expected a compile error")
        } catch let error as FormulaError {
            #expect(error.location == SourceLocation(file: "policies/test.md", line: 1, column: 10))
            #expect(error.message == "division by zero: the divisor here is always 0")
        }
        #expect(try value("ISBLANK(IFERROR(1/0, sales))") == 1)
        if case .overflow = try fault("1000000000000000^3") {} else { Issue.record("expected overflow") }
        #expect(try value("IFERROR(1000000000000000^3, 1)") == 1)
        #expect(try value("IFERROR(0^-1, 2)") == 2)
        if case .invalidArgument = try fault("2^0.5") {} else { Issue.record("expected invalid argument") }
    }

    @Test func faultMessages() throws {
        let missing = FormulaFault.missing("sales")
        #expect(missing.message == "'sales' has no value")
        #expect(missing.fix.contains("IFBLANK"))
        let place = SourceLocation(file: "p.md", line: 3, column: 9)
        let diagnostic = FormulaFault.divisionByZero(place).diagnostic(at: SourceLocation(file: "p.md", line: 3, column: 1))
        #expect(diagnostic.location == place)
        #expect(diagnostic.message == "division by zero")
        #expect(FormulaFault.overflow(place).description == "p.md:3:9: the result is too large to compute")
    }

    @Test func tenure() throws {
        #expect(try value("TENURE_MONTHS()", tenure: 30) == 30)
        #expect(try value("TENURE_YEARS()", tenure: 35) == 2)
        #expect(try value("TENURE_YEARS()", tenure: 11) == 0)
        #expect(try value("LOOKUP(TENURE_MONTHS(), tenure_bonus)", tenure: 13) == 10000)
    }

    @Test func tableFunctionsInFormulas() throws {
        #expect(try value("PROGRESSIVE(sales, commission)", ["sales": 25000]) == 300)
        #expect(try value("BRACKET(sales, service)", ["sales": 22000]) == 860)
        #expect(try value("RETRO(sales, retro)", ["sales": 15000]) == 400)
        #expect(try value("LOOKUP(5, tenure_bonus)") == 0)
        #expect(try fault("PROGRESSIVE(sales, commission)") == .missing("sales"))
    }
}

@Suite("Formula machine limits")
struct FormulaMachineTests {
    @Test func deepStacksAndHandlersUseTheHeapPath() throws {
        let many = "SUM(" + Array(repeating: "sales", count: 40).joined(separator: ", ") + ")"
        #expect(try value(many, ["sales": 2]) == 80)
        let nested = String(repeating: "IFERROR(", count: 6) + "sales/target" + String(repeating: ", 1)", count: 6)
        #expect(try value(nested, ["sales": 1, "target": 0]) == 1)
        #expect(try value(nested, ["sales": 6, "target": 3]) == 2)
        let blanks = String(repeating: "IFBLANK(", count: 6) + "sales" + String(repeating: ", 5)", count: 6)
        #expect(try value(blanks) == 5)
    }

    @Test func symbolsAreCaseInsensitive() throws {
        let symbols = FormulaSymbols(slots: ["Sales": 0], tables: ["Commission": commissionTable])
        #expect(symbols.slot(for: "SALES") == 0)
        #expect(symbols.table(named: "commission") != nil)
        let compiled = try Formula.parse("PROGRESSIVE(sales, COMMISSION)", origin: SourceLocation(file: "p.md", line: 4, column: 9))
            .compile(resolver: symbols)
        #expect(compiled.evaluate(TestEnvironment(values: [0: 30000])) == .success(400))
        #expect(compiled.source == "PROGRESSIVE(sales, COMMISSION)")
        let fault = compiled.evaluate(TestEnvironment())
        #expect(fault == .failure(.missing("sales")))
        if case .failure(let f) = fault {
            let diagnostic = compiled.diagnostic(for: f)
            #expect(diagnostic.location == SourceLocation(file: "p.md", line: 4, column: 9))
            #expect(diagnostic.message == "'sales' has no value")
        }
    }
}
