import JixiaoCore
import JixiaoMarkdown
/// Turns a formula's syntax tree into instructions, resolving names to slots and table
/// names to tables, and folding constant sub-expressions.
struct FormulaCompiler {
    let map: FormulaSourceMap
    let symbols: FormulaSymbols
    var code: [FormulaInstruction] = []
    var sites: [SourceLocation] = []
    var siteOffsets: [Int: Int] = [:]
    var names: [String] = []
    var tables: [RateTable] = []
    var tableIndex: [String: Int] = [:]
    private var depth = 0
    private(set) var maxDepth = 0
    private var handlers = 0
    /// How many `IFERROR`s enclose the part being compiled: a constant division by zero
    /// inside one is caught there, so it is not an error.
    private var errorCatchers = 0
    private(set) var maxHandlers = 0

    init(map: FormulaSourceMap, symbols: FormulaSymbols) {
        self.map = map
        self.symbols = symbols
    }

    /// Compiles a whole formula (ending with `finish`).
    mutating func compileProgram(_ root: FormulaNode) throws(FormulaError) {
        try compile(root)
        code.append(.finish)
    }

    private mutating func emit(_ instruction: FormulaInstruction, effect: Int) {
        code.append(instruction)
        depth += effect
        maxDepth = Swift.max(maxDepth, depth)
    }

    private mutating func site(_ offset: Int) -> Int {
        if let index = siteOffsets[offset] { return index }
        sites.append(map.location(of: offset))
        siteOffsets[offset] = sites.count - 1
        return sites.count - 1
    }

    private mutating func nameIndex(_ name: String) -> Int {
        if let index = names.firstIndex(of: name) { return index }
        names.append(name)
        return names.count - 1
    }

    private func resolve(_ name: String, offset: Int) throws(FormulaError) -> Int {
        if let slot = symbols.slot(for: name) { return slot }
        if symbols.table(named: name) != nil {
            throw map.error(
                at: offset, "'\(name)' is a rate table, not a value",
                fix: "use it as the second argument of PROGRESSIVE, BRACKET, RETRO or LOOKUP, e.g. PROGRESSIVE(sales, \(name))")
        }
        if let best = EditDistance.closest(to: name, among: symbols.slots.keys) {
            throw map.error(
                at: offset, "unknown name '\(Self.short(name))' — did you mean '\(best)'?",
                fix: "write '\(best)', or define '\(Self.short(name))' as a measure, attribute or item")
        }
        let known = symbols.slots.keys.sorted()
        let list = known.prefix(12).joined(separator: ", ") + (known.count > 12 ? ", …" : "")
        throw map.error(
            at: offset, "unknown name '\(Self.short(name))'",
            fix: known.isEmpty ? "define '\(name)' as a measure, attribute or item" : "known names: \(list)")
    }

    /// A name as quoted in a message: at most 80 characters.
    static func short(_ name: String) -> String {
        name.count > 80 ? name.prefix(80) + "… (\(name.count) characters)" : name
    }

    private mutating func resolveTable(_ name: String, offset: Int) throws(FormulaError) -> Int {
        if let index = tableIndex[name] { return index }
        guard let table = symbols.table(named: name) else {
            if let best = EditDistance.closest(to: name, among: symbols.tables.keys) {
                throw map.error(
                    at: offset, "unknown rate table '\(name)' — did you mean '\(best)'?",
                    fix: "write '\(best)', or define a table named '\(name)' in the policy's tables")
            }
            let known = symbols.tables.keys.sorted().joined(separator: ", ")
            throw map.error(
                at: offset, "unknown rate table '\(name)'",
                fix: known.isEmpty ? "define a table named '\(name)' in the policy's tables" : "known tables: \(known)")
        }
        tables.append(table)
        tableIndex[name] = tables.count - 1
        return tables.count - 1
    }

    /// Compiles `node`, leaving one value on the stack. Constant sub-expressions are
    /// computed now when `fold` is set.
    mutating func compile(_ node: FormulaNode, fold: Bool = true) throws(FormulaError) {
        if case .number(let value, _) = node {
            emit(.constant(value), effect: 1)
            return
        }
        if fold, node.isConstant, let value = try self.fold(node) {
            emit(.constant(value), effect: 1)
            return
        }
        switch node {
        case .number(let value, _):
            emit(.constant(value), effect: 1)
        case .name(let name, let offset):
            let slot = try resolve(name, offset: offset)
            emit(.load(slot: slot, name: nameIndex(name)), effect: 1)
        case .unary(let op, let operand, let offset):
            try compile(operand)
            switch op {
            case .negate: emit(.negate(site: site(offset)), effect: 0)
            case .plus: break
            case .percent: emit(.percent, effect: 0)
            case .not: emit(.not, effect: 0)
            }
        case .binary(let op, let left, let right, let offset):
            try compileBinary(op, left, right, offset: offset)
        case .call(let function, let args, let offset):
            try compileCall(function, args, offset: offset)
        case .table(let method, let amount, let table, let tableOffset, let offset):
            let index = try resolveTable(table, offset: tableOffset)
            try compile(amount)
            emit(.table(method, table: index, site: site(offset)), effect: 0)
        case .history(let function, let name, let nameOffset, let periods, _):
            try compileHistory(function, name, offset: nameOffset, periods: periods)
        }
    }

    /// A binary operation: operands, then the operator (fused with a constant or name on the right).
    private mutating func compileBinary(_ op: FormulaNode.Binary, _ left: FormulaNode, _ right: FormulaNode, offset: Int)
        throws(FormulaError)
    {
        try compile(left)
        if try compileFusedRight(op, right, offset: offset) { return }
        try compile(right)
        let instruction: FormulaInstruction
        switch op {
        case .add: instruction = .add(site: site(offset))
        case .subtract: instruction = .subtract(site: site(offset))
        case .multiply: instruction = .multiply(site: site(offset))
        case .divide: instruction = .divide(site: site(offset))
        case .power: instruction = .power(site: site(offset))
        case .equal: instruction = .compare(.equal)
        case .notEqual: instruction = .compare(.notEqual)
        case .less: instruction = .compare(.less)
        case .lessEqual: instruction = .compare(.lessEqual)
        case .greater: instruction = .compare(.greater)
        case .greaterEqual: instruction = .compare(.greaterEqual)
        case .and: instruction = .and(count: 2)
        case .or: instruction = .or(count: 2)
        }
        emit(instruction, effect: -1)
    }

    /// A history function (`PREV`, `SUM_LAST`…) of a name over a number of periods.
    private mutating func compileHistory(
        _ function: FormulaFunction, _ name: String, offset nameOffset: Int,
        periods: FormulaNode
    ) throws(FormulaError) {
        let slot = try resolve(name, offset: nameOffset)
        try compile(periods)
        let name = nameIndex(name)
        let at = site(periods.start)
        switch function {
        case .sumLast: emit(.window(.sum, slot: slot, name: name, site: at), effect: 0)
        case .avgLast: emit(.window(.average, slot: slot, name: name, site: at), effect: 0)
        case .minLast: emit(.window(.minimum, slot: slot, name: name, site: at), effect: 0)
        case .maxLast: emit(.window(.maximum, slot: slot, name: name, site: at), effect: 0)
        case .countLast: emit(.window(.count, slot: slot, name: name, site: at), effect: 0)
        default: emit(.previous(slot: slot, name: name, site: at), effect: 0)
        }
    }

    /// Emits `op` fused with its right operand when that is a constant or a name; returns
    /// whether it did.
    private mutating func compileFusedRight(_ op: FormulaNode.Binary, _ right: FormulaNode, offset: Int) throws(FormulaError) -> Bool {
        let binary: FormulaInstruction.Binary
        switch op {
        case .add: binary = .add
        case .subtract: binary = .subtract
        case .multiply: binary = .multiply
        case .divide: binary = .divide
        case .power: binary = .power
        case .equal: binary = .equal
        case .notEqual: binary = .notEqual
        case .less: binary = .less
        case .lessEqual: binary = .lessEqual
        case .greater: binary = .greater
        case .greaterEqual: binary = .greaterEqual
        case .and: binary = .and
        case .or: binary = .or
        }
        if case .name(let name, let nameOffset) = right {
            let slot = try resolve(name, offset: nameOffset)
            emit(.operateLoad(binary, slot: slot, name: nameIndex(name), site: site(offset)), effect: 0)
            return true
        }
        var constant: DecimalNumber?
        if case .number(let value, _) = right { constant = value } else if right.isConstant { constant = try fold(right) }
        guard let constant else { return false }
        if binary == .divide, constant.isZero, errorCatchers == 0 { throw divisionByZero(at: offset) }
        emit(.operateConstant(binary, constant, site: site(offset)), effect: 0)
        return true
    }

    /// Computes a constant sub-expression now; `nil` when it faults (the fault is then
    /// reported at evaluation time, with its place) — except a division by zero, which no
    /// data can avoid and is an error now.
    private func fold(_ node: FormulaNode) throws(FormulaError) -> DecimalNumber? {
        var sub = FormulaCompiler(map: map, symbols: symbols)
        sub.errorCatchers = errorCatchers
        try sub.compile(node, fold: false)
        sub.code.append(.finish)
        let program = CompiledFormula(compiler: sub, formula: nil)
        switch program.evaluate(ConstantEnvironment()) {
        case .success(let value): return value
        case .failure(.divisionByZero(let place)) where errorCatchers == 0:
            throw divisionByZero(at: sub.siteOffsets.first { sub.sites[$0.value] == place }?.key ?? node.offset)
        case .failure: return nil
        }
    }

    /// The error for a division by a divisor that is always 0.
    private func divisionByZero(at offset: Int) -> FormulaError {
        map.error(
            at: offset, "division by zero: the divisor here is always 0",
            fix: "divide by a measure or a non-zero number, e.g. sales / target")
    }

    /// Emits a forward jump to be patched later; returns its position.
    private mutating func placeholder() -> Int {
        code.append(.jump(to: -1))
        return code.count - 1
    }

    private mutating func compileCall(_ function: FormulaFunction, _ args: [FormulaNode], offset: Int) throws(FormulaError) {
        let at = site(offset)
        switch function {
        case .if:
            try compileIf(args)
        case .ifError, .ifBlank, .isBlank:
            try compileHandler(function, args)
        case .and, .or, .min, .max, .sum, .average:
            for arg in args { try compile(arg) }
            let n = args.count
            switch function {
            case .and: emit(.and(count: n), effect: 1 - n)
            case .or: emit(.or(count: n), effect: 1 - n)
            case .min: emit(.aggregate(.minimum, count: n, site: at), effect: 1 - n)
            case .max: emit(.aggregate(.maximum, count: n, site: at), effect: 1 - n)
            case .sum: emit(.aggregate(.sum, count: n, site: at), effect: 1 - n)
            default: emit(.aggregate(.average, count: n, site: at), effect: 1 - n)
            }
        case .not:
            try compile(args[0])
            emit(.not, effect: 0)
        case .abs:
            try compile(args[0])
            emit(.abs(site: at), effect: 0)
        case .round, .roundDown:
            try compile(args[0])
            if args.count > 1 { try compile(args[1]) } else { emit(.constant(.zero), effect: 1) }
            emit(function == .round ? .round(site: at) : .roundDown(site: at), effect: -1)
        case .clamp:
            for arg in args { try compile(arg) }
            emit(.clamp(site: at), effect: -2)
        case .tenureMonths:
            emit(.tenureMonths, effect: 1)
        case .tenureYears:
            emit(.tenureYears, effect: 1)
        case .progressive, .bracket, .retro, .lookup, .prev, .sumLast, .avgLast, .minLast, .maxLast, .countLast:
            // Parsed into `.table` and `.history` nodes; never reached.
            emit(.constant(.zero), effect: 1)
        }
    }

    /// `IF(condition, then[, else])`: a conditional jump over the `then` branch and a jump
    /// over the `else` branch (0 when there is none).
    private mutating func compileIf(_ args: [FormulaNode]) throws(FormulaError) {
        try compile(args[0])
        let toElse = placeholder()
        depth -= 1
        try compile(args[1])
        let toEnd = placeholder()
        depth -= 1
        code[toElse] = .jumpIfFalse(to: code.count)
        if args.count > 2 { try compile(args[2]) } else { emit(.constant(.zero), effect: 1) }
        code[toEnd] = .jump(to: code.count)
    }

    /// `IFERROR`, `IFBLANK` and `ISBLANK`: the first argument inside a handler (IFERROR's
    /// catches every error, the others only a blank), then the fallback after the jump.
    private mutating func compileHandler(_ function: FormulaFunction, _ args: [FormulaNode]) throws(FormulaError) {
        let begin = placeholder()
        handlers += 1
        maxHandlers = Swift.max(maxHandlers, handlers)
        if function == .ifError { errorCatchers += 1 }
        try compile(args[0])
        if function == .ifError { errorCatchers -= 1 }
        handlers -= 1
        code.append(.tryEnd)
        if function == .isBlank { code.append(.zeroTop) }
        let toEnd = placeholder()
        depth -= 1
        code[begin] = .tryBegin(to: code.count, catchesAll: function == .ifError)
        if function == .isBlank { emit(.constant(.one), effect: 1) } else { try compile(args[1]) }
        code[toEnd] = .jump(to: code.count)
    }
}
