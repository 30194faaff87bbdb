/// The fields of a value that does not name its own (``TemplateFields``), read by reflection
/// as swift-mustache reads them: for models used outside the site's page types.
struct ReflectedFields: TemplateFields {
    private let value: Any?
    private let dictionary: [String: Any]?

    /// The stored properties of `value`.
    init(_ value: Any) {
        self.value = value
        dictionary = nil
    }

    /// The entries of a dictionary with text keys.
    init(dictionary: [String: Any]) {
        value = nil
        self.dictionary = dictionary
    }

    /// The property or entry `name`, nil when missing (or an empty Optional).
    func field(_ name: String) -> TemplateValue? {
        if let dictionary { return dictionary[name].flatMap { TemplateValue(reflecting: $0) } }
        guard let value, let child = Mirror(reflecting: value).children.first(where: { $0.label == name }) else { return nil }
        return TemplateValue(reflecting: child.value)
    }
}
