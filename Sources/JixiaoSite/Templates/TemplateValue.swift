import Foundation

/// A value a template reads, typed: compiled templates (`CompiledTemplate`) render these
/// without casting `Any` or reflecting. Models name their fields through ``TemplateFields``.
public enum TemplateValue {
    /// Text: escaped by `{{name}}`; an empty text counts as "nothing" in a section.
    case text(String)
    /// A flag: a section shows when it is true, an inverted section when it is false.
    case flag(Bool)
    /// A whole number (rendered in decimal; a section over it always shows).
    case number(Int)
    /// A model with fields of its own.
    case object(any TemplateFields)
    /// A list: a section repeats for each element.
    case list(TemplateList)
    /// Any other value: read by reflection, rendered with `String(describing:)`.
    case opaque(Any)

    /// The value of anything: typed when it is text, a flag, a number, a model, a list or a
    /// dictionary; an Optional unwrapped (nil when empty); else opaque. For rarely read fields.
    public init?(reflecting value: Any) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let inner = mirror.children.first?.value, let unwrapped = TemplateValue(reflecting: inner) else { return nil }
            self = unwrapped
            return
        }
        switch value {
        case let text as String: self = .text(text)
        case let flag as Bool: self = .flag(flag)
        case let number as Int: self = .number(number)
        case let fields as any TemplateFields: self = .object(fields)
        case let dictionary as [String: Any]: self = .object(ReflectedFields(dictionary: dictionary))
        default:
            if mirror.displayStyle == .collection || mirror.displayStyle == .set {
                self = .list(TemplateList(mirror.children.map(\.value)))
            } else {
                self = .opaque(value)
            }
        }
    }

    /// The field `name` of this value, nil when it has none.
    func field(_ name: String) -> TemplateValue? {
        switch self {
        case .object(let fields): fields.field(name)
        case .opaque(let value): ReflectedFields(value).field(name)
        case .text, .flag, .number, .list: nil
        }
    }

    /// The value as swift-mustache reads it (for templates it renders itself).
    var mustacheValue: Any {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag
        case .number(let number): number
        case .object(let fields): fields
        case .list(let list): (0..<list.count).map { list[$0].mustacheValue }
        case .opaque(let value): value
        }
    }

    /// The text `{{name}}` shows before escaping, as swift-mustache shows it.
    var renderedText: String {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag ? "true" : "false"
        case .number(let number): String(number)
        case .object(let fields): String(describing: fields)
        case .list(let list): String(describing: (0..<list.count).map { list[$0].mustacheValue })
        case .opaque(let value): String(describing: value)
        }
    }
}
