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

    /// The interpreter loop: control flow (jumps, handlers, finish) here, every value
    /// instruction one call to its step function (inlined, so each instruction is dispatched
    /// once); a fault goes to the innermost handler that catches it.
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
            let fault: FormulaFault?
            switch code[pc] {
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
            case .finish: return .success(stack[sp - 1])
            case .operateConstant(let op, let value, let site): fault = operateStep(op, value, site: site, stack, sp)
            case .operateLoad(let op, let slot, let name, let site):
                fault = operateLoadStep(op, slot: slot, name: name, site: site, env, stack, sp)
            case .constant(let value): fault = pushStep(value, stack, &sp)
            case .load(let slot, let name): fault = loadStep(slot, name: name, env, stack, &sp)
            case .add(let site): fault = addStep(site: site, stack, &sp)
            case .subtract(let site): fault = subtractStep(site: site, stack, &sp)
            case .multiply(let site): fault = multiplyStep(site: site, stack, &sp)
            case .divide(let site): fault = divideStep(site: site, stack, &sp)
            case .power(let site): fault = powerStep(site: site, stack, &sp)
            case .negate(let site): fault = negateStep(site: site, stack, sp)
            case .percent: fault = percentStep(stack, sp)
            case .compare(let comparison): fault = compareStep(comparison, stack, &sp)
            case .not: fault = notStep(stack, sp)
            case .and(let count): fault = logicStep(all: true, count: count, stack, &sp)
            case .or(let count): fault = logicStep(all: false, count: count, stack, &sp)
            case .aggregate(let kind, let count, let site): fault = aggregateStep(kind, count: count, site: site, stack, &sp)
            case .round(let site): fault = roundStep(site: site, down: false, stack, &sp)
            case .roundDown(let site): fault = roundStep(site: site, down: true, stack, &sp)
            case .abs(let site): fault = absStep(site: site, stack, sp)
            case .clamp(let site): fault = clampStep(site: site, stack, &sp)
            case .zeroTop: fault = zeroTopStep(stack, sp)
            case .table(let method, let table, let site): fault = tableStep(method, table: table, site: site, stack, sp)
            case .tenureMonths: fault = pushStep(DecimalNumber(env.tenureMonths), stack, &sp)
            case .tenureYears: fault = pushStep(Self.tenureYears(env.tenureMonths), stack, &sp)
            case .previous(let slot, let name, let site): fault = previousStep(slot, name: name, site: site, env, stack, sp)
            case .window(let kind, let slot, let name, let site):
                fault = windowStep(kind, slot: slot, name: name, site: site, env, stack, sp)
            }
            guard let fault else {
                pc += 1
                continue
            }
            guard Self.handle(fault, handlers, &hp, &sp, &pc) else { return .failure(fault) }
        }
    }

    /// Hands a fault to the innermost handler that catches it (unwinding the ones that do
    /// not): restores its stack height and jumps to it. `false` when none catches it.
    @inlinable @inline(__always)
    static func handle(
        _ fault: FormulaFault, _ handlers: UnsafeMutablePointer<Handler>, _ hp: inout Int, _ sp: inout Int, _ pc: inout Int
    ) -> Bool {
        while hp > 0 {
            hp -= 1
            let handler = handlers[hp]
            if handler.catchesAll || fault.isMissing {
                sp = handler.stackHeight
                pc = handler.target
                return true
            }
        }
        return false
    }
}
