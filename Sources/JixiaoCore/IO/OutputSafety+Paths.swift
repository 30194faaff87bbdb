import Foundation

extension OutputSafety {
    /// The absolute path of `path` (relative to `directory`) with every symlink and `..`
    /// resolved: the longest part that exists goes through `realpath`, and the rest, which
    /// cannot hold symlinks, is normalised by its components.
    public static func resolve(_ path: String, from directory: String) -> String {
        let absolute = path.hasPrefix("/") ? path : directory + "/" + path
        var existing = Substring(absolute)
        var rest: [Substring] = []
        var real = realPath(String(existing))
        while real == nil, let slash = existing.lastIndex(of: "/") {
            rest.insert(existing[existing.index(after: slash)...], at: 0)
            existing = existing[..<slash]
            real = existing.isEmpty ? "/" : realPath(String(existing))
        }
        var parts = (real ?? "/").split(separator: "/").map(String.init)
        for part in rest {
            switch part {
            case "", ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The nearest folder at or above `directory` that holds `.git` (a folder, or a file in
    /// a worktree), resolved.
    public static func gitRoot(from directory: String) -> String? {
        var folder = resolve(directory, from: "/")
        while true {
            if FileManager.default.fileExists(atPath: folder == "/" ? "/.git" : folder + "/.git") { return folder }
            if folder == "/" { return nil }
            let parent = folder[..<(folder.lastIndex(of: "/") ?? folder.startIndex)]
            folder = parent.isEmpty ? "/" : String(parent)
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
