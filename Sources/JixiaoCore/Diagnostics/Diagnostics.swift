/// A collector of diagnostics that a stage fills as it reads content, so that one run
/// reports every problem instead of stopping at the first.
public struct Diagnostics: Sendable {
    /// Everything reported so far, in the order reported.
    public private(set) var all: [Diagnostic] = []
    /// Workbook tables, by file path, whose CSV lines and columns are reported as sheet cells.
    public private(set) var sheetMaps: [String: SheetCellMap] = [:]

    /// An empty collector.
    public init() {}

    /// Whether any error (not warning) was reported.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Number of errors.
    public var errorCount: Int { all.count { $0.severity == .error } }

    /// Number of warnings.
    public var warningCount: Int { all.count { $0.severity == .warning } }

    /// Adds one diagnostic.
    public mutating func report(_ diagnostic: Diagnostic) {
        guard !sheetMaps.isEmpty, let map = sheetMaps[diagnostic.location.file] else { return all.append(diagnostic) }
        var placed = diagnostic
        placed.location = map.resolve(diagnostic.location)
        all.append(placed)
    }

    /// Adds an error.
    public mutating func error(_ location: SourceLocation, _ message: String, fix: String? = nil) {
        report(.error(location, message, fix: fix))
    }

    /// Adds a warning.
    public mutating func warning(_ location: SourceLocation, _ message: String, fix: String? = nil) {
        report(.warning(location, message, fix: fix))
    }

    /// Adds many diagnostics.
    public mutating func append(contentsOf other: [Diagnostic]) {
        for diagnostic in other { report(diagnostic) }
    }

    /// Adds everything another collector holds, with its workbook maps.
    public mutating func append(contentsOf other: Diagnostics) {
        sheetMaps.merge(other.sheetMaps) { _, new in new }
        append(contentsOf: other.all)
    }

    /// How a message names another line of the same table: `line 5` in a CSV file, the sheet
    /// row (`员工!5:5`) in a workbook, so that "first on …" points where the user looks.
    public func lineName(_ line: Int, in file: String) -> String {
        guard let map = sheetMaps[file], let cell = map.resolve(SourceLocation(file: file, line: line)).cell else { return "line \(line)" }
        return cell
    }

    /// From now on, reports places in the table read from `map.file` as sheet cells.
    public mutating func placeInSheet(_ map: SheetCellMap) { sheetMaps[map.file] = map }

    /// The diagnostics sorted by place (stable for equal places), each reported once.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return all.enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            return a.offset < b.offset
        }.map(\.element).filter { seen.insert($0).inserted }
    }

    /// Throws a `DiagnosticError` with everything collected when there is an error.
    public func throwIfErrors() throws(DiagnosticError) {
        if hasErrors { throw DiagnosticError(sorted) }
    }
}
