import JixiaoCore
import Testing

@testable import JixiaoRules

/// The packed fields of the records a large company holds hundreds of thousands of give back
/// exactly what was stored, and keep the records at the sizes their doc comments state.
@Suite("Packed record fields")
struct PackedFieldTests {
    /// A record with every packed wrapper, as the results use them.
    struct Record {
        @PackedDecimal var amount: DecimalNumber?
        @PackedIndex var policy: Int?
        @PackedCount var employee: Int
    }

    @Test("decimals round-trip: none, zero, signs, cents, the input limit and both halves of Int128")
    func decimals() {
        let raws: [Int128] = [
            0, 1, -1, 85_500_000, -3_250_000, Int128(UInt64.max), -Int128(UInt64.max), Int128(UInt64.max) + 1,
            Int128(Int64.min), DecimalNumber.maxInputMagnitude * DecimalNumber.scale,
            -DecimalNumber.maxInputMagnitude * DecimalNumber.scale, Int128.max, Int128.min + 1,
        ]
        for raw in raws {
            var record = Record(amount: DecimalNumber(raw: raw), policy: nil, employee: 0)
            #expect(record.amount == DecimalNumber(raw: raw), "raw \(raw)")
            record.amount = nil
            #expect(record.amount == nil)
        }
        #expect(Record(amount: nil, policy: nil, employee: 0).amount == nil)
    }

    @Test("indexes and counts round-trip; none stays none; 0 is an index, not none")
    func indexes() {
        for value in [0, 1, 7, 20_000, Int(Int32.max)] {
            var record = Record(amount: nil, policy: value, employee: value)
            #expect(record.policy == value)
            #expect(record.employee == value)
            record.policy = nil
            #expect(record.policy == nil)
            record.employee += 1
            #expect(record.employee == min(value + 1, Int(Int32.max)))
        }
    }

    @Test("a stage's days round-trip, handed in or not")
    func stageDays() {
        let due = Day(year: 2026, month: 2, day: 28)!, late = Day(year: 2026, month: 3, day: 2)!
        var status = StageStatus(
            stage: "self", policy: 4, isReview: false, due: due, submitted: late, reviewer: "E0001", state: .late)
        #expect(status.due == due)
        #expect(status.submitted == late)
        #expect(status.daysLate == 2)
        #expect(status.policy == 4)
        status.submitted = nil
        #expect(status.submitted == nil)
        #expect(status.daysLate == 0)
        let before1970 = Day(year: 1969, month: 12, day: 31)!
        let early = StageStatus(
            stage: "self", policy: 0, isReview: false, due: before1970, submitted: nil, reviewer: nil, state: .missing)
        #expect(early.due == before1970)
    }

    @Test("a result's fields read back as set; results, period scores and lines keep their packed sizes")
    func sizes() {
        var result = PersonMonthResult(
            employee: 9_999, month: Month(year: 2026, month: 11)!, department: "D01", role: "cs-agent", status: .regular,
            hasData: true, assessment: .assessed)
        result.score = DecimalNumber(units: 875, fractionDigits: 1)
        result.gradeIndex = 0
        result.level = 3
        #expect(result.employee == 9_999)
        #expect(result.month == Month(year: 2026, month: 11)!)
        #expect(result.score == DecimalNumber(units: 875, fractionDigits: 1))
        #expect(result.gradeIndex == 0)
        #expect(result.level == 3)
        #expect(result.coefficient == nil)
        #expect(result.scorecardPolicy == nil)
        #expect(result.payTotal == nil)
        #expect(MemoryLayout<PersonMonthResult>.stride == 208)
        #expect(MemoryLayout<PeriodScore>.stride == 128)
        #expect(MemoryLayout<ItemScore>.stride == 40)
        #expect(MemoryLayout<PayLine>.stride == 40)
        #expect(MemoryLayout<RequirementProgress>.stride == 56)
        #expect(MemoryLayout<StageStatus>.stride == 48)
        #expect(MemoryLayout<PackedDecimal>.stride == 16)
        #expect(MemoryLayout<PackedIndex>.stride == 4)
    }
}
