import Foundation

/// Maps a request path to a file of the built site, refusing anything that could leave it:
/// `..` or `.` segments (also percent-encoded, also with backslashes), NUL bytes, and
/// malformed percent escapes.
public enum SitePath {
    /// The outcome of resolving a request path.
    public enum Resolution: Equatable, Sendable {
        /// A file path relative to the site root (`index.html` for folders).
        case file(String)
        /// The path is malformed (bad escape, NUL byte).
        case badRequest
        /// The path tries to leave the site.
        case outside
    }

    /// Resolves the path part of a request URI (query and fragment already removed or not).
    public static func resolve(_ uriPath: String) -> Resolution {
        var raw = uriPath
        if let cut = raw.firstIndex(where: { $0 == "?" || $0 == "#" }) { raw = String(raw[..<cut]) }
        guard let decoded = raw.removingPercentEncoding else { return .badRequest }
        if decoded.contains("\0") { return .badRequest }
        let segments = decoded.replacingOccurrences(of: "\\", with: "/").split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return .outside }
        // A second round of decoding must not reveal a traversal either (`%252e%252e`).
        if let twice = decoded.removingPercentEncoding, twice != decoded,
            twice.replacingOccurrences(of: "\\", with: "/").split(separator: "/").contains(where: { $0 == ".." })
        {
            return .outside
        }
        var path = segments.joined(separator: "/")
        if path.isEmpty || raw.hasSuffix("/") { path += path.isEmpty ? "index.html" : "/index.html" }
        return .file(path)
    }
}
