import Foundation
import Hummingbird
import JixiaoCore

/// Answers the browser: files of the last good build (HTML with the reload script and, while
/// the content has errors, the error overlay), the reload event stream, and a status JSON.
struct PreviewResponder: Sendable {
    /// The built site's folder.
    let siteFolder: String
    /// Builds and reload streams.
    let state: PreviewState
    /// Script and overlay.
    let decoration: PageDecoration

    /// Where the build status is served (for tools and tests).
    static let statusPath = "/__jixiao/status"

    /// The response to one request.
    func respond(to request: Request) async -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text(.methodNotAllowed, "only GET and HEAD are served\n")
        }
        let path = request.uri.path
        if path == PageDecoration.eventsPath { return await events() }
        if path == Self.statusPath { return await status() }
        switch SitePath.resolve(path) {
        case .badRequest: return Self.text(.badRequest, "bad request path\n")
        case .outside: return Self.text(.notFound, "not found\n")
        case .file(let relative): return await file(relative, requested: path)
        }
    }

    /// A file of the site; folders without a trailing slash are redirected to it, so relative links work.
    func file(_ relative: String, requested: String) async -> Response {
        let errors = await state.errors
        guard await state.hasSite else { return html(.ok, decoration.placeholder(errors: errors)) }
        let full = siteFolder + "/" + relative
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue {
            let target = (requested.split(separator: "?").first.map(String.init) ?? requested) + "/"
            return Response(status: .movedPermanently, headers: [.location: target], body: ResponseBody())
        }
        guard let data = FileManager.default.contents(atPath: full) else {
            let notFound =
                FileManager.default.contents(atPath: siteFolder + "/404.html").map { String(decoding: $0, as: UTF8.self) }
                ?? "<html><body>404</body></html>"
            return html(.notFound, decoration.decorate(notFound, errors: errors))
        }
        let type = Self.contentType(of: relative)
        if type.hasPrefix("text/html") { return html(.ok, decoration.decorate(String(decoding: data, as: UTF8.self), errors: errors)) }
        return Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The reload stream: one `reload` event per finished build, until the server stops.
    func events() async -> Response {
        let stream = await state.subscribe()
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            for await generation in stream {
                try await writer.write(ByteBuffer(string: "event: reload\ndata: \(generation)\n\n"))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }

    /// `{"generation":N,"ok":true|false,"errors":["file:line:column: error: …"]}`.
    func status() async -> Response {
        let errors = await state.errors.map(\.description)
        let generation = await state.generation
        let object: [String: Any] = ["generation": generation, "ok": errors.isEmpty, "errors": errors]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return Response(
            status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    func html(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The media type of a site file, by extension.
    static func contentType(of path: String) -> String {
        let types = [
            "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
            "json": "application/json", "csv": "text/csv; charset=utf-8", "svg": "image/svg+xml", "xml": "application/xml",
            "txt": "text/plain; charset=utf-8", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
            "gif": "image/gif", "ico": "image/x-icon", "woff2": "font/woff2", "woff": "font/woff",
        ]
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return types[ext] ?? "application/octet-stream"
    }
}
