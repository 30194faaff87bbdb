import ArgumentParser
import JixiaoCore

/// The `--month YYYY-MM` option shared by `build`, `check` and `results`.
enum MonthOption {
    /// Help text of the option.
    static let help: ArgumentHelp = "As of this closed month, YYYY-MM (later data is ignored)."

    /// The parsed month, `nil` when the option was not given.
    /// - Throws: a usage error (exit 64) when the text is not a month.
    static func parse(_ text: String?) throws -> Month? {
        guard let text else { return nil }
        guard let month = Month(parsing: text) else { throw ValidationError("--month must be a month written YYYY-MM, e.g. 2026-10") }
        return month
    }
}
