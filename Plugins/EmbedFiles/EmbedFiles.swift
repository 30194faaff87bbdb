import Foundation
import PackagePlugin

/// Embeds the package's `site-templates/` and `scaffold/` folders into the target as a
/// generated Swift source (rerun whenever one of their files changes or is added), and
/// stamps the git commit the executable was built from ("unknown" outside a git checkout).
@main
struct EmbedFiles: BuildToolPlugin {
    /// The folders at the package root that travel inside the executable.
    static let folders = ["site-templates", "scaffold"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        var inputs: [URL] = []
        var arguments: [String] = []
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedFiles.swift")
        arguments.append(output.path)
        for folder in Self.folders {
            for relative in Self.files(under: package.appendingPathComponent(folder)) {
                let file = package.appendingPathComponent(folder).appendingPathComponent(relative)
                inputs.append(file)
                arguments += [file.path, folder + "/" + relative]
            }
        }
        // The folders themselves too, so that adding or removing a file reruns the tool.
        inputs += Self.folders.map { package.appendingPathComponent($0) }
        let stamp = context.pluginWorkDirectoryURL.appendingPathComponent("stamp")
        return [
            .buildCommand(
                displayName: "Embedding site-templates and scaffold", executable: try context.tool(named: "jixiao-embed").url,
                arguments: arguments, inputFiles: inputs, outputFiles: [output]),
            .prebuildCommand(
                displayName: "Stamping the git commit", executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", Self.stampScript, "stamp", package.path, stamp.path], outputFilesDirectory: stamp),
        ]
    }

    /// Writes `BuildStamp.swift` with the short commit of the package's own checkout; the
    /// file is rewritten only when the commit changed, so unchanged builds stay incremental.
    static let stampScript = #"""
        package="$1"; out="$2"; mkdir -p "$out"
        top=$(git -C "$package" rev-parse --show-toplevel 2>/dev/null)
        commit=unknown
        if [ -n "$top" ] && [ "$(cd "$top" && pwd -P)" = "$(cd "$package" && pwd -P)" ]; then
          commit=$(git -C "$package" rev-parse --short=12 HEAD 2>/dev/null) || commit=unknown
          [ -n "$commit" ] || commit=unknown
        fi
        printf '// Generated at build time; do not edit.\n/// The git commit this executable was built from.\nlet buildCommit = "%s"\n' "$commit" > "$out/BuildStamp.swift.new"
        if cmp -s "$out/BuildStamp.swift.new" "$out/BuildStamp.swift"; then rm -f "$out/BuildStamp.swift.new"; else mv "$out/BuildStamp.swift.new" "$out/BuildStamp.swift"; fi
        """#

    /// Every regular file under `folder`, as paths relative to it, sorted; hidden entries skipped.
    static func files(under folder: URL) -> [String] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return [] }
        var result: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory) else { continue }
            result += isDirectory.boolValue ? files(under: folder.appendingPathComponent(name)).map { name + "/" + $0 } : [name]
        }
        return result
    }
}
