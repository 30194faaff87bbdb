import JixiaoCore
import JixiaoMarkdown
/// A recursive-descent parser with Excel's operator precedence (lowest first):
/// `OR`, `AND`, `NOT`, comparisons, `+ -`, `* /`, `^` (left-associative), postfix `%`,
/// unary `- +`.
struct FormulaParser {
    private let map: FormulaSourceMap
    private let tokens: [FormulaToken]
    private var index = 0
    /// Nesting depth, bounded so that a pathological formula cannot exhaust the stack.
    private var depth = 0
    private static let maximumDepth = 200
    /// Binary operators so far, bounded (like the depth) so that the syntax tree stays shallow
    /// enough for the compiler's recursive walks: `1 + 1 + … + 1` is a tree as deep as it is long.
    private var operators = 0
    /// The most binary operators a formula may have.
    static let maximumOperators = 250

    init(map: FormulaSourceMap) throws(FormulaError) {
        self.map = map
        self.tokens = try FormulaLexer(map: map).tokens()
    }

    private var current: FormulaToken { tokens[min(index, tokens.count - 1)] }
    private var nextToken: FormulaToken { tokens[min(index + 1, tokens.count - 1)] }
    private mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    /// Parses the whole formula.
    mutating func parseFormula() throws(FormulaError) -> FormulaNode {
        if case .end = current.kind {
            throw map.error(at: 0, "the formula is empty", fix: "write an expression such as sales * 2%")
        }
        let node = try parseExpression()
        if case .end = current.kind { return node }
        throw unexpectedAfterValue()
    }

    /// The error for a token that cannot follow a complete value.
    private func unexpectedAfterValue() -> FormulaError {
        let token = current
        let previous = tokens[max(0, index - 1)]
        switch token.kind {
        case .rightParen:
            return map.error(at: token.offset, "unmatched ')'", fix: "remove it, or add the '(' it should close")
        case .leftParen:
            return map.error(at: token.offset, "expected an operator before '('", fix: "write \(previous.text)*(…) to multiply")
        case .comma:
            return map.error(
                at: token.offset, "unexpected ',' outside a function call",
                fix: "commas separate the arguments of a function, e.g. MAX(a, b)")
        case .number, .name:
            return map.error(
                at: token.offset, "expected an operator between \(previous.quoted) and \(token.quoted)",
                fix: "add + - * / or a comparison between them")
        default:
            return map.error(at: token.offset, "unexpected \(token.quoted)", fix: nil)
        }
    }

    private mutating func enter() throws(FormulaError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw map.error(at: current.offset, "the formula is nested too deeply", fix: "split it into several items")
        }
    }

    /// Counts one more binary operator; too many is an error at the one over the limit.
    private mutating func countOperator(at offset: Int) throws(FormulaError) {
        operators += 1
        guard operators > Self.maximumOperators else { return }
        throw map.error(
            at: offset, "the formula has more than \(Self.maximumOperators) operators",
            fix: "split it into several items or local values and combine those")
    }

    mutating func parseExpression() throws(FormulaError) -> FormulaNode {
        try enter()
        defer { depth -= 1 }
        var left = try parseAnd()
        while current.isKeyword("or") {
            let offset = current.offset
            advance()
            let right = try parseAnd()
            try countOperator(at: offset)
            left = .binary(.or, left, right, offset: offset)
        }
        return left
    }

    private mutating func parseAnd() throws(FormulaError) -> FormulaNode {
        var left = try parseNot()
        while current.isKeyword("and") {
            let offset = current.offset
            advance()
            let right = try parseNot()
            try countOperator(at: offset)
            left = .binary(.and, left, right, offset: offset)
        }
        return left
    }

    private mutating func parseNot() throws(FormulaError) -> FormulaNode {
        // `NOT(x)` is the function (so `NOT(a) + 1` adds to the negation); `NOT x` negates
        // the whole comparison that follows, so `NOT 1 = 2` is `NOT (1 = 2)`.
        if current.isKeyword("not"), nextToken.kind != .leftParen {
            let offset = current.offset
            advance()
            try enter()
            defer { depth -= 1 }
            let operand = try parseNot()
            return .unary(.not, operand, offset: offset)
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(FormulaError) -> FormulaNode {
        var left = try parseAdditive()
        while true {
            let op: FormulaNode.Binary
            switch current.kind {
            case .equal: op = .equal
            case .notEqual: op = .notEqual
            case .less: op = .less
            case .lessEqual: op = .lessEqual
            case .greater: op = .greater
            case .greaterEqual: op = .greaterEqual
            default: return left
            }
            let offset = current.offset
            advance()
            let right = try parseAdditive()
            try countOperator(at: offset)
            left = .binary(op, left, right, offset: offset)
        }
    }

    private mutating func parseAdditive() throws(FormulaError) -> FormulaNode {
        var left = try parseMultiplicative()
        while true {
            let op: FormulaNode.Binary
            switch current.kind {
            case .plus: op = .add
            case .minus: op = .subtract
            default: return left
            }
            let offset = current.offset
            advance()
            let right = try parseMultiplicative()
            try countOperator(at: offset)
            left = .binary(op, left, right, offset: offset)
        }
    }

    private mutating func parseMultiplicative() throws(FormulaError) -> FormulaNode {
        var left = try parsePower()
        while true {
            let op: FormulaNode.Binary
            switch current.kind {
            case .star: op = .multiply
            case .slash: op = .divide
            default: return left
            }
            let offset = current.offset
            advance()
            let right = try parsePower()
            try countOperator(at: offset)
            left = .binary(op, left, right, offset: offset)
        }
    }

    private mutating func parsePower() throws(FormulaError) -> FormulaNode {
        var left = try parsePostfix()
        while current.kind == .caret {
            let offset = current.offset
            advance()
            let right = try parsePostfix()
            try countOperator(at: offset)
            left = .binary(.power, left, right, offset: offset)
        }
        return left
    }

    private mutating func parsePostfix() throws(FormulaError) -> FormulaNode {
        var node = try parseUnary()
        while current.kind == .percent {
            node = .unary(.percent, node, offset: current.offset)
            advance()
        }
        return node
    }

    private mutating func parseUnary() throws(FormulaError) -> FormulaNode {
        switch current.kind {
        case .minus, .plus:
            let offset = current.offset
            let op: FormulaNode.Unary = current.kind == .minus ? .negate : .plus
            advance()
            try enter()
            defer { depth -= 1 }
            let operand = try parseUnary()
            if op == .negate, case .number(let value, _) = operand {
                return .number(-value, offset: offset)
            }
            return op == .negate ? .unary(.negate, operand, offset: offset) : operand
        default:
            return try parsePrimary()
        }
    }

    private mutating func parsePrimary() throws(FormulaError) -> FormulaNode {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return .number(value, offset: token.offset)
        case .leftParen:
            advance()
            if current.kind == .rightParen {
                throw map.error(at: current.offset, "empty parentheses", fix: "put an expression inside ( )")
            }
            let inner = try parseExpression()
            try expectClose(openedAt: token.offset, context: nil)
            return inner
        case .name(let name):
            if nextToken.kind == .leftParen {
                return try parseCall(token)
            }
            switch name {
            case "true": advance(); return .number(.one, offset: token.offset)
            case "false": advance(); return .number(.zero, offset: token.offset)
            case "and", "or":
                throw map.error(
                    at: token.offset, "\(token.text.uppercased()) needs a condition on each side",
                    fix: "write a > 1 \(token.text.uppercased()) b > 1, or \(token.text.uppercased())(a > 1, b > 1)")
            case "not":
                throw map.error(
                    at: token.offset, "NOT without parentheses must start a condition", fix: "write NOT(…) here, e.g. 1 + NOT(x > 2)")
            default:
                advance()
                return .name(name, offset: token.offset)
            }
        case .end:
            let previous = tokens[max(0, index - 1)]
            throw map.error(at: token.offset, "the formula ends too early, after \(previous.quoted)", fix: "complete the expression")
        case .rightParen:
            throw map.error(at: token.offset, "expected a value before ')'", fix: nil)
        case .comma:
            throw map.error(at: token.offset, "expected a value before ','", fix: "every argument needs a value; write 0 for zero")
        default:
            throw map.error(at: token.offset, "expected a value, found \(token.quoted)", fix: nil)
        }
    }

    /// Consumes `)` or reports the '(' it should close.
    private mutating func expectClose(openedAt open: Int, context: String?) throws(FormulaError) {
        if current.kind == .rightParen { advance(); return }
        let token = current
        let openedAt = map.describe(open)
        switch token.kind {
        case .end:
            throw map.error(at: token.offset, "expected ')' to close '(' opened at \(openedAt)", fix: "add ')'")
        case .name, .number:
            let previous = tokens[max(0, index - 1)]
            let separator = context == nil ? "an operator" : "an operator or ','"
            throw map.error(
                at: token.offset, "expected \(separator) between \(previous.quoted) and \(token.quoted)",
                fix: context.map { "separate the arguments of \($0) with ','" } ?? "add + - * / or a comparison between them")
        default:
            throw map.error(at: token.offset, "expected ')' to close '(' opened at \(openedAt), found \(token.quoted)", fix: nil)
        }
    }

    /// A function call: the function known, its arguments in parentheses, their count within
    /// its arity; table and history functions become their own nodes.
    private mutating func parseCall(_ nameToken: FormulaToken) throws(FormulaError) -> FormulaNode {
        let name = nameToken.text
        guard let function = FormulaFunction(name: name) else {
            var fix = "known functions: \(FormulaFunction.catalogue)"
            if let best = EditDistance.closest(to: name.uppercased(), among: FormulaFunction.allCases.map(\.rawValue)) {
                fix = "did you mean \(best)? " + fix
            }
            throw map.error(
                at: nameToken.offset, "unknown function \(name.uppercased()) — known functions: \(FormulaFunction.catalogue)", fix: fix)
        }
        let args = try parseArguments(of: function)
        try checkArity(function, args.count, at: nameToken.offset)
        return try specialForm(function, args, at: nameToken.offset) ?? .call(function, args, offset: nameToken.offset)
    }

    /// The arguments of a call, from its name to its closing parenthesis.
    private mutating func parseArguments(of function: FormulaFunction) throws(FormulaError) -> [FormulaNode] {
        advance()  // name
        let open = current.offset
        advance()  // (
        try enter()
        defer { depth -= 1 }
        var args: [FormulaNode] = []
        if current.kind != .rightParen {
            while true {
                if current.kind == .comma || current.kind == .rightParen {
                    throw map.error(
                        at: current.offset, "missing argument \(args.count + 1) of \(function.rawValue)", fix: "write \(function.signature)"
                    )
                }
                args.append(try parseExpression())
                if current.kind == .comma { advance(); continue }
                break
            }
        }
        try expectClose(openedAt: open, context: function.rawValue)
        return args
    }

    /// Throws when `count` arguments are too few or too many for `function`.
    private func checkArity(_ function: FormulaFunction, _ count: Int, at offset: Int) throws(FormulaError) {
        let (least, most) = function.arity
        guard count < least || count > most else { return }
        let expected: String
        if least == most {
            expected = least == 0 ? "no arguments" : least == 1 ? "1 argument" : "\(least) arguments"
        } else if most == Int.max {
            expected = "at least \(least) argument\(least == 1 ? "" : "s")"
        } else {
            expected = "\(least) or \(most) arguments"
        }
        throw map.error(
            at: offset, "\(function.rawValue) takes \(expected), but \(count) \(count == 1 ? "was" : "were") given",
            fix: "write \(function.signature)")
    }

    /// A rate-table call (`PROGRESSIVE(sales, commission)`) or a history call
    /// (`AVG_LAST(score, 3)`) as its own node, the name argument checked; `nil` for others.
    private func specialForm(_ function: FormulaFunction, _ args: [FormulaNode], at offset: Int) throws(FormulaError) -> FormulaNode? {
        if let method = function.tableMethod {
            guard case .name(let table, let tableOffset) = args[1] else {
                throw map.error(
                    at: args[1].start, "the second argument of \(function.rawValue) must be the name of a rate table",
                    fix: "write \(function.signature), e.g. \(function.rawValue)(sales, commission)")
            }
            return .table(method, args[0], table: table, tableOffset: tableOffset, offset: offset)
        }
        if function.isHistory {
            guard case .name(let measure, let measureOffset) = args[0] else {
                throw map.error(
                    at: args[0].start, "the first argument of \(function.rawValue) must be the name of a measure",
                    fix: "write \(function.signature), e.g. \(function.rawValue)(sales, 3)")
            }
            let periods = args.count > 1 ? args[1] : .number(.one, offset: offset)
            return .history(function, name: measure, nameOffset: measureOffset, periods: periods, offset: offset)
        }
        return nil
    }
}
