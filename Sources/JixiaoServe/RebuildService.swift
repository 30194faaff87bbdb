import Foundation
import JixiaoCore
import ServiceLifecycle

/// Builds the site, then polls the watched folders and rebuilds when a file was added, removed or changed; each
/// finished build makes open tabs reload. On shutdown it closes the reload streams.
struct RebuildService: Service {
    /// The build.
    let builder: PreviewBuilder
    /// The folders' file stamps.
    let watcher: SourceWatcher
    /// Where results go.
    let state: PreviewState
    /// Time between polls.
    let interval: Duration
    /// Receives a line per build.
    let report: @Sendable (String) -> Void

    func run() async throws {
        // The first build runs here, while the server already answers (and Ctrl-C already works).
        var last = watcher.snapshot()
        await rebuild()
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await Task.sleep(for: interval)
            let now = watcher.snapshot()
            guard now != last else { continue }
            last = now
            await rebuild()
        }
        await state.closeAll()
    }

    /// One build, recorded in the state and reported.
    func rebuild() async {
        let (problems, seconds) = await builder.build()
        await state.finished(problems: problems)
        let errors = problems.filter { $0.severity == .error }
        for problem in problems { report(problem.description) }
        if errors.isEmpty {
            report(String(format: "jixiao serve: built in %.2f s", seconds))
        } else {
            let served = await state.hasSite ? "the last good site is still served" : "the browser shows them until the content builds"
            report("jixiao serve: \(errors.count) error(s); \(served)")
        }
    }
}
