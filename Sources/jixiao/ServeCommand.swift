import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoRules
import JixiaoServe
import JixiaoSite

/// `jixiao serve`: a local preview that rebuilds on every edit and reloads the browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it, serve it on this computer, rebuild and reload the browser on every change.",
        discussion:
            "Content errors show in the browser over the last good site. Nothing is written into the content folder or _site; Ctrl-C stops."
    )

    @Argument(help: "The content folder.") var content: String = "content"
    @Option(help: "Port to listen on (0: any free port).") var port: Int = 8080
    @Option(help: "Address to listen on; the default serves this computer only.") var host: String = "127.0.0.1"
    @Option(help: "staff (policies; leaderboards if allowed; never pay) or managers (everything).") var audience: String = "managers"
    @Option(help: "Interface language: zh-CN or en (default: site.yaml).") var locale: String?
    @Option(help: "Build as of this closed month, YYYY-MM (later data is ignored).") var month: String?
    @Option(help: "Folder of the built-in templates (default: ./site-templates if there is one, else the ones inside jixiao).")
    var templates: String?

    func run() async throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
        guard FileManager.default.fileExists(atPath: content) else {
            try Console.err(
                "jixiao serve: the content folder \(content) does not exist — fix: name a content folder, or create one with  jixiao init \(content)"
            )
            throw ExitCode(2)
        }
        let site = try SiteArguments.options(
            content: content, templates: templates, output: "", audience: audience,
            locale: locale, month: month)
        let server = PreviewServer(options: PreviewOptions(site: site, host: host, port: port))
        do {
            try await server.run(
                ready: { url in
                    FileHandle.standardOutput.write(Data("jixiao serve: \(url) (Ctrl-C stops)\n".utf8))
                }, report: { try? Console.err($0) })
        } catch {
            try Console.err(
                "jixiao serve: cannot serve on \(host):\(port): \(error) — fix: choose another --port, or stop the program using it")
            throw ExitCode(1)
        }
    }
}
