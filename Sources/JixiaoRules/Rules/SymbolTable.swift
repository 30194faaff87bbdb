import JixiaoCore
import JixiaoMarkdown
/// The names every formula can use, each bound to a slot and a source; built once from the
/// content (measures, attributes) and shared by all policies.
public struct SymbolTable: Sendable {
    /// Slot of each name (lower-case).
    public private(set) var slots: [String: Int] = [:]
    /// Source of each slot.
    public private(set) var sources: [SlotSource] = []
    /// Name of each slot.
    public private(set) var names: [String] = []

    /// An empty table.
    public init() {}

    /// Number of slots.
    public var count: Int { sources.count }

    /// Adds a name (the first definition of a name wins).
    @discardableResult
    public mutating func define(_ name: String, _ source: SlotSource) -> Int {
        let key = name.lowercased()
        if let slot = slots[key] { return slot }
        let slot = sources.count
        slots[key] = slot
        sources.append(source)
        names.append(key)
        return slot
    }

    /// The base names for person rules: measures, `dept.<measure>`, attributes, built-ins and results.
    public static func forPeople(content: Content, attributes: [String]) -> SymbolTable {
        var table = SymbolTable()
        for (i, name) in content.measures.names.enumerated() { table.define(name, .measure(i)) }
        for (i, name) in content.measures.names.enumerated() { table.define("dept." + name, .departmentMeasure(i)) }
        for (i, name) in attributes.enumerated() { table.define(name, .attribute(i)) }
        for builtin in SlotSource.Builtin.allCases { table.define(builtin.rawValue, .builtin(builtin)) }
        for result in SlotSource.ResultValue.allCases { table.define(result.rawValue, .result(result)) }
        return table
    }

    /// The base names for department scorecards: the department's measures by plain name.
    public static func forDepartments(content: Content) -> SymbolTable {
        var table = SymbolTable()
        for (i, name) in content.measures.names.enumerated() { table.define(name, .departmentMeasure(i)) }
        table.define(SlotSource.Builtin.month_number.rawValue, .builtin(.month_number))
        table.define(SlotSource.Builtin.working_days.rawValue, .builtin(.working_days))
        return table
    }
}
