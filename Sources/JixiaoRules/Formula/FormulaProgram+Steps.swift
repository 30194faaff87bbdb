import JixiaoCore

/// The value instructions of the interpreter (``FormulaProgram/run(_:_:_:)``), one function per
/// group. Each works on the stack in place and returns `nil` when done, or the fault.
extension FormulaProgram {
    /// A fused operator with a constant or a name, a constant, a name.
    @inlinable @inline(__always)
    func loadStep<Environment: FormulaEnvironment>(
        _ instruction: FormulaInstruction, _ env: Environment, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int
    ) -> FormulaFault? {
        switch instruction {
        case .operateConstant(let op, let value, let site):
            switch Self.apply(op, stack[sp - 1], value) {
            case .success(let result): stack[sp - 1] = result
            case .failure(let kind): return kind.fault(at: sites[site])
            }
        case .operateLoad(let op, let slot, let name, let site):
            guard let value = env.value(slot: slot) else { return .missing(names[name]) }
            switch Self.apply(op, stack[sp - 1], value) {
            case .success(let result): stack[sp - 1] = result
            case .failure(let kind): return kind.fault(at: sites[site])
            }
        case .constant(let value):
            stack[sp] = value
            sp += 1
        case .load(let slot, let name):
            guard let value = env.value(slot: slot) else { return .missing(names[name]) }
            stack[sp] = value
            sp += 1
        default:
            break
        }
        return nil
    }

    /// `+ - * / ^`, negation and `%` on the top of the stack, with overflow and division by
    /// zero as faults.
    @inlinable @inline(__always)
    func arithmeticStep(_ instruction: FormulaInstruction, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int) -> FormulaFault? {
        switch instruction {
        case .add(let site):
            let (sum, overflow) = stack[sp - 2].raw.addingReportingOverflow(stack[sp - 1].raw)
            if overflow { return .overflow(sites[site]) }
            sp -= 1
            stack[sp - 1] = DecimalNumber(raw: sum)
        case .subtract(let site):
            let (difference, overflow) = stack[sp - 2].raw.subtractingReportingOverflow(stack[sp - 1].raw)
            if overflow { return .overflow(sites[site]) }
            sp -= 1
            stack[sp - 1] = DecimalNumber(raw: difference)
        case .multiply(let site):
            guard let product = Self.multiply(stack[sp - 2], stack[sp - 1]) else { return .overflow(sites[site]) }
            sp -= 1
            stack[sp - 1] = product
        case .divide(let site):
            let divisor = stack[sp - 1]
            guard let quotient = Self.divide(stack[sp - 2], divisor) else {
                return divisor.isZero ? .divisionByZero(sites[site]) : .overflow(sites[site])
            }
            sp -= 1
            stack[sp - 1] = quotient
        case .power(let site):
            switch Self.power(stack[sp - 2], stack[sp - 1]) {
            case .success(let value):
                sp -= 1
                stack[sp - 1] = value
            case .failure(let kind):
                return kind.fault(at: sites[site])
            }
        case .negate(let site):
            let (negated, overflow) = Int128(0).subtractingReportingOverflow(stack[sp - 1].raw)
            if overflow { return .overflow(sites[site]) }
            stack[sp - 1] = DecimalNumber(raw: negated)
        case .percent:
            let value = stack[sp - 1]
            stack[sp - 1] = Self.divide(value, DecimalNumber.hundred) ?? DecimalNumber(raw: Self.divideRounded128(value.raw, 100))
        default:
            break
        }
        return nil
    }

    /// Comparisons, `NOT`, `AND`, `OR` and the aggregates over the top `count` values.
    @inlinable @inline(__always)
    func logicStep(_ instruction: FormulaInstruction, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int) -> FormulaFault? {
        switch instruction {
        case .compare(let comparison):
            let a = stack[sp - 2].raw, b = stack[sp - 1].raw
            let result: Bool
            switch comparison {
            case .equal: result = a == b
            case .notEqual: result = a != b
            case .less: result = a < b
            case .lessEqual: result = a <= b
            case .greater: result = a > b
            case .greaterEqual: result = a >= b
            }
            sp -= 1
            stack[sp - 1] = Self.bool(result)
        case .not:
            stack[sp - 1] = Self.bool(stack[sp - 1].isZero)
        case .and(let count):
            var result = true
            for index in (sp - count)..<sp where stack[index].isZero { result = false }
            sp -= count - 1
            stack[sp - 1] = Self.bool(result)
        case .or(let count):
            var result = false
            for index in (sp - count)..<sp where !stack[index].isZero { result = true }
            sp -= count - 1
            stack[sp - 1] = Self.bool(result)
        case .aggregate(let kind, let count, let site):
            guard let result = Self.aggregate(kind, stack + (sp - count), count: count) else { return .overflow(sites[site]) }
            sp -= count - 1
            stack[sp - 1] = result
        default:
            break
        }
        return nil
    }

    /// `MIN`, `MAX`, `SUM` or `AVERAGE` of `count` values from `first`; `nil` on overflow.
    @inlinable @inline(__always)
    static func aggregate(_ kind: FormulaInstruction.Aggregate, _ first: UnsafeMutablePointer<DecimalNumber>, count: Int) -> DecimalNumber? {
        var result = first[0]
        for index in 1..<Swift.max(count, 1) {
            let value = first[index]
            switch kind {
            case .minimum: if value < result { result = value }
            case .maximum: if value > result { result = value }
            case .sum, .average, .count:
                let (sum, overflow) = result.raw.addingReportingOverflow(value.raw)
                if overflow { return nil }
                result = DecimalNumber(raw: sum)
            }
        }
        return kind == .average ? result.divided(by: DecimalNumber(count)) : result
    }

    /// `ROUND`, `ROUNDDOWN`, `ABS`, `CLAMP`, and ISBLANK's zeroing of the top.
    @inlinable @inline(__always)
    func functionStep(_ instruction: FormulaInstruction, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int) -> FormulaFault? {
        switch instruction {
        case .round(let site), .roundDown(let site):
            let down: Bool
            if case .roundDown = instruction { down = true } else { down = false }
            switch Self.round(stack[sp - 2], places: stack[sp - 1], down: down) {
            case .success(let value):
                sp -= 1
                stack[sp - 1] = value
            case .failure(let kind):
                return kind.fault(at: sites[site])
            }
        case .abs(let site):
            let value = stack[sp - 1]
            if value.raw == Int128.min { return .overflow(sites[site]) }
            stack[sp - 1] = value.magnitude
        case .clamp(let site):
            let value = stack[sp - 3], low = stack[sp - 2], high = stack[sp - 1]
            guard low <= high else {
                return .invalidArgument("CLAMP's low bound \(low.plainText) is above its high bound \(high.plainText)", sites[site])
            }
            sp -= 2
            stack[sp - 1] = Swift.min(Swift.max(value, low), high)
        case .zeroTop:
            stack[sp - 1] = .zero
        default:
            break
        }
        return nil
    }

    /// What needs the person and the rules: rate tables, tenure, `PREV` and the `_LAST` windows.
    @inlinable @inline(__always)
    func environmentStep<Environment: FormulaEnvironment>(
        _ instruction: FormulaInstruction, _ env: Environment, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int
    ) -> FormulaFault? {
        switch instruction {
        case .table(let method, let table, let site):
            guard let value = tables[table].evaluate(method, stack[sp - 1]) else { return .overflow(sites[site]) }
            stack[sp - 1] = value
        case .tenureMonths:
            stack[sp] = DecimalNumber(env.tenureMonths)
            sp += 1
        case .tenureYears:
            let months = env.tenureMonths
            stack[sp] = DecimalNumber(months >= 0 ? months / 12 : -((-months + 11) / 12))
            sp += 1
        case .previous(let slot, let name, let site):
            switch Self.periods(stack[sp - 1], function: "PREV") {
            case .failure(let kind): return kind.fault(at: sites[site])
            case .success(let back):
                let value = back == 0 ? env.value(slot: slot) : env.history(slot: slot, periodsBack: back)
                guard let value else { return .missing(names[name]) }
                stack[sp - 1] = value
            }
        case .window(let kind, let slot, let name, let site):
            switch Self.periods(stack[sp - 1], function: kind.functionName) {
            case .failure(let fault): return fault.fault(at: sites[site])
            case .success(let count):
                switch Self.window(kind, slot: slot, count: count, env) {
                case .success(let value): stack[sp - 1] = value
                case .failure(.missing): return .missing(names[name])
                case .failure: return .overflow(sites[site])
                }
            }
        default:
            break
        }
        return nil
    }
}
