import Foundation

extension OutputSafety {
    /// The absolute path of `path` (relative to `directory`) with every symlink and `..`
    /// resolved: the longest part that exists goes through `realpath`, and the rest, which
    /// cannot hold symlinks, is normalised by its components.
    public static func resolve(_ path: String, from directory: String) -> String {
        let absolute = path.hasPrefix("/") ? path : directory + "/" + path
        var existing = absolute
        var rest: [String] = []
        var real = realPath(existing)
        while real == nil, existing != "/", !existing.isEmpty {
            let url = URL(fileURLWithPath: existing)
            rest.insert(url.lastPathComponent, at: 0)
            existing = url.deletingLastPathComponent().path
            real = realPath(existing)
        }
        var parts = (real ?? "/").split(separator: "/").map(String.init)
        for part in rest {
            switch part {
            case "", ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
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
            folder = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
