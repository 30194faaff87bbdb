import JixiaoCore
import JixiaoMarkdown
/// One lexical token of a formula, with its character offset in the formula text.
struct FormulaToken: Sendable, Equatable {
    /// What kind of token it is.
    enum Kind: Sendable, Equatable {
        case number(DecimalNumber)
        /// A name, normalised to lowercase (`items.sales`); keywords are names too.
        case name(String)
        case leftParen, rightParen, comma
        case plus, minus, star, slash, caret, percent
        case equal, notEqual, less, lessEqual, greater, greaterEqual
        case end
    }

    /// The kind and payload.
    var kind: Kind
    /// Offset (in characters) of the first character.
    var offset: Int
    /// The text as written.
    var text: String

    /// The lowercase name when the token is a name.
    var name: String? {
        if case .name(let name) = kind { return name }
        return nil
    }

    /// Whether the token is the given keyword (`and`, `or`, `not`, …).
    func isKeyword(_ keyword: String) -> Bool { name == keyword }

    /// How the token is described in messages.
    var quoted: String {
        if case .end = kind { return "the end of the formula" }
        return "'\(text)'"
    }
}
