import CMark
import Synchronization
import JixiaoCore

/// Owns a parsed cmark tree and the nodes that rendering changes (policy links and
/// directive placeholders). The tree is only touched under the lock, so a document can be
/// shared between tasks; it is freed with the last reference.
final class CMarkTree: Sendable {
    struct State {
        /// The document node.
        var root: OpaquePointer
        /// Link nodes, in the order of `MarkdownDocument.links`.
        var links: [OpaquePointer]
        /// Custom block placeholders, in the order of `MarkdownDocument.directives`.
        var directives: [OpaquePointer]
    }

    let state: Mutex<State>

    init(_ state: consuming sending State) {
        self.state = Mutex(state)
    }

    deinit {
        state.withLock { cmark_node_free($0.root) }
    }
}
