import PropertyBased
import Testing

@testable import JixiaoCore

/// Property-based tests of money arithmetic (issue 13): sums of cents are exact, rounding to
/// cents is half away from zero, and numbers survive being written and read back.
@Suite("Properties: decimal money")
struct DecimalPropertyTests {
    @Test("a sum of amounts in cents is exactly the integer sum, whatever the order")
    func exactSums() async {
        await propertyCheck(count: 300, input: Gen.int(in: -100_000_000_00...100_000_000_00).array(of: 0...200)) { amounts in
            let values = amounts.map { DecimalNumber(units: $0, fractionDigits: 2) }
            let total = values.reduce(DecimalNumber.zero, +)
            #expect(total == DecimalNumber(units: amounts.reduce(0, +), fractionDigits: 2))
            #expect(values.reversed().reduce(DecimalNumber.zero, +) == total)
        }
    }

    @Test("rounding to cents is half away from zero on the sixth decimal place's value")
    func halfUpToCents() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: -10_000_000_000_000...10_000_000_000_000)) { micro in
            // The oracle on millionths: the remainder beyond cents decides, 5,000 and more rounds away from zero.
            let magnitude = abs(micro), remainder = magnitude % 10_000
            let centsMagnitude = magnitude / 10_000 + (remainder >= 5_000 ? 1 : 0)
            let expected = DecimalNumber(units: micro < 0 ? -centsMagnitude : centsMagnitude, fractionDigits: 2)
            #expect(DecimalNumber(raw: Int128(micro)).roundedToCents == expected, "\(micro) millionths")
        }
    }

    @Test("a number written with two places, or in its shortest form, reads back as itself")
    func roundTrip() async {
        await propertyCheck(count: 1_000, input: Gen.int(in: -100_000_000_000...100_000_000_000)) { cents in
            let value = DecimalNumber(units: cents, fractionDigits: 2)
            #expect(DecimalNumber(parsing: value.formatted(places: 2)) == value)
            #expect(DecimalNumber(parsing: value.plainText) == value)
        }
    }

    @Test("months: advancing and measuring distance are inverse; quarters hold three months")
    func months() async {
        await propertyCheck(count: 500, input: Gen.int(in: 1990 * 12...2100 * 12), Gen.int(in: -600...600)) { index, step in
            let month = Month(index: index)
            #expect(month.advanced(by: step).distance(to: month) == -step)
            #expect(Month(parsing: month.description) == month)
            #expect(month.quarter == (month.month + 2) / 3)
        }
    }
}
