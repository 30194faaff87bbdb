import Mustache

/// Wraps the root view model: every name that no context on the stack has ends up here,
/// and is recorded as a miss. Used by one render on one thread (not `Sendable`).
final class MissTracker: MustacheParent {
    let model: Any
    private(set) var misses: Set<String> = []
    /// The model's fields, read once (Optional values unwrapped; `nil` kept as a known name).
    private let fields: [String: Any?]
    /// A model that names its own fields (no reflection); it has no Optional fields.
    private let parent: (any MustacheParent)?

    init(_ model: Any) {
        self.model = model
        parent = model as? any MustacheParent
        var fields: [String: Any?] = [:]
        if parent == nil {
            for child in Mirror(reflecting: model).children {
                guard let label = child.label else { continue }
                let inner = Mirror(reflecting: child.value)
                // An Optional field's wrapped value; a `nil` one is kept (boxed) as a known name.
                fields[label] = inner.displayStyle == .optional ? (inner.children.first?.value as Any) : child.value
            }
        }
        self.fields = fields
    }

    func child(named name: String) -> Any? {
        if let parent { if let value = parent.child(named: name) { return value } } else if let value = fields[name] { return value }
        misses.insert(name)
        return nil
    }
}
