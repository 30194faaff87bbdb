import JixiaoCore

/// The record of a closed month (`content/closed/YYYY-MM.json`, written by `jixiao close`):
/// every figure published for the month, so that no later change of data or policy can alter
/// them unnoticed. A reopened month keeps its record, marked with the day it was reopened,
/// and is no longer enforced until it is closed again.
public struct ClosedMonth: Sendable, Hashable {
    /// Format identifier written into the file.
    public static let format = "jixiao-closed-month/1"
    /// The month closed.
    public var month: Month
    /// The day it was closed.
    public var closedOn: Day
    /// Why or by whom (free text).
    public var note: String
    /// The day it was reopened (`jixiao close --reopen`); `nil` while closed.
    public var reopenedOn: Day?
    /// The figures (`people.…` and `totals.…`), sorted by path.
    public var figures: [ClosedFigure]

    /// Creates a record.
    public init(month: Month, closedOn: Day, note: String, reopenedOn: Day? = nil, figures: [ClosedFigure]) {
        self.month = month
        self.closedOn = closedOn
        self.note = note
        self.reopenedOn = reopenedOn
        self.figures = figures.sorted(by: ClosedFigure.byPath)
    }

    /// Whether the month is closed now (not reopened).
    public var isClosed: Bool { reopenedOn == nil }

    /// The record's path inside the content folder, e.g. `closed/2026-10.json`.
    public var file: String { Self.file(for: month) }

    /// The record's path inside the content folder for `month`.
    public static func file(for month: Month) -> String { "closed/\(month).json" }
}
