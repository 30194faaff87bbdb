import Foundation
import JixiaoCore
import JixiaoMarkdown

/// Reads a content folder into `Content`, checking everything on the way.
///
/// Every problem is collected (not just the first), so `jixiao check` can list them all.
public struct ContentLoader: Sendable {
    /// The content folder.
    public var fileSystem: any FileSystem

    /// Creates a loader over a file system rooted at the content folder.
    public init(fileSystem: any FileSystem) { self.fileSystem = fileSystem }

    /// The outcome of loading: the content when it could be read, and every diagnostic.
    public struct Outcome: Sendable {
        /// The content; `nil` when errors made it unusable.
        public var content: Content?
        /// Every problem found, sorted by place.
        public var diagnostics: [Diagnostic]
        /// Whether an error was found.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Loads and checks everything.
    public func load() -> Outcome {
        var diagnostics = Diagnostics()
        let settings = loadSettings(&diagnostics)
        let departments = loadDepartments(&diagnostics)
        let (employees, attributeNames) = loadEmployees(departments: departments, &diagnostics)
        let transfers = loadTransfers(departments: departments, employees: employees, &diagnostics)
        let payChanges = loadPayChanges(employees: employees, attributeNames: attributeNames, &diagnostics)
        let roles = loadRoles(checking: employees, transfers, &diagnostics)
        let organisation = Organisation(
            departments: departments, employees: employees, transfers: transfers, attributeNames: attributeNames, roles: roles,
            payChanges: payChanges)
        var catalog = MeasureCatalog()
        let months = loadMonths(organisation: organisation, declarations: settings?.dataFiles ?? .init(), catalog: &catalog, &diagnostics)
        let policies = loadPolicies(organisation: organisation, &diagnostics)
        if roles.isEmpty, !employees.isEmpty { checkRoleTypos(policies: policies, &diagnostics) }
        let measureNames = loadMeasureNames(&diagnostics)
        checkSettings(settings, months: months, &diagnostics)
        let adjustments = loadAdjustments(employees: employees, months: months, &diagnostics)
        let closedMonths = loadClosedMonths(&diagnostics)
        let assessments = loadAssessments(employees: employees, &diagnostics)
        checkEditions(settings, organisation: organisation, &diagnostics)
        let sorted = suppressingCascades(diagnostics.sorted)
        guard let settings, !diagnostics.hasErrors else { return Outcome(content: nil, diagnostics: sorted) }
        var content = Content(
            settings: settings, organisation: organisation, measures: catalog, months: months,
            policies: policies, warnings: sorted.filter { $0.severity == .warning })
        (content.adjustments, content.closedMonths) = (adjustments, closedMonths)
        content.measureNames = measureNames
        content.assessments = assessments
        return Outcome(content: content, diagnostics: sorted)
    }

    /// Loads and throws every problem as one `DiagnosticError` when there is an error.
    public func loadOrThrow() throws(DiagnosticError) -> Content {
        let outcome = load()
        guard let content = outcome.content else { throw DiagnosticError(outcome.diagnostics) }
        return content
    }

    /// The entries of a content folder; an existing folder that cannot be listed is an error
    /// naming it (so it is not taken for an empty folder and its data silently left out).
    func list(_ folder: String, _ diagnostics: inout Diagnostics) -> [String] {
        switch fileSystem.listing(folder) {
        case .success(let names): return names
        case .failure(let problem):
            diagnostics.error(
                SourceLocation(file: folder + "/"), "cannot read the folder: \(problem.reason); none of its files were read",
                fix: "let the user who runs jixiao read it (e.g. chmod u+rx \(folder)), then run the check again")
            return []
        }
    }

    /// Reads and parses a CSV file; `nil` (with a diagnostic) when unreadable.
    func readCSV(_ path: String, _ diagnostics: inout Diagnostics) -> CSVTable? {
        guard let data = readData(path, &diagnostics) else { return nil }
        if path.lowercased().hasSuffix(".xlsx") { return readWorkbook(path, data: data, &diagnostics) }
        reportWorkbookTwin(of: path, &diagnostics)
        return CSVParser.parse(data, path: path, diagnostics: &diagnostics)
    }

    /// Reads a file's bytes; `nil` (with an error naming the path and the system's reason)
    /// when it cannot be read.
    func readData(_ path: String, _ diagnostics: inout Diagnostics) -> Data? {
        do {
            return try fileSystem.read(path)
        } catch {
            diagnostics.error(
                SourceLocation(file: path), "cannot read the file: \(SystemReason.of(error))", fix: "check that it exists and is readable")
            return nil
        }
    }

    /// Reads a text file (UTF-8 or GB18030).
    func readText(_ path: String, _ diagnostics: inout Diagnostics) -> String? {
        guard let data = readData(path, &diagnostics) else { return nil }
        guard let (text, _) = TextDecoding.decode(data) else {
            var problem =
                TextDecoding.problem(data, path: path)
                ?? .error(SourceLocation(file: path), "the file is not UTF-8 text", fix: "save it as UTF-8")
            problem.fix = "save it as UTF-8 text (in Notepad: Save As › Encoding › UTF-8)"
            diagnostics.report(problem)
            return nil
        }
        return text
    }

    /// Checks that the named columns exist; reports each missing one at the header.
    func requireColumns(_ names: [String], in table: CSVTable, _ diagnostics: inout Diagnostics) -> Bool {
        var ok = true
        for name in names where table.column(named: name) == nil {
            diagnostics.error(
                SourceLocation(file: table.path, line: table.headerLine, column: 1),
                "missing required column \"\(name)\"",
                fix: "add a column named \(name) to the header (columns now: \(table.rawHeader.joined(separator: ", ")))")
            ok = false
        }
        return ok
    }

    /// Reads a date cell, with distinct messages for a malformed and an impossible date.
    func day(_ table: CSVTable, _ row: Int, _ column: Int, what: String, _ diagnostics: inout Diagnostics) -> Day? {
        let text = table.string(row, column)
        if let day = Day(parsing: text) { return day }
        if Day.looksLikeDate(text) {
            let reason = Day.problem(parsing: text).map { ": " + $0 } ?? ""
            diagnostics.error(
                table.location(row, column), "\(what) \(text.quotedForMessage()) is not a real date\(reason)",
                fix: "check the day and month (e.g. February has 28 or 29 days)")
        } else {
            diagnostics.error(
                table.location(row, column), "\(what) \(text.quotedForMessage()) is not a date",
                fix: "write dates as 2026-03-01 or 2026/3/1")
        }
        return nil
    }
}
