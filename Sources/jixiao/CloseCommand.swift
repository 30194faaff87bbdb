import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoRules

/// `jixiao close CONTENT --month YYYY-MM`: records every published figure of a month in
/// `CONTENT/closed/YYYY-MM.json`; from then on `check`, `build` and `results` refuse content
/// that would change them. `--reopen YYYY-MM` marks the record reopened (kept, not enforced).
struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a month (record its published figures) or reopen it.",
        discussion: "Corrections of a closed month are paid in a later month through adjustments.csv."
    )

    @Argument(help: "The content folder.") var content: String = "content"
    @Option(help: "Close this month, YYYY-MM.") var month: String?
    @Option(help: "Reopen this closed month, YYYY-MM.") var reopen: String?
    @Option(help: "The closing (or reopening) date, YYYY-MM-DD (default: today, UTC).") var on: String?
    @Option(help: "A note kept in the record, e.g. who approved the closing.") var note: String = "Closed with jixiao close."

    func validate() throws {
        guard (month == nil) != (reopen == nil) else { throw ValidationError("give either --month YYYY-MM or --reopen YYYY-MM") }
        if let on, Day(parsing: on) == nil { throw ValidationError("--on must be a date written YYYY-MM-DD") }
        if let text = month ?? reopen, Month(parsing: text) == nil {
            throw ValidationError("the month must be written YYYY-MM, e.g. 2026-10")
        }
    }

    func run() throws {
        try ContentArgument.requireFolder(content, command: "close")
        let day = on.flatMap(Day.init(parsing:)) ?? Self.today()
        let files = LocalFileSystem(root: content)
        let record: ClosedMonth
        do {
            if let text = reopen, let m = Month(parsing: text) {
                let path = ClosedMonth.file(for: m)
                guard let data = try? files.read(path) else {
                    throw DiagnosticError(
                        .error(SourceLocation(file: path), "\(m) is not closed: there is no record", fix: "nothing to reopen"))
                }
                record = try ClosedMonth.parse(String(decoding: data, as: UTF8.self), file: path).get().reopened(on: day)
            } else {
                record = try ClosedMonth.close(fileSystem: files, month: Month(parsing: month ?? "")!, on: day, note: note).get()
            }
        } catch let error as DiagnosticError {
            for d in error.diagnostics { try Console.err(d.description) }
            try Console.err("jixiao close: nothing was written")
            throw ExitCode(1)
        }
        try write(record)
    }

    /// Writes the record into the content folder (atomically) and says what was done.
    func write(_ record: ClosedMonth) throws {
        let url = URL(fileURLWithPath: content).appendingPathComponent(record.file)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(record.text.utf8).write(to: url, options: .atomic)
        } catch {
            try Console.err("jixiao close: cannot write \(url.path): \(error.localizedDescription) — fix: check the folder's permissions")
            throw ExitCode(1)
        }
        let people = Set(record.figures.filter { $0.path[0] == "people" }.map { $0.path[1] }).count
        let what = record.isClosed ? "closed \(record.month) on \(record.closedOn)" : "reopened \(record.month) on \(record.reopenedOn!)"
        try Console.err("jixiao close: \(what): \(people) people, \(record.figures.count) figures → \(url.path)")
    }

    /// Today's date in UTC.
    static func today() -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}
