/// An optional small non-negative index (of a policy, a grade band, a ladder level) kept in
/// 4 bytes instead of the 9 (aligned to 8) of an `Int?`, for records that a large company
/// holds hundreds of thousands of: `@PackedIndex public var gradeIndex: Int?`.
/// `Int32.min` marks "none"; indexes beyond 32 bits are clamped.
@propertyWrapper
public struct PackedIndex: Sendable, Hashable {
    private var stored: Int32

    /// Packs an index (`nil`: none).
    @inline(__always)
    public init(wrappedValue: Int?) {
        stored = wrappedValue.map { Int32(clamping: $0) } ?? Int32.min
    }

    /// The index, or `nil`.
    @inline(__always)
    public var wrappedValue: Int? {
        get { stored == Int32.min ? nil : Int(stored) }
        set { self = PackedIndex(wrappedValue: newValue) }
    }
}
