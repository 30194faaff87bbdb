import Dispatch
import Synchronization

/// The one way Jixiao runs work in parallel: a pure function over an array on all cores,
/// keeping the order of results. Shared mutable state elsewhere goes through `Mutex`.
public enum ConcurrentMap {
    /// Maps `items` with `transform` in parallel; the result order matches `items`.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count <= 1 { return items.map(transform) }
        let results = Mutex<[R?]>(Array(repeating: nil, count: items.count))
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            let value = transform(items[i])
            results.withLock { $0[i] = value }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}
