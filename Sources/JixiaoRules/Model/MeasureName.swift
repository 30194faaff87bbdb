import JixiaoCore
/// How a name used in formulas — a measure, an employee attribute, a variable or a rate
/// table — is shown to people: declared once in `content/measures.csv`
/// (`id,name,name_en,unit,unit_en`), e.g. `sales,当月销售额,Monthly sales,元,CNY`.
public struct MeasureName: Sendable, Hashable {
    /// The name as formulas write it (`sales`), lowercase.
    public var id: String
    /// The display name in Chinese (`当月销售额`).
    public var name: String
    /// The display name in English, when given.
    public var nameEN: String?
    /// The unit in Chinese (`元`, `天`, `%`), when the value has one.
    public var unit: String?
    /// The unit in English, when it differs from `unit`.
    public var unitEN: String?
    /// Where it is declared.
    public var location: SourceLocation

    /// Creates a declaration.
    public init(id: String, name: String, nameEN: String? = nil, unit: String? = nil, unitEN: String? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.unit = unit
        self.unitEN = unitEN
        self.location = location
    }
}
