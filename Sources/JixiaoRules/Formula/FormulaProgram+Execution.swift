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
    /// instruction in a step function of its group (inlined back, so the loop stays one
    /// switch); a fault goes to the innermost handler that catches it.
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
            let instruction = code[pc]
            let fault: FormulaFault?
            switch instruction {
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
            case .finish:
                return .success(stack[sp - 1])
            case .operateConstant, .operateLoad, .constant, .load:
                fault = loadStep(instruction, env, stack, &sp)
            case .add, .subtract, .multiply, .divide, .power, .negate, .percent:
                fault = arithmeticStep(instruction, stack, &sp)
            case .compare, .not, .and, .or, .aggregate:
                fault = logicStep(instruction, stack, &sp)
            case .round, .roundDown, .abs, .clamp, .zeroTop:
                fault = functionStep(instruction, stack, &sp)
            case .table, .tenureMonths, .tenureYears, .previous, .window:
                fault = environmentStep(instruction, env, stack, &sp)
            }
            guard let fault else {
                pc += 1
                continue
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
