/// A list a template repeats a section over: its length and its elements, read in place.
public struct TemplateList {
    /// The number of elements.
    public let count: Int
    private let element: (Int) -> TemplateValue

    /// The elements of a list of models.
    public init<Element: TemplateFields>(_ items: [Element]) {
        count = items.count
        element = { .object(items[$0]) }
    }

    /// The elements of a list of texts.
    public init(_ items: [String]) {
        count = items.count
        element = { .text(items[$0]) }
    }

    /// The elements of a list of anything (read by reflection; empty Optionals kept as opaque nil).
    init(_ items: [Any]) {
        count = items.count
        element = { TemplateValue(reflecting: items[$0]) ?? .opaque(items[$0]) }
    }

    /// The element at `index`.
    subscript(index: Int) -> TemplateValue { element(index) }
}
