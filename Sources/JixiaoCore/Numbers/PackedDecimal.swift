/// An optional ``DecimalNumber`` kept in 16 bytes aligned to 8, for records that a large
/// company holds hundreds of thousands of: `@PackedDecimal public var score: DecimalNumber?`.
///
/// A stored `DecimalNumber?` takes 17 bytes aligned to 16 (its `Int128` plus the optional's
/// tag), so a record with a few of them between other fields grows by tens of bytes of
/// padding. This keeps the raw value's two halves as 64-bit words and marks "no value" with
/// `Int128.min`, a raw value no input or rounded result reaches (inputs are bounded by
/// ``DecimalNumber/maxInputMagnitude``).
@propertyWrapper
public struct PackedDecimal: Sendable, Hashable {
    private var low: UInt64
    private var high: Int64

    /// Packs a value (`nil`: no value).
    @inline(__always)
    public init(wrappedValue: DecimalNumber?) {
        let raw = wrappedValue?.raw ?? Int128.min
        low = UInt64(truncatingIfNeeded: raw)
        high = Int64(truncatingIfNeeded: raw >> 64)
    }

    /// The value, or `nil`.
    @inline(__always)
    public var wrappedValue: DecimalNumber? {
        get {
            let raw = Int128(high) << 64 | Int128(low)
            return raw == Int128.min ? nil : DecimalNumber(raw: raw)
        }
        set { self = PackedDecimal(wrappedValue: newValue) }
    }
}
