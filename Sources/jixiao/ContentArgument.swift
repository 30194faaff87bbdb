import ArgumentParser
import Foundation
import JixiaoCore

/// The content folder argument of `build` and `results`.
enum ContentArgument {
    /// Ends the command with exit code 1 and a message naming the path when the content
    /// folder does not exist, instead of one error per missing file.
    static func requireFolder(_ path: String, command: String) throws {
        guard !LocalFileSystem(root: path).directoryExists("") else { return }
        let missing = Diagnostic.error(
            SourceLocation(file: path), "content folder not found",
            fix: "pass the folder that holds site.yaml, e.g. jixiao \(command) content")
        try Console.err(missing.description)
        throw ExitCode(1)
    }
}
