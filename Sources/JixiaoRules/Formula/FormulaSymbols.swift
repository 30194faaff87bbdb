import JixiaoCore
import JixiaoMarkdown
/// What a formula's names mean in one company: each measure, attribute or item score name
/// maps to a slot number the environment understands, and each rate-table name to its
/// table. Names are case-insensitive (stored lowercase).
public struct FormulaSymbols: Sendable {
    /// Slot of every known value name, keyed by lowercase name.
    public private(set) var slots: [String: Int]
    /// Every known rate table, keyed by lowercase name.
    public private(set) var tables: [String: RateTable]

    /// Creates the symbols; keys are lowercased.
    public init(slots: [String: Int] = [:], tables: [String: RateTable] = [:]) {
        self.slots = [:]
        self.tables = [:]
        for (name, slot) in slots { self.slots[name.lowercased()] = slot }
        for (name, table) in tables { self.tables[name.lowercased()] = table }
    }

    /// Creates symbols whose slots are the positions of `names` in the array.
    public init(names: [String], tables: [String: RateTable] = [:]) {
        var slots: [String: Int] = [:]
        for (index, name) in names.enumerated() where slots[name.lowercased()] == nil {
            slots[name.lowercased()] = index
        }
        self.init(slots: slots, tables: tables)
    }

    /// Adds or replaces a value name.
    public mutating func define(_ name: String, slot: Int) { slots[name.lowercased()] = slot }

    /// Adds or replaces a rate table.
    public mutating func define(table name: String, _ table: RateTable) { tables[name.lowercased()] = table }

    /// The slot of a name, if known.
    public func slot(for name: String) -> Int? { slots[name.lowercased()] }

    /// The table of a name, if known.
    public func table(named name: String) -> RateTable? { tables[name.lowercased()] }
}
