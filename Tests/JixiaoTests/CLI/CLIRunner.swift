import Foundation
import Testing

/// Runs the built `jixiao` executable (built by `swift build --build-tests` and `swift test`)
/// with real arguments, files and exit codes.
enum CLIRunner {
    /// The package root (the folder holding Package.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The example content folder.
    static let content = root.appendingPathComponent("content").path

    /// The executable beside the test bundle, or in `.build/debug`.
    static func executable() throws -> String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("jixiao").path
        let candidates = [beside, root.appendingPathComponent(".build/debug/jixiao").path]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw CLIRunnerError(message: "no jixiao executable at \(candidates); run swift build --build-tests first")
        }
        return found
    }

    /// Runs `jixiao ARGUMENTS` in `directory` (the package root by default). Standard output
    /// and error go to `stdout` and `stderr` when given (e.g. /dev/full), else they are captured.
    static func run(_ arguments: [String], in directory: String? = nil, stdout: String? = nil, stderr: String? = nil) throws -> CLIRun {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { TestFiles.remove(scratch.path) }
        let outPath = stdout ?? scratch.appendingPathComponent("out").path
        let errPath = stderr ?? scratch.appendingPathComponent("err").path
        if stdout == nil { try Data().write(to: URL(fileURLWithPath: outPath)) }
        if stderr == nil { try Data().write(to: URL(fileURLWithPath: errPath)) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try executable())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? root.path)
        var environment = ProcessInfo.processInfo.environment
        environment["CI"] = "1"
        process.environment = environment
        let outHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        let output = stdout == nil ? try Data(contentsOf: URL(fileURLWithPath: outPath)) : Data()
        let errors = stderr == nil ? try String(contentsOfFile: errPath, encoding: .utf8) : ""
        return CLIRun(status: process.terminationStatus, output: output, errors: errors)
    }

    /// A fresh, empty scratch folder for one test; remove it with ``TestFiles/remove(_:)``.
    static func scratch(_ name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.resolvingSymlinksInPath().path
    }
}
