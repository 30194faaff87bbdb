import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
import JixiaoSite
import JixiaoSynthetic
import Testing

@Suite("Formula history functions")
struct FormulaHistoryTests {
    // Current period 10; one back 8; two back missing; three back 6; four back 4.
    let current: [String: DecimalNumber] = ["score": 10]
    let past: [String: [DecimalNumber?]] = ["score": [8, nil, 6, 4]]

    @Test func previous() throws {
        #expect(try value("PREV(score)", current, history: past) == 8)
        #expect(try value("PREV(score, 1)", current, history: past) == 8)
        #expect(try value("PREV(score, 3)", current, history: past) == 6)
        #expect(try value("PREV(score, 0)", current, history: past) == 10)
        #expect(try fault("PREV(score, 2)", current, history: past) == .missing("score"))
        #expect(try value("IFBLANK(PREV(score, 2), -1)", current, history: past) == -1)
        #expect(try fault("PREV(score, 9)", current, history: past) == .missing("score"))
    }

    @Test func windowsIncludeCurrentPeriodAndSkipGaps() throws {
        #expect(try value("SUM_LAST(score, 1)", current, history: past) == 10)
        #expect(try value("SUM_LAST(score, 3)", current, history: past) == 18)
        #expect(try value("COUNT_LAST(score, 3)", current, history: past) == 2)
        #expect(try value("AVG_LAST(score, 3)", current, history: past) == 9)
        #expect(try value("MIN_LAST(score, 3)", current, history: past) == 8)
        #expect(try value("MIN_LAST(score, 4)", current, history: past) == 6)
        #expect(try value("MAX_LAST(score, 5)", current, history: past) == 10)
        #expect(try value("SUM_LAST(score, 5)", current, history: past) == 28)
        #expect(try value("AVG_LAST(score, 5)", current, history: past) == 7)
        #expect(try value("SUM_LAST(score, 12)", current, history: past) == 28)
        #expect(try value("COUNT_LAST(score, 12)", current, history: past) == 4)
    }

    @Test func windowsWithoutCurrentValue() throws {
        #expect(try value("SUM_LAST(score, 2)", history: past) == 8)
        #expect(try value("COUNT_LAST(score, 2)", history: past) == 1)
        #expect(try fault("score + 1", history: past) == .missing("score"))
    }

    @Test func emptyWindows() throws {
        #expect(try value("SUM_LAST(score, 3)") == 0)
        #expect(try value("COUNT_LAST(score, 3)") == 0)
        #expect(try fault("AVG_LAST(score, 3)") == .missing("score"))
        #expect(try fault("MIN_LAST(score, 3)") == .missing("score"))
        #expect(try fault("MAX_LAST(score, 3)") == .missing("score"))
        #expect(try value("IFBLANK(AVG_LAST(score, 3), 0)") == 0)
        #expect(try value("SUM_LAST(score, 0)", current, history: past) == 0)
    }

    @Test func badPeriodCounts() throws {
        for source in ["PREV(score, 1.5)", "SUM_LAST(score, -1)", "AVG_LAST(score, 5000)"] {
            guard case .invalidArgument(let message, _) = try fault(source, current, history: past) else {
                Issue.record("expected invalid argument for \(source)")
                continue
            }
            #expect(message.contains("whole number of periods"))
        }
    }

    @Test func firstArgumentMustBeAName() {
        let error = formulaError("SUM_LAST(score * 2, 3)")
        #expect(error?.message == "the first argument of SUM_LAST must be the name of a measure")
        #expect(error?.location.column == 10)
    }
}
