/// A small `Int` (an employee index, a count of months, a nesting depth) kept in 4 bytes
/// instead of 8, for records that a large company holds hundreds of thousands of:
/// `@PackedCount public var employee: Int`. Values beyond 32 bits are clamped.
@propertyWrapper
public struct PackedCount: Sendable, Hashable {
    private var stored: Int32

    /// Packs a value.
    @inline(__always)
    public init(wrappedValue: Int) { stored = Int32(clamping: wrappedValue) }

    /// The value.
    @inline(__always)
    public var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Int32(clamping: newValue) }
    }
}
