import Mustache

/// A page model (or part of one) that names its fields for the templates: a switch over the
/// stored properties instead of reflection. nil means "no such field", so the name is looked
/// up in the enclosing sections and, failing that, reported as a template error.
public protocol TemplateFields: MustacheParent {
    /// The field named `name`, nil when the type has none.
    func field(_ name: String) -> TemplateValue?
}

extension TemplateFields {
    /// The field named `name` for swift-mustache (templates the compiled renderer leaves to it).
    public func child(named name: String) -> Any? { field(name)?.mustacheValue }
}

/// The interface strings (`chrome.t`).
extension Dictionary: TemplateFields where Key == String, Value == String {
    /// The string with key `name`.
    public func field(_ name: String) -> TemplateValue? { self[name].map(TemplateValue.text) }
}
