import Foundation
import Testing
import JixiaoCore
@testable import JixiaoServe

/// Request paths that would leave the site are refused before the file system is touched.
@Suite("Serve paths")
struct SitePathTests {
    @Test("folders map to index.html; traversal, encoded or not, is refused")
    func resolve() {
        #expect(SitePath.resolve("/") == .file("index.html"))
        #expect(SitePath.resolve("/policies/") == .file("policies/index.html"))
        #expect(SitePath.resolve("/policies/pay.html?x=1") == .file("policies/pay.html"))
        #expect(SitePath.resolve("/people/%E5%91%A8.html") == .file("people/周.html"))
        for path in [
            "/../Package.swift", "/assets/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fsecret",
            "/assets/%2E%2E%5C%2E%2E%5Csecret", "/%252e%252e/secret", "/./index.html",
        ] {
            #expect(SitePath.resolve(path) == .outside, "\(path)")
        }
        #expect(SitePath.resolve("/%zz") == .badRequest)
        #expect(SitePath.resolve("/a%00.html") == .badRequest)
    }
}

/// `jixiao serve` end to end on a copy of the example company: a page, a policy edit seen
/// without restarting, the error overlay and recovery, the reload stream, traversal refused,
/// and a clean stop on Ctrl-C.
@Suite("Serve end to end", .serialized)
struct ServeEndToEndTests {
    /// A running `jixiao serve`.
    final class Server: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var text = ""
        private(set) var port = 0

        init(content: URL) throws {
            process.executableURL = CommandRunner.executable
            process.arguments = ["serve", content.path, "--port", "0"]
            process.currentDirectoryURL = content.deletingLastPathComponent()
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            out.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self, !data.isEmpty else { return }
                self.lock.lock()
                self.text += String(decoding: data, as: UTF8.self)
                self.lock.unlock()
            }
            try process.run()
            let deadline = Date().addingTimeInterval(120)
            while Date() < deadline, port == 0 {
                lock.lock()
                let output = text
                lock.unlock()
                if let match = output.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//) { port = Int(match.1) ?? 0 }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }

        /// The build generation the server reports.
        func generation() throws -> Int {
            let body = try RawHTTP.get(port: port, "/__jixiao/status").body
            return (try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])?["generation"] as? Int ?? -1
        }

        /// Waits until a build after `generation` finished; the seconds it took.
        func waitForBuild(after generation: Int, timeout: Double = 60) throws -> Double {
            let start = Date()
            while Date().timeIntervalSince(start) < timeout {
                if try self.generation() > generation { return Date().timeIntervalSince(start) }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return .infinity
        }
    }

    @Test("serve: page, live edit, error overlay, recovery, reload stream, traversal, Ctrl-C")
    func endToEnd() throws {
        let folder = CommandRunner.temporaryFolder("serve")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: CommandRunner.repo.appendingPathComponent("content"), to: content)
        let server = try Server(content: content)
        defer { if server.process.isRunning { server.process.terminate() } }
        try #require(server.port > 0, "serve printed no URL")
        let port = server.port
        #expect(try server.waitForBuild(after: 0, timeout: 120) < 120, "the first build did not finish")

        let home = try RawHTTP.get(port: port, "/")
        #expect(home.status == 200)
        #expect(home.body.contains("</html>") && home.body.contains("/__jixiao/events"))
        #expect(!home.body.contains("jixiao-serve-overlay"))
        #expect(try RawHTTP.get(port: port, "/assets/jixiao.css").head.lowercased().contains("content-type: text/css"))
        #expect(try RawHTTP.get(port: port, "/policies").status == 301)

        // The reload stream hears of the next build.
        let stream = try RawHTTP.open(port: port, timeout: 60)
        defer { close(stream) }
        RawHTTP.send(stream, path: "/__jixiao/events")
        _ = RawHTTP.receive(stream) { $0.contains("retry:") }

        // Edit a policy: the page changes without a restart.
        let policy = content.appendingPathComponent("policies/attendance.md")
        let original = try String(contentsOf: policy, encoding: .utf8)
        var generation = try server.generation()
        try Data(original.replacingOccurrences(of: "title: 考勤与着装规范", with: "title: 考勤与着装规范（修订版）").utf8).write(to: policy)
        let seconds = try server.waitForBuild(after: generation)
        #expect(seconds < 60)
        print("serve: policy edit visible after \(String(format: "%.2f", seconds)) s (debug build)")
        #expect(try RawHTTP.get(port: port, "/policies/attendance.html").body.contains("考勤与着装规范（修订版）"))
        let events = RawHTTP.receive(stream) { $0.contains("event: reload") }
        #expect(events.contains("event: reload"))

        // A formula error: the overlay names file:line:column and the fix; the last good site stays.
        let assessment = content.appendingPathComponent("policies/cs-assessment.md")
        let good = try String(contentsOf: assessment, encoding: .utf8)
        generation = try server.generation()
        try Data(good.replacingOccurrences(of: "formula: 30 * sales / sales_target", with: "formula: 30 * sales / sales_targt").utf8).write(
            to: assessment)
        _ = try server.waitForBuild(after: generation)
        let broken = try RawHTTP.get(port: port, "/policies/attendance.html")
        #expect(broken.status == 200)
        #expect(broken.body.contains("jixiao-serve-overlay"))
        #expect(broken.body.contains("考勤与着装规范（修订版）"))
        #expect(broken.body.range(of: #"policies/cs-assessment\.md:\d+:\d+: error: [^<]*sales_targt"#, options: .regularExpression) != nil)
        #expect(broken.body.contains("fix:"))
        #expect(broken.body.contains("sales_target"))

        // Fixed: the page is back without the overlay.
        generation = try server.generation()
        try Data(good.utf8).write(to: assessment)
        _ = try server.waitForBuild(after: generation)
        let fixed = try RawHTTP.get(port: port, "/policies/attendance.html")
        #expect(fixed.status == 200 && !fixed.body.contains("jixiao-serve-overlay"))

        // Paths that leave the site.
        for path in [
            "/../Package.swift", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fcontent/site.yaml", "/..%5c..%5cetc%5cpasswd",
        ] {
            let reply = try RawHTTP.get(port: port, path)
            #expect(reply.status == 404 || reply.status == 400, "\(path): \(reply.status)")
            #expect(!reply.body.contains("root:"))
        }
        #expect(try RawHTTP.get(port: port, "/%zz").status == 400)
        #expect(try RawHTTP.get(port: port, "/no-such-page.html").status == 404)

        // Ctrl-C stops it, with the reload stream open.
        kill(server.process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(20)
        while server.process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!server.process.isRunning)
        if !server.process.isRunning { #expect(server.process.terminationStatus == 0) }
    }
}

/// What `serve` adds to pages.
@Suite("Serve pages")
struct PageDecorationTests {
    let decoration = PageDecoration(title: "Errors", hint: "Fix and save", building: "Building…")

    @Test("the reload script goes before </body>; the overlay only with errors, escaped")
    func decorate() {
        let page = "<html><body><p>x</p></body></html>"
        #expect(decoration.decorate(page, errors: []) == "<html><body><p>x</p>" + PageDecoration.script + "</body></html>")
        let error = Diagnostic.error(SourceLocation(file: "policies/a.md", line: 3, column: 7), "unknown name '<b>'", fix: "write 'b'")
        let decorated = decoration.decorate(page, errors: [error])
        #expect(
            decorated.contains("<li><pre>policies/a.md:3:7: error: unknown name &#39;&lt;b&gt;&#39; — fix: write &#39;b&#39;</pre></li>"))
        #expect(decorated.contains("<h2 style=\"color:#ff8a80;margin-top:0\">Errors</h2>"))
        #expect(decorated.hasSuffix(PageDecoration.script + "</body></html>"))
    }

    @Test("before the first good build: a note while building, the errors after a failure")
    func placeholder() {
        let building = decoration.placeholder(errors: [])
        #expect(
            building.contains("<p>Building…</p>") && building.contains(PageDecoration.script) && !building.contains("jixiao-serve-overlay"))
        let failed = decoration.placeholder(errors: [.error(SourceLocation(file: "site.yaml", line: 1, column: 1), "bad")])
        #expect(failed.contains("jixiao-serve-overlay") && failed.contains("site.yaml:1:1: error: bad"))
    }
}
