import JixiaoCore

/// The instructions that need the person and the rules: rate tables, tenure, `PREV` and the
/// `_LAST` windows (see ``FormulaProgram/run(_:_:_:)``).
extension FormulaProgram {
    /// A rate table applied to the top value.
    @inlinable @inline(__always)
    func tableStep(_ method: RateTableMethod, table: Int, site: Int, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: Int) -> FormulaFault? {
        guard let value = tables[table].evaluate(method, stack[sp - 1]) else { return .overflow(sites[site]) }
        stack[sp - 1] = value
        return nil
    }

    /// `TENURE_YEARS()`: whole years of `months` of service.
    @inlinable @inline(__always)
    static func tenureYears(_ months: Int) -> DecimalNumber {
        DecimalNumber(months >= 0 ? months / 12 : -((-months + 11) / 12))
    }

    /// `PREV(name, n)`: the name's value `n` periods back (the top value).
    @inlinable @inline(__always)
    func previousStep<Environment: FormulaEnvironment>(
        _ slot: Int, name: Int, site: Int, _ env: Environment, _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: Int
    ) -> FormulaFault? {
        switch Self.periods(stack[sp - 1], function: "PREV") {
        case .failure(let kind): return kind.fault(at: sites[site])
        case .success(let back):
            let value = back == 0 ? env.value(slot: slot) : env.history(slot: slot, periodsBack: back)
            guard let value else { return .missing(names[name]) }
            stack[sp - 1] = value
            return nil
        }
    }

    /// `SUM_LAST`, `AVG_LAST`, `MIN_LAST`, `MAX_LAST`, `COUNT_LAST` over the top value's periods.
    @inlinable @inline(__always)
    func windowStep<Environment: FormulaEnvironment>(
        _ kind: FormulaInstruction.Aggregate, slot: Int, name: Int, site: Int, _ env: Environment,
        _ stack: UnsafeMutablePointer<DecimalNumber>, _ sp: Int
    ) -> FormulaFault? {
        switch Self.periods(stack[sp - 1], function: kind.functionName) {
        case .failure(let fault): return fault.fault(at: sites[site])
        case .success(let count):
            switch Self.window(kind, slot: slot, count: count, env) {
            case .success(let value):
                stack[sp - 1] = value
                return nil
            case .failure(.missing): return .missing(names[name])
            case .failure: return .overflow(sites[site])
            }
        }
    }
}
