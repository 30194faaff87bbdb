import JixiaoCore
import JixiaoMarkdown
/// Everything reported for one month: per-person and per-department measure files.
public struct MonthData: Sendable {
    /// The month.
    public var month: Month
    /// Files whose rows are people.
    public var personFiles: [MeasureFile]
    /// Files whose rows are departments.
    public var departmentFiles: [MeasureFile]
    /// For each catalog measure: the `(file, column)` pairs in `personFiles` that hold it.
    var personSources: [[Source]] = []
    /// For each catalog measure: the `(file, column)` pairs in `departmentFiles` that hold it.
    var departmentSources: [[Source]] = []

    /// Where a measure's values are: a file and a column in it.
    struct Source: Sendable {
        var file: Int
        var column: Int
    }

    /// Creates month data and indexes its columns.
    public init(month: Month, personFiles: [MeasureFile], departmentFiles: [MeasureFile], measureCount: Int) {
        self.month = month
        self.personFiles = personFiles
        self.departmentFiles = departmentFiles
        self.personSources = Self.index(personFiles, measureCount)
        self.departmentSources = Self.index(departmentFiles, measureCount)
    }

    private static func index(_ files: [MeasureFile], _ count: Int) -> [[Source]] {
        var map = Array(repeating: [Source](), count: count)
        for (f, file) in files.enumerated() {
            for (c, measure) in file.measures.enumerated() {
                map[measure].append(Source(file: f, column: c))
            }
        }
        return map
    }

    /// A person's value of a measure this month, if reported.
    @inline(__always)
    public func value(employee: Int, measure: Int) -> DecimalNumber? {
        guard measure < personSources.count else { return nil }
        // Through a buffer pointer: the files are read in place, never copied.
        return personFiles.withUnsafeBufferPointer { files in
            for source in personSources[measure] where files[source.file].contains(entity: employee) {
                return files[source.file].value(entity: employee, column: source.column)
            }
            return nil
        }
    }

    /// A department's value of a measure this month, if reported.
    public func value(department: Int, measure: Int) -> DecimalNumber? {
        guard measure < departmentSources.count else { return nil }
        for source in departmentSources[measure] where departmentFiles[source.file].contains(entity: department) {
            return departmentFiles[source.file].value(entity: department, column: source.column)
        }
        return nil
    }

    /// Whether the person has at least one row this month.
    public func hasData(employee: Int) -> Bool {
        personFiles.withUnsafeBufferPointer { files in files.indices.contains { files[$0].contains(entity: employee) } }
    }
}
