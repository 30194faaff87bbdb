import JixiaoCore
import JixiaoMarkdown
/// One CSV file of monthly measures: rows for people (or departments), columns for measures.
///
/// Values are stored densely (`values[row * columns + column]` with a parallel presence flag)
/// so that a large company costs a few bytes per cell.
public struct MeasureFile: Sendable {
    /// Path relative to the content folder.
    public var path: String
    /// Catalog index of each measure column.
    public var measures: [Int]
    /// For each entity (employee or department index), its row, or -1.
    public var rowOfEntity: [Int32]
    /// Line in the file of each row (for messages).
    public var rowLines: [Int32]
    /// Entity index of each row.
    public var rowEntities: [Int32]
    /// Values, row-major.
    public var values: [DecimalNumber]
    /// Whether the cell held a value (an empty cell means "not reported").
    public var present: [Bool]

    /// Creates an empty file table for `entityCount` possible entities.
    public init(path: String, measures: [Int], entityCount: Int) {
        self.path = path
        self.measures = measures
        self.rowOfEntity = Array(repeating: -1, count: entityCount)
        self.rowLines = []
        self.rowEntities = []
        self.values = []
        self.present = []
    }

    /// Number of rows.
    public var rowCount: Int { rowLines.count }

    /// The value of column `column` for entity `entity`, if reported.
    @inline(__always)
    public func value(entity: Int, column: Int) -> DecimalNumber? {
        let row = Int(rowOfEntity[entity])
        if row < 0 { return nil }
        let cell = row * measures.count + column
        return present[cell] ? values[cell] : nil
    }

    /// Whether the entity has a row in this file.
    public func contains(entity: Int) -> Bool { rowOfEntity[entity] >= 0 }
}
