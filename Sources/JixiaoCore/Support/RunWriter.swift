/// Appends one item's results into its own part of the array ``ConcurrentMap/fill(_:counts:_:)``
/// builds. Runs of different items never overlap, so workers write without locks.
public struct RunWriter<R> {
    /// The array's first place, shared by the workers; each writes only its own run.
    struct Base: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<R>?
        init(_ pointer: UnsafeMutablePointer<R>?) { self.pointer = pointer }
    }

    let base: Base
    let start: Int
    let count: Int
    /// Results appended so far.
    public private(set) var written = 0

    init(base: Base, start: Int, count: Int) {
        self.base = base
        self.start = start
        self.count = count
    }

    /// Appends the next result of the run (moved into place, not copied).
    public mutating func append(_ result: consuming R) {
        precondition(written < count, "more results than the run's count")
        guard let pointer = base.pointer else { return }
        (pointer + start + written).initialize(to: result)
        written += 1
    }
}
