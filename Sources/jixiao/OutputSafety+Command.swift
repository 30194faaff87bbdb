import ArgumentParser
import Foundation
import JixiaoCore

extension OutputSafety {
    /// Refuses a dangerous output folder before a command writes anything: prints the
    /// reason and ends with exit code 2.
    func enforce(output: String, command: String) throws {
        do {
            try check(output: output)
        } catch {
            for diagnostic in error.diagnostics { try Console.err(diagnostic.description) }
            try Console.err("jixiao \(command): nothing was written")
            throw ExitCode(2)
        }
    }

    /// Leaves the marker in a finished output folder, so a later run may replace it.
    static func mark(output: String, command: String) throws {
        let url = URL(fileURLWithPath: output).appendingPathComponent(markerName)
        do {
            try Data(markerText.utf8).write(to: url)
        } catch {
            try Console.err("\(url.path): error: cannot write the output marker: \(error.localizedDescription)")
            try Console.err("jixiao \(command): the output was written, but the next run will ask for --force to replace it")
            throw ExitCode(1)
        }
    }
}
