import ArgumentParser
import Foundation
import JixiaoCore

/// Standard output and standard error for the commands. A write that fails (a full disk,
/// `> /dev/full`, a closed descriptor or a reader that went away) ends the command with
/// exit code 1 instead of crashing, as `FileHandle.write(_:)` would.
enum Console {
    /// Broken pipes become write errors rather than a silent `SIGPIPE` death.
    private static let brokenPipeIgnored: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// Writes bytes to standard output.
    /// - Throws: `ExitCode(1)` after saying on standard error why the write failed.
    static func out<Bytes: DataProtocol>(_ bytes: Bytes) throws {
        _ = brokenPipeIgnored
        do {
            try FileHandle.standardOutput.write(contentsOf: bytes)
        } catch {
            try err("jixiao: cannot write to standard output: \(reason(error)); check free disk space or where the output goes")
            throw ExitCode(1)
        }
    }

    /// Writes a line to standard output.
    static func out(line: String) throws {
        try out(Data((line + "\n").utf8))
    }

    /// Writes a line to standard error.
    /// - Throws: `ExitCode(1)` when standard error cannot be written (nothing is left to report it on).
    static func err(_ line: String) throws {
        _ = brokenPipeIgnored
        do {
            try FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
        } catch {
            throw ExitCode(1)
        }
    }

    /// The system's words for a failed write.
    private static func reason(_ error: Error) -> String { SystemReason.of(error) }
}
