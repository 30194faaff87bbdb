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

    /// An approximation as `Double`, for chart geometry only (never for money).
    public var doubleValue: Double { Double(raw) / Double(Self.scale) }

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
    /// fractional digits (trailing zeros beyond `minFraction` dropped), without Foundation.
    static func text(of raw: Int128, minFraction: Int, maxFraction: Int) -> String {
        let negative = raw < 0
        let magnitude = negative ? UInt128(0 &- raw) : UInt128(raw)
        if magnitude <= UInt128(UInt64.max) {
            return text(magnitude: UInt64(magnitude), negative: negative, minFraction: minFraction, maxFraction: maxFraction)
        }
        var whole = magnitude / UInt128(scale)
        var fraction = UInt64(magnitude % UInt128(scale))
        // Fraction digits, most significant first (six of them), then trimmed.
        var fractionDigits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (48, 48, 48, 48, 48, 48)
        withUnsafeMutableBytes(of: &fractionDigits) { buffer in
            for i in stride(from: 5, through: 0, by: -1) {
                buffer[i] = UInt8(48 + fraction % 10)
                fraction /= 10
            }
        }
        var count = maxFraction
        withUnsafeBytes(of: fractionDigits) { buffer in
            while count > minFraction, buffer[count - 1] == 48 { count -= 1 }
        }
        var wholeDigits: [UInt8] = []
        wholeDigits.reserveCapacity(24)
        repeat {
            wholeDigits.append(UInt8(48 + Int(whole % 10)))
            whole /= 10
        } while whole > 0
        let isZero = magnitude == 0 || (wholeDigits == [48] && count == 0 && withUnsafeBytes(of: fractionDigits) { b in (0..<6).allSatisfy { b[$0] == 48 } })
        let sign = negative && !isZero
        let length = (sign ? 1 : 0) + wholeDigits.count + (count > 0 ? count + 1 : 0)
        return String(unsafeUninitializedCapacity: length) { out in
            var i = 0
            if sign { out[i] = 45; i += 1 }
            for d in wholeDigits.reversed() { out[i] = d; i += 1 }
            if count > 0 {
                out[i] = 46
                i += 1
                withUnsafeBytes(of: fractionDigits) { b in
                    for k in 0..<count { out[i] = b[k]; i += 1 }
                }
            }
            return i
        }
    }

    /// ``text(of:minFraction:maxFraction:)`` for magnitudes that fit 64 bits (every real
    /// figure): hardware division instead of 128-bit division, digits written in place.
    private static func text(magnitude: UInt64, negative: Bool, minFraction: Int, maxFraction: Int) -> String {
        var whole = magnitude / UInt64(scale)
        var fraction = magnitude % UInt64(scale)
        // Up to 20 whole digits, a point and 6 fraction digits, written from the end.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer -> String in
            var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (48, 48, 48, 48, 48, 48)
            withUnsafeMutableBytes(of: &digits) { d in
                for i in stride(from: 5, through: 0, by: -1) {
                    d[i] = UInt8(48 + fraction % 10)
                    fraction /= 10
                }
            }
            var count = maxFraction
            withUnsafeBytes(of: digits) { d in
                while count > minFraction, d[count - 1] == 48 { count -= 1 }
            }
            var end = 32
            if count > 0 {
                withUnsafeBytes(of: digits) { d in
                    for k in stride(from: count - 1, through: 0, by: -1) { end -= 1; buffer[end] = d[k] }
                }
                end -= 1
                buffer[end] = 46
            }
            let fractionIsZero = withUnsafeBytes(of: digits) { d in (0..<6).allSatisfy { d[$0] == 48 } }
            let isZero = magnitude == 0 || (whole == 0 && count == 0 && fractionIsZero)
            repeat {
                end -= 1
                buffer[end] = UInt8(48 + whole % 10)
                whole /= 10
            } while whole > 0
            if negative && !isZero { end -= 1; buffer[end] = 45 }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[end..<32]), as: UTF8.self)
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
