import JixiaoCore

/// The value instructions of the interpreter (``FormulaProgram/run(_:_:_:)``): one small
/// function per instruction, called from the loop's single `switch` with the instruction's
/// operands (one dispatch per instruction). Each works on the stack in place and returns
/// `nil` when done, or the fault.
extension FormulaProgram {
    /// Pushes a value.
    @inlinable @inline(__always)
    func pushStep(_ value: DecimalNumber, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int) -> FormulaFault? {
        stack[sp] = value
        sp += 1
        return nil
    }

    /// Pushes the value of a name, or faults with `missing`.
    @inlinable @inline(__always)
    func loadStep<Environment: FormulaEnvironment>(
        _ slot: Int, name: Int, _ env: Environment, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int
    ) -> FormulaFault? {
        guard let value = env.value(slot: slot) else { return .missing(names[name]) }
        return pushStep(value, stack, &sp)
    }

    /// A fused operator: the top of the stack `op` a constant (or a name's value).
    @inlinable @inline(__always)
    func operateStep(
        _ op: FormulaInstruction.Binary, _ value: DecimalNumber, site: Int, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: Int
    ) -> FormulaFault? {
        switch Self.apply(op, stack[sp - 1], value) {
        case .success(let result):
            stack[sp - 1] = result
            return nil
        case .failure(let kind):
            return kind.fault(at: sites[site])
        }
    }

    /// A fused operator with a name: the top of the stack `op` the name's value.
    @inlinable @inline(__always)
    func operateLoadStep<Environment: FormulaEnvironment>(
        _ op: FormulaInstruction.Binary, slot: Int, name: Int, site: Int, _ env: Environment,
        _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: Int
    ) -> FormulaFault? {
        guard let value = env.value(slot: slot) else { return .missing(names[name]) }
        return operateStep(op, value, site: site, stack, sp)
    }

    /// Replaces the top two values by `result`, or faults with an overflow at `site` when it is `nil`.
    @inlinable @inline(__always)
    func popTwoPush(_ result: DecimalNumber?, site: Int, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int) -> FormulaFault? {
        guard let result else { return .overflow(sites[site]) }
        sp -= 1
        stack[sp - 1] = result
        return nil
    }

    /// `a + b`.
    @inlinable @inline(__always)
    func addStep(site: Int, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int) -> FormulaFault? {
        let (sum, overflow) = stack[sp - 2].raw.addingReportingOverflow(stack[sp - 1].raw)
        return popTwoPush(overflow ? nil : DecimalNumber(raw: sum), site: site, stack, &sp)
    }

    /// `a − b`.
    @inlinable @inline(__always)
    func subtractStep(site: Int, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int) -> FormulaFault? {
        let (difference, overflow) = stack[sp - 2].raw.subtractingReportingOverflow(stack[sp - 1].raw)
        return popTwoPush(overflow ? nil : DecimalNumber(raw: difference), site: site, stack, &sp)
    }

    /// `a × b`.
    @inlinable @inline(__always)
    func multiplyStep(site: Int, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int) -> FormulaFault? {
        popTwoPush(Self.multiply(stack[sp - 2], stack[sp - 1]), site: site, stack, &sp)
    }

    /// `a ÷ b`; division by zero is a fault of its own.
    @inlinable @inline(__always)
    func divideStep(site: Int, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int) -> FormulaFault? {
        let divisor = stack[sp - 1]
        guard let quotient = Self.divide(stack[sp - 2], divisor) else {
            return divisor.isZero ? .divisionByZero(sites[site]) : .overflow(sites[site])
        }
        return popTwoPush(quotient, site: site, stack, &sp)
    }

    /// `a ^ b` (a whole exponent).
    @inlinable @inline(__always)
    func powerStep(site: Int, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int) -> FormulaFault? {
        switch Self.power(stack[sp - 2], stack[sp - 1]) {
        case .success(let value): return popTwoPush(value, site: site, stack, &sp)
        case .failure(let kind): return kind.fault(at: sites[site])
        }
    }

    /// `−a`.
    @inlinable @inline(__always)
    func negateStep(site: Int, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: Int) -> FormulaFault? {
        let (negated, overflow) = Int128(0).subtractingReportingOverflow(stack[sp - 1].raw)
        if overflow { return .overflow(sites[site]) }
        stack[sp - 1] = DecimalNumber(raw: negated)
        return nil
    }

    /// `a %` (a ÷ 100).
    @inlinable @inline(__always)
    func percentStep(_ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: Int) -> FormulaFault? {
        let value = stack[sp - 1]
        stack[sp - 1] = Self.divide(value, DecimalNumber.hundred) ?? DecimalNumber(raw: Self.divideRounded128(value.raw, 100))
        return nil
    }

    /// A comparison of the top two values: 1 or 0.
    @inlinable @inline(__always)
    func compareStep(_ comparison: FormulaInstruction.Comparison, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int) -> FormulaFault? {
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
        return nil
    }

    /// `NOT a`.
    @inlinable @inline(__always)
    func notStep(_ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: Int) -> FormulaFault? {
        stack[sp - 1] = Self.bool(stack[sp - 1].isZero)
        return nil
    }

    /// `AND` (`all`) or `OR` of the top `count` values: 1 or 0.
    @inlinable @inline(__always)
    func logicStep(all: Bool, count: Int, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int) -> FormulaFault? {
        var result = all
        for index in (sp - count)..<sp where stack[index].isZero == all { result = !all }
        sp -= count - 1
        stack[sp - 1] = Self.bool(result)
        return nil
    }

    /// `MIN`, `MAX`, `SUM`, `AVERAGE` or `COUNT` of the top `count` values.
    @inlinable @inline(__always)
    func aggregateStep(
        _ kind: FormulaInstruction.Aggregate, count: Int, site: Int, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int
    ) -> FormulaFault? {
        guard let result = Self.aggregate(kind, stack + (sp - count), count: count) else { return .overflow(sites[site]) }
        sp -= count - 1
        stack[sp - 1] = result
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

    /// `ROUND` (half away from zero) or `ROUNDDOWN` (`down`) to the top value's places.
    @inlinable @inline(__always)
    func roundStep(site: Int, down: Bool, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int) -> FormulaFault? {
        switch Self.round(stack[sp - 2], places: stack[sp - 1], down: down) {
        case .success(let value): return popTwoPush(value, site: site, stack, &sp)
        case .failure(let kind): return kind.fault(at: sites[site])
        }
    }

    /// `ABS(a)`.
    @inlinable @inline(__always)
    func absStep(site: Int, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: Int) -> FormulaFault? {
        let value = stack[sp - 1]
        if value.raw == Int128.min { return .overflow(sites[site]) }
        stack[sp - 1] = value.magnitude
        return nil
    }

    /// `CLAMP(value, low, high)`; a low bound above the high one is a fault.
    @inlinable @inline(__always)
    func clampStep(site: Int, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: inout Int) -> FormulaFault? {
        let value = stack[sp - 3], low = stack[sp - 2], high = stack[sp - 1]
        guard low <= high else {
            return .invalidArgument("CLAMP's low bound \(low.plainText) is above its high bound \(high.plainText)", sites[site])
        }
        sp -= 2
        stack[sp - 1] = Swift.min(Swift.max(value, low), high)
        return nil
    }

    /// `ISBLANK`'s zeroing of the top.
    @inlinable @inline(__always)
    func zeroTopStep(_ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: Int) -> FormulaFault? {
        stack[sp - 1] = .zero
        return nil
    }
}
