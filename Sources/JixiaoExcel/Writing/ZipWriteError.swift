/// Why a zip archive (a workbook) could not be written.
public enum ZipWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// zlib reported this status code (out of memory, or a stream error).
    case zlib(Int32)
    /// An entry or the archive is too large for a zip file without ZIP64 (4 GiB, 65,535 entries).
    case tooLarge(String)

    /// What went wrong, for a diagnostic.
    public var description: String {
        switch self {
        case .zlib(let status): return "zlib failed to compress (status \(status))"
        case .tooLarge(let path): return "\(path) is too large for a zip archive (4 GiB at most)"
        }
    }
}
