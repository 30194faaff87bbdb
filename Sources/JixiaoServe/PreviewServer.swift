import Foundation
import Hummingbird
import JixiaoCore
import JixiaoSite
import Logging
import ServiceLifecycle

/// `jixiao serve`: builds the site into a private temporary folder, serves it over HTTP,
/// rebuilds when a content or template file changes and makes open tabs reload. Stops on
/// Ctrl-C (SIGINT) or SIGTERM, closing the reload streams first and removing its folder.
public struct PreviewServer: Sendable {
    /// What to build and where to listen.
    public let options: PreviewOptions
    /// Builds and reload streams.
    public let state = PreviewState()

    /// Creates a server.
    public init(options: PreviewOptions) { self.options = options }

    /// Serves until stopped, building at once and after every change; `ready` gets the URL
    /// once the port is bound, `report` a line for each build.
    public func run(ready: @escaping @Sendable (String) -> Void, report: @escaping @Sendable (String) -> Void) async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jixiao-serve-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var site = options.site
        site.output = work.appendingPathComponent("site").path
        let builder = PreviewBuilder(options: site)
        let watched = [site.contentFolder] + (site.templateFiles == nil ? [site.templatesFolder] : [])
        let rebuilder = RebuildService(
            builder: builder, watcher: SourceWatcher(folders: watched), state: state,
            interval: .milliseconds(options.pollMilliseconds), report: report)
        let responder = PreviewResponder(siteFolder: site.output, state: state, decoration: builder.decoration)
        var logger = Logger(label: "jixiao-serve")
        logger.logLevel = .error
        let host = options.host
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in await responder.respond(to: request) },
            configuration: ApplicationConfiguration(address: .hostname(host, port: options.port), serverName: "jixiao"),
            onServerRunning: { channel in
                let shown = host.contains(":") ? "[\(host)]" : host
                ready("http://\(shown):\(channel.localAddress?.port ?? 0)/")
            },
            logger: logger
        )
        // Shut down in reverse order: the rebuilder first (it closes the reload streams), then the server.
        let group = ServiceGroup(
            configuration: .init(services: [app, rebuilder], gracefulShutdownSignals: [.sigint, .sigterm], logger: logger))
        try await group.run()
    }
}
