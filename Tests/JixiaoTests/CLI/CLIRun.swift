import Foundation

/// What one run of the `jixiao` executable gave.
struct CLIRun: Sendable {
    /// The exit status (64 for usage errors, 1 for content errors, 2 for a refused output).
    var status: Int32
    /// Standard output, as bytes.
    var output: Data
    /// Standard error, as text.
    var errors: String
    /// Standard output as text.
    var text: String { String(decoding: output, as: UTF8.self) }
}
