extension CompiledFormula {
    /// A fault detected by a helper that does not know the fault's place.
    enum ArithmeticFault: Error {
        case divisionByZero, overflow, missing
        case invalid(String)

        func fault(at site: SourceLocation) -> FormulaFault {
            switch self {
            case .divisionByZero: .divisionByZero(site)
            case .overflow: .overflow(site)
            case .missing: .overflow(site)
            case .invalid(let reason): .invalidArgument(reason, site)
            }
        }
    }

    private static func wholeNumber(_ value: DecimalNumber) -> Int? {
        guard value.raw % DecimalNumber.scale == 0 else { return nil }
        let whole = value.raw / DecimalNumber.scale
        guard whole >= Int128(Int.min), whole <= Int128(Int.max) else { return nil }
        return Int(whole)
    }

    /// `base ^ exponent` for a whole exponent, by repeated squaring (exact for whole bases,
    /// each product rounded to six places otherwise). `0 ^ 0` is 1.
    static func power(_ base: DecimalNumber, _ exponent: DecimalNumber) -> Result<DecimalNumber, ArithmeticFault> {
        guard let n = wholeNumber(exponent) else {
            return .failure(.invalid("the exponent \(exponent.plainText) is not a whole number (only whole powers are supported)"))
        }
        var factor = base
        if n < 0 {
            guard let inverse = DecimalNumber.one.divided(by: base) else {
                return .failure(base.isZero ? .divisionByZero : .overflow)
            }
            factor = inverse
        }
        var remaining = n.magnitude
        var result = DecimalNumber.one
        while remaining > 0 {
            if remaining & 1 == 1 {
                guard let product = result.multiplied(by: factor) else { return .failure(.overflow) }
                result = product
            }
            remaining >>= 1
            if remaining > 0 {
                guard let square = factor.multiplied(by: factor) else { return .failure(.overflow) }
                factor = square
            }
        }
        return .success(result)
    }

    /// `ROUND` (half away from zero) or `ROUNDDOWN` (toward zero) to `places` decimals;
    /// negative places round to tens, hundreds, …; places beyond 6 change nothing.
    static func round(_ value: DecimalNumber, places: DecimalNumber, down: Bool) -> Result<DecimalNumber, ArithmeticFault> {
        guard places.raw % DecimalNumber.scale == 0 else {
            return .failure(.invalid("the number of places \(places.plainText) is not a whole number"))
        }
        let n = places.raw / DecimalNumber.scale
        if n >= Int128(DecimalNumber.places) { return .success(value) }
        if n < -30 { return .success(.zero) }
        var unit: Int128 = 1
        for _ in 0..<(DecimalNumber.places - Int(n)) { unit *= 10 }
        let units = down ? value.raw / unit : DecimalNumber.divideRounded(value.raw, unit)
        let (raw, overflow) = units.multipliedReportingOverflow(by: unit)
        return overflow ? .failure(.overflow) : .success(DecimalNumber(raw: raw))
    }

    /// Checks a period count: a whole number from 0 to `maximumPeriods`.
    static func periods(_ value: DecimalNumber, function: String) -> Result<Int, ArithmeticFault> {
        guard let n = wholeNumber(value), n >= 0, n <= maximumPeriods else {
            return .failure(.invalid("\(function) needs a whole number of periods from 0 to \(maximumPeriods), not \(value.plainText)"))
        }
        return .success(n)
    }

    /// A `_LAST` window: the current period and the `count − 1` before it; periods without
    /// a value are skipped. Fails with `.missing` for an average, minimum or maximum of no
    /// values.
    static func window<Environment: FormulaEnvironment>(_ kind: FormulaInstruction.Aggregate, slot: Int, count: Int, _ env: Environment) -> Result<DecimalNumber, ArithmeticFault> {
        var total: Int128 = 0
        var found = 0
        var best = DecimalNumber.zero
        for back in 0..<count {
            guard let value = back == 0 ? env.value(slot: slot) : env.history(slot: slot, periodsBack: back) else { continue }
            if found == 0 {
                best = value
            } else if kind == .minimum ? value < best : value > best {
                best = value
            }
            found += 1
            let (sum, overflow) = total.addingReportingOverflow(value.raw)
            if overflow { return .failure(.overflow) }
            total = sum
        }
        switch kind {
        case .count: return .success(DecimalNumber(found))
        case .sum: return .success(DecimalNumber(raw: total))
        case .average:
            if found == 0 { return .failure(.missing) }
            guard let mean = DecimalNumber(raw: total).divided(by: DecimalNumber(found)) else { return .failure(.overflow) }
            return .success(mean)
        case .minimum, .maximum:
            return found == 0 ? .failure(.missing) : .success(best)
        }
    }
}
