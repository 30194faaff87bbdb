import JixiaoCore

/// The server's shared state: the outcome of the last build and the open reload streams
/// (one per browser tab), which hear of every finished build.
public actor PreviewState {
    /// Builds finished so far (successful or not).
    public private(set) var generation = 0
    /// The problems of the last build; empty when it succeeded (the site served is then current).
    public private(set) var problems: [Diagnostic] = []
    /// Whether some build has succeeded, so there is a site to serve.
    public private(set) var hasSite = false
    private var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextListener = 0
    private var closed = false

    /// Creates an empty state.
    public init() {}

    /// Records a finished build and tells every open tab to reload.
    func finished(problems: [Diagnostic]) {
        generation += 1
        self.problems = problems
        if !problems.contains(where: { $0.severity == .error }) { hasSite = true }
        for continuation in listeners.values { continuation.yield(generation) }
    }

    /// A stream of build generations for one tab; it ends when the server stops.
    func subscribe() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        if closed {
            continuation.finish()
            return stream
        }
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        return stream
    }

    private func unsubscribe(_ id: Int) { listeners[id] = nil }

    /// Ends every reload stream (on shutdown, so open tabs do not keep the server waiting).
    func closeAll() {
        closed = true
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    /// The errors of the last build, when it failed.
    var errors: [Diagnostic] { problems.filter { $0.severity == .error } }
}
