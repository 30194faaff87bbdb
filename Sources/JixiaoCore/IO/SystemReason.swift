import Foundation

/// The system's own words for a failed file operation ("Permission denied", "No space left on
/// device"), for messages that name the path and the reason.
package enum SystemReason {
    /// The reason of `error`: the POSIX error text when there is one, else its description.
    package static func of(_ error: any Error) -> String {
        var ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError { ns = underlying }
        if ns.domain == NSPOSIXErrorDomain, let code = Int32(exactly: ns.code) { return String(cString: strerror(code)) }
        return error.localizedDescription
    }
}
