import Dispatch
import Synchronization

extension ConcurrentMap {
    /// Like ``map(_:_:)`` for items that each give a run of results of known length, written
    /// straight into one array: `counts[i]` results for `items[i]`, the runs in item order.
    /// Nothing is built per item and then copied together (copying large results retains
    /// everything they hold, and freeing the copies releases it again).
    ///
    /// `fill` gets an item and a ``RunWriter`` over exactly its `counts[i]` places; it must
    /// append that many results (anything else is a programming error and traps). What
    /// `fill` returns (e.g. alerts) comes back too, in item order.
    public static func fill<T: Sendable, R: Sendable, S: Sendable>(
        _ items: [T], counts: [Int], _ fill: @Sendable (T, inout RunWriter<R>) -> S
    ) -> (results: [R], others: [S]) {
        precondition(items.count == counts.count, "one count per item")
        var total = 0
        let starts = counts.map { count in
            defer { total += count }
            return total
        }
        let others = Mutex<[S?]>(Array(repeating: nil, count: items.count))
        let results = [R](unsafeUninitializedCapacity: total) { buffer, initialized in
            let base = RunWriter<R>.Base(buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                var writer = RunWriter<R>(base: base, start: starts[i], count: counts[i])
                let other = fill(items[i], &writer)
                precondition(writer.written == counts[i], "a run must have exactly its count of results")
                others.withLock { $0[i] = other }
            }
            initialized = total
        }
        return (results, others.withLock { $0.compactMap { $0 } })
    }
}
