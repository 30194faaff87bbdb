import JixiaoCore
import JixiaoMarkdown
extension FormulaProgram {
    /// A fault handler installed by `IFERROR`, `IFBLANK` or `ISBLANK`.
    @usableFromInline
    struct Handler {
        @usableFromInline var target: Int
        @usableFromInline var stackHeight: Int
        @usableFromInline var catchesAll: Bool

        @inlinable
        init(target: Int, stackHeight: Int, catchesAll: Bool) {
            self.target = target
            self.stackHeight = stackHeight
            self.catchesAll = catchesAll
        }
    }

    /// Largest window accepted by `PREV` and the `_LAST` functions (100 years of months).
    @inlinable
    static var maximumPeriods: Int { 1200 }

    /// Runs the program against `env`.
    @inlinable
    func execute<Environment: FormulaEnvironment>(_ env: Environment) -> Result<DecimalNumber, FormulaFault> {
        // Fast paths for the commonest shapes: a constant or a single name.
        if code.count == 2 {
            switch code[0] {
            case .constant(let value): return .success(value)
            case .load(let slot, let name):
                if let value = env.value(slot: slot) { return .success(value) }
                return .failure(.missing(names[name]))
            default: break
            }
        }
        // Small programs (nearly all) run on fixed-size stack buffers; a compile-time
        // capacity lets the compiler place them on the machine stack with no checks.
        if stackSize <= 16, handlerCount <= 4 {
            return withUnsafeTemporaryAllocation(of: DecimalNumber.self, capacity: 16) { stack in
                withUnsafeTemporaryAllocation(of: Handler.self, capacity: 4) { handlers in
                    guard let stack = stack.baseAddress, let handlers = handlers.baseAddress else {
                        return .failure(.overflow(origin))
                    }
                    return run(env, stack, handlers)
                }
            }
        }
        let stack = UnsafeMutablePointer<DecimalNumber>.allocate(capacity: stackSize)
        let handlers = UnsafeMutablePointer<Handler>.allocate(capacity: handlerCount)
        defer {
            stack.deallocate()
            handlers.deallocate()
        }
        return run(env, stack, handlers)
    }

    @inlinable @inline(__always)
    static func bool(_ condition: Bool) -> DecimalNumber { condition ? .one : .zero }

    @inlinable
    func run<Environment: FormulaEnvironment>(
        _ env: Environment,
        _ stack: UnsafeMutablePointer<DecimalNumber>,
        _ handlers: UnsafeMutablePointer<Handler>
    ) -> Result<DecimalNumber, FormulaFault> {
        var pc = 0
        var sp = 0
        var hp = 0
        while true {
            let fault: FormulaFault
            switch code[pc] {
            case .operateConstant(let op, let value, let site):
                switch Self.apply(op, stack[sp - 1], value) {
                case .success(let result):
                    stack[sp - 1] = result
                    pc += 1
                    continue
                case .failure(let kind):
                    fault = kind.fault(at: sites[site])
                }
            case .operateLoad(let op, let slot, let name, let site):
                guard let value = env.value(slot: slot) else {
                    fault = .missing(names[name])
                    break
                }
                switch Self.apply(op, stack[sp - 1], value) {
                case .success(let result):
                    stack[sp - 1] = result
                    pc += 1
                    continue
                case .failure(let kind):
                    fault = kind.fault(at: sites[site])
                }
            case .constant(let value):
                stack[sp] = value
                sp += 1
                pc += 1
                continue
            case .load(let slot, let name):
                if let value = env.value(slot: slot) {
                    stack[sp] = value
                    sp += 1
                    pc += 1
                    continue
                }
                fault = .missing(names[name])
            case .add(let site):
                let (sum, overflow) = stack[sp - 2].raw.addingReportingOverflow(stack[sp - 1].raw)
                if !overflow {
                    sp -= 1
                    stack[sp - 1] = DecimalNumber(raw: sum)
                    pc += 1
                    continue
                }
                fault = .overflow(sites[site])
            case .subtract(let site):
                let (difference, overflow) = stack[sp - 2].raw.subtractingReportingOverflow(stack[sp - 1].raw)
                if !overflow {
                    sp -= 1
                    stack[sp - 1] = DecimalNumber(raw: difference)
                    pc += 1
                    continue
                }
                fault = .overflow(sites[site])
            case .multiply(let site):
                if let product = Self.multiply(stack[sp - 2], stack[sp - 1]) {
                    sp -= 1
                    stack[sp - 1] = product
                    pc += 1
                    continue
                }
                fault = .overflow(sites[site])
            case .divide(let site):
                let divisor = stack[sp - 1]
                if let quotient = Self.divide(stack[sp - 2], divisor) {
                    sp -= 1
                    stack[sp - 1] = quotient
                    pc += 1
                    continue
                }
                fault = divisor.isZero ? .divisionByZero(sites[site]) : .overflow(sites[site])
            case .power(let site):
                switch Self.power(stack[sp - 2], stack[sp - 1]) {
                case .success(let value):
                    sp -= 1
                    stack[sp - 1] = value
                    pc += 1
                    continue
                case .failure(let kind):
                    fault = kind.fault(at: sites[site])
                }
            case .negate(let site):
                let (negated, overflow) = Int128(0).subtractingReportingOverflow(stack[sp - 1].raw)
                if !overflow {
                    stack[sp - 1] = DecimalNumber(raw: negated)
                    pc += 1
                    continue
                }
                fault = .overflow(sites[site])
            case .percent:
                let value = stack[sp - 1]
                stack[sp - 1] = Self.divide(value, DecimalNumber.hundred) ?? DecimalNumber(raw: Self.divideRounded128(value.raw, 100))
                pc += 1
                continue
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
                pc += 1
                continue
            case .not:
                stack[sp - 1] = Self.bool(stack[sp - 1].isZero)
                pc += 1
                continue
            case .and(let count):
                var result = true
                for index in (sp - count)..<sp where stack[index].isZero { result = false }
                sp -= count - 1
                stack[sp - 1] = Self.bool(result)
                pc += 1
                continue
            case .or(let count):
                var result = false
                for index in (sp - count)..<sp where !stack[index].isZero { result = true }
                sp -= count - 1
                stack[sp - 1] = Self.bool(result)
                pc += 1
                continue
            case .aggregate(let kind, let count, let site):
                let first = sp - count
                var result = stack[first]
                var overflowed = false
                for index in (first + 1)..<(first + Swift.max(count, 1)) where index < sp {
                    let value = stack[index]
                    switch kind {
                    case .minimum: if value < result { result = value }
                    case .maximum: if value > result { result = value }
                    case .sum, .average, .count:
                        let (sum, overflow) = result.raw.addingReportingOverflow(value.raw)
                        if overflow { overflowed = true }
                        result = DecimalNumber(raw: sum)
                    }
                }
                if kind == .average, !overflowed {
                    if let mean = result.divided(by: DecimalNumber(count)) { result = mean } else { overflowed = true }
                }
                if !overflowed {
                    sp = first + 1
                    stack[sp - 1] = result
                    pc += 1
                    continue
                }
                fault = .overflow(sites[site])
            case .round(let site), .roundDown(let site):
                let down: Bool
                if case .roundDown = code[pc] { down = true } else { down = false }
                switch Self.round(stack[sp - 2], places: stack[sp - 1], down: down) {
                case .success(let value):
                    sp -= 1
                    stack[sp - 1] = value
                    pc += 1
                    continue
                case .failure(let kind):
                    fault = kind.fault(at: sites[site])
                }
            case .abs(let site):
                let value = stack[sp - 1]
                if value.raw != Int128.min {
                    stack[sp - 1] = value.magnitude
                    pc += 1
                    continue
                }
                fault = .overflow(sites[site])
            case .clamp(let site):
                let value = stack[sp - 3], low = stack[sp - 2], high = stack[sp - 1]
                if low <= high {
                    sp -= 2
                    stack[sp - 1] = Swift.min(Swift.max(value, low), high)
                    pc += 1
                    continue
                }
                fault = .invalidArgument("CLAMP's low bound \(low.plainText) is above its high bound \(high.plainText)", sites[site])
            case .jump(let target):
                pc = target
                continue
            case .jumpIfFalse(let target):
                sp -= 1
                pc = stack[sp].isZero ? target : pc + 1
                continue
            case .tryBegin(let target, let catchesAll):
                handlers[hp] = Handler(target: target, stackHeight: sp, catchesAll: catchesAll)
                hp += 1
                pc += 1
                continue
            case .tryEnd:
                hp -= 1
                pc += 1
                continue
            case .zeroTop:
                stack[sp - 1] = .zero
                pc += 1
                continue
            case .table(let method, let table, let site):
                if let value = tables[table].evaluate(method, stack[sp - 1]) {
                    stack[sp - 1] = value
                    pc += 1
                    continue
                }
                fault = .overflow(sites[site])
            case .tenureMonths:
                stack[sp] = DecimalNumber(env.tenureMonths)
                sp += 1
                pc += 1
                continue
            case .tenureYears:
                let months = env.tenureMonths
                stack[sp] = DecimalNumber(months >= 0 ? months / 12 : -((-months + 11) / 12))
                sp += 1
                pc += 1
                continue
            case .previous(let slot, let name, let site):
                switch Self.periods(stack[sp - 1], function: "PREV") {
                case .failure(let kind):
                    fault = kind.fault(at: sites[site])
                case .success(let back):
                    let value = back == 0 ? env.value(slot: slot) : env.history(slot: slot, periodsBack: back)
                    if let value {
                        stack[sp - 1] = value
                        pc += 1
                        continue
                    }
                    fault = .missing(names[name])
                }
            case .window(let kind, let slot, let name, let site):
                switch Self.periods(stack[sp - 1], function: kind.functionName) {
                case .failure(let kind):
                    fault = kind.fault(at: sites[site])
                case .success(let count):
                    switch Self.window(kind, slot: slot, count: count, env) {
                    case .success(let value):
                        stack[sp - 1] = value
                        pc += 1
                        continue
                    case .failure(.missing):
                        fault = .missing(names[name])
                    case .failure:
                        fault = .overflow(sites[site])
                    }
                }
            case .finish:
                return .success(stack[sp - 1])
            }
            // A fault: hand it to the innermost handler that catches it, or give it back.
            var handled = false
            while hp > 0 {
                hp -= 1
                let handler = handlers[hp]
                if handler.catchesAll || fault.isMissing {
                    sp = handler.stackHeight
                    pc = handler.target
                    handled = true
                    break
                }
            }
            if !handled { return .failure(fault) }
        }
    }
}
