/// An exact decimal number with six fractional digits, used for every score, measure and
/// amount of money Jixiao computes.
///
/// Binary floating point cannot represent `0.1` or `5.5%` exactly, so pay computed with
/// `Double` drifts by fractions of a cent. `DecimalNumber` stores the value as an integer
/// count of millionths (`raw`), in 128 bits so that sums over a large company cannot
/// overflow. Addition and subtraction are exact; multiplication and division round the
/// result to six places half away from zero. Money is rounded to 0.01 (half-up) only when
/// a pay item is finalised (see `roundedToCents`).
public struct DecimalNumber: Sendable, Hashable, Comparable, Codable {
    /// The value in millionths: `1.5` is stored as `1_500_000`.
    public var raw: Int128

    /// Number of fractional digits kept.
    public static let places = 6
    /// `10^places`.
    public static let scale: Int128 = 1_000_000
    /// Largest magnitude accepted from data (one quadrillion); keeps every product in range.
    public static let maxInputMagnitude: Int128 = 1_000_000_000_000_000

    /// Zero.
    public static let zero = DecimalNumber(raw: 0)
    /// One.
    public static let one = DecimalNumber(raw: scale)
    /// One hundred.
    public static let hundred = DecimalNumber(raw: 100 * scale)

    /// Creates a number from its raw count of millionths.
    public init(raw: Int128) { self.raw = raw }

    /// Creates a number from a whole value.
    public init(_ value: Int) { self.raw = Int128(value) * Self.scale }

    /// Creates `units / 10^fractionDigits` exactly when `fractionDigits <= 6`, else rounded.
    public init(units: Int, fractionDigits: Int) {
        var value = Int128(units)
        if fractionDigits <= Self.places {
            for _ in 0..<(Self.places - fractionDigits) { value *= 10 }
            self.raw = value
        } else {
            var divisor: Int128 = 1
            for _ in 0..<(fractionDigits - Self.places) { divisor *= 10 }
            self.raw = Self.divideRounded(value, divisor)
        }
    }

    /// Whether the number is exactly zero.
    public var isZero: Bool { raw == 0 }
    /// Whether the number is below zero.
    public var isNegative: Bool { raw < 0 }
    /// The absolute value.
    public var magnitude: DecimalNumber { DecimalNumber(raw: raw < 0 ? -raw : raw) }

    /// An approximation as `Double`, for chart geometry only (never for money). Through
    /// `Int64` when the value fits (every score and pay total does): the same correctly rounded
    /// `Double` as the generic `Int128` conversion, which took 2 % of a site build in charts.
    public var doubleValue: Double {
        guard let small = Int64(exactly: raw) else { return Double(raw) / 1_000_000.0 }
        return Double(small) / 1_000_000.0
    }

    /// The whole part, truncated toward zero.
    public var truncatedInt: Int { Int(clamping: raw / Self.scale) }

    /// Comparison by value.
    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool { lhs.raw < rhs.raw }

    /// Exact sum.
    public static func + (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber {
        DecimalNumber(raw: lhs.raw &+ rhs.raw)
    }

    /// Exact difference.
    public static func - (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber {
        DecimalNumber(raw: lhs.raw &- rhs.raw)
    }

    /// Negation.
    public static prefix func - (value: DecimalNumber) -> DecimalNumber {
        DecimalNumber(raw: 0 &- value.raw)
    }

    /// In-place sum.
    public static func += (lhs: inout DecimalNumber, rhs: DecimalNumber) { lhs = lhs + rhs }

    /// In-place difference.
    public static func -= (lhs: inout DecimalNumber, rhs: DecimalNumber) { lhs = lhs - rhs }

    /// Product rounded to six places; `nil` when the result is out of range.
    public func multiplied(by other: DecimalNumber) -> DecimalNumber? {
        let (product, overflow) = raw.multipliedReportingOverflow(by: other.raw)
        if overflow { return nil }
        return DecimalNumber(raw: Self.divideRounded(product, Self.scale))
    }

    /// Quotient rounded to six places; `nil` when dividing by zero or out of range.
    public func divided(by other: DecimalNumber) -> DecimalNumber? {
        if other.raw == 0 { return nil }
        let (numerator, overflow) = raw.multipliedReportingOverflow(by: Self.scale)
        if overflow { return nil }
        return DecimalNumber(raw: Self.divideRounded(numerator, other.raw))
    }

    /// Product for values known to be in range (clamps instead of trapping).
    public static func * (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber {
        lhs.multiplied(by: rhs) ?? DecimalNumber(raw: (lhs.raw < 0) != (rhs.raw < 0) ? Int128.min / 2 : Int128.max / 2)
    }

    /// Quotient; division by zero gives zero (callers that care use `divided(by:)`).
    public static func / (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber {
        lhs.divided(by: rhs) ?? .zero
    }

    /// The number rounded to `places` fractional digits, half away from zero ("half-up" as
    /// accountants use it).
    public func rounded(places: Int) -> DecimalNumber {
        let places = max(0, min(places, Self.places))
        var unit: Int128 = 1
        for _ in 0..<(Self.places - places) { unit *= 10 }
        return DecimalNumber(raw: Self.divideRounded(raw, unit) * unit)
    }

    /// Money rounding: to 0.01, half-up. The single point where pay amounts are rounded.
    public var roundedToCents: DecimalNumber { rounded(places: 2) }

    /// Largest whole number not above the value.
    public var floor: DecimalNumber {
        var q = raw / Self.scale
        if raw < 0 && raw % Self.scale != 0 { q -= 1 }
        return DecimalNumber(raw: q * Self.scale)
    }

    /// Integer division of `a` by `b` rounding half away from zero.
    static func divideRounded(_ a: Int128, _ b: Int128) -> Int128 {
        let q = a / b
        let r = a % b
        let twice = (r < 0 ? -r : r) * 2
        let bAbs = b < 0 ? -b : b
        if twice >= bAbs {
            return ((a < 0) != (b < 0)) ? q - 1 : q + 1
        }
        return q
    }

    /// Plain text with exactly `places` fractional digits, e.g. `1234.50`; no grouping.
    public func formatted(places: Int) -> String {
        let places = max(0, min(places, Self.places))
        return Self.text(of: rounded(places: places).raw, minFraction: places, maxFraction: places)
    }

    /// Shortest exact text: `12.5`, `3`, `-0.125`.
    public var plainText: String { Self.text(of: raw, minFraction: 0, maxFraction: Self.places) }

    /// Writes `raw` millionths as decimal text with between `minFraction` and `maxFraction`
    /// (at most 6) fractional digits, trailing zeros beyond `minFraction` dropped, without
    /// Foundation. Every real figure fits 64 bits and is divided in hardware.
    package static func text(of raw: Int128, minFraction: Int, maxFraction: Int) -> String {
        let negative = raw < 0
        let magnitude = negative ? UInt128(0 &- raw) : UInt128(raw)
        if magnitude <= UInt128(UInt64.max) {
            let m = UInt64(magnitude)
            return text(
                whole: m / UInt64(scale), fraction: m % UInt64(scale), negative: negative,
                minFraction: minFraction, maxFraction: maxFraction)
        }
        return text(
            whole: magnitude / UInt128(scale), fraction: UInt64(magnitude % UInt128(scale)), negative: negative,
            minFraction: minFraction, maxFraction: maxFraction)
    }

    /// The text of a whole part and a 6-digit fraction (millionths), written from the end
    /// into a small buffer: up to 39 whole digits, a point, 6 fraction digits and a sign.
    private static func text<Whole: FixedWidthInteger & UnsignedInteger>(
        whole: Whole, fraction: UInt64, negative: Bool,
        minFraction: Int, maxFraction: Int
    ) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer -> String in
            var end = buffer.count
            // Keep the first `maxFraction` digits, then drop trailing zeros down to `minFraction`.
            var kept = fraction
            for _ in maxFraction..<places { kept /= 10 }
            var count = maxFraction
            while count > minFraction, kept % 10 == 0 { kept /= 10; count -= 1 }
            if count > 0 {
                for _ in 0..<count { end -= 1; buffer[end] = UInt8(48 + kept % 10); kept /= 10 }
                end -= 1
                buffer[end] = 46
            }
            var rest = whole
            repeat {
                end -= 1
                buffer[end] = UInt8(48 + Int(rest % 10))
                rest /= 10
            } while rest > 0
            if negative && !(whole == 0 && fraction == 0) { end -= 1; buffer[end] = 45 }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[end...]), as: UTF8.self)
        }
    }

    /// Encodes as a JSON number written exactly (via its shortest decimal text).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(plainText)
    }

    /// Decodes from a number or a string such as `"12.5"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self), let value = DecimalNumber(parsing: text) {
            self = value
            return
        }
        if let int = try? container.decode(Int.self) {
            self.init(int)
            return
        }
        let double = try container.decode(Double.self)
        guard let value = DecimalNumber(parsing: String(double)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a number")
        }
        self = value
    }
}

extension DecimalNumber: CustomStringConvertible {
    /// The shortest exact text of the number.
    public var description: String { plainText }
}

extension DecimalNumber: ExpressibleByIntegerLiteral {
    /// A whole-number literal.
    public init(integerLiteral value: Int) { self.init(value) }
}
