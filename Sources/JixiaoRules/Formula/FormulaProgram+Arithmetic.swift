import JixiaoCore
import JixiaoMarkdown
extension FormulaProgram {
    /// A fault detected by a helper that does not know the fault's place.
    @usableFromInline
    enum ArithmeticFault: Error {
        case divisionByZero, overflow, missing
        case invalid(String)

        @inlinable
        func fault(at site: SourceLocation) -> FormulaFault {
            switch self {
            case .divisionByZero: .divisionByZero(site)
            case .overflow: .overflow(site)
            case .missing: .overflow(site)
            case .invalid(let reason): .invalidArgument(reason, site)
            }
        }
    }

    @inlinable
    static func wholeNumber(_ value: DecimalNumber) -> Int? {
        guard value.raw % DecimalNumber.scale == 0 else { return nil }
        let whole = value.raw / DecimalNumber.scale
        guard whole >= Int128(Int.min), whole <= Int128(Int.max) else { return nil }
        return Int(whole)
    }

    /// `base ^ exponent` for a whole exponent, by repeated squaring (exact for whole bases,
    /// each product rounded to six places otherwise). `0 ^ 0` is 1.
    @inlinable
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
                guard let product = multiply(result, factor) else { return .failure(.overflow) }
                result = product
            }
            remaining >>= 1
            if remaining > 0 {
                guard let square = multiply(factor, factor) else { return .failure(.overflow) }
                factor = square
            }
        }
        return .success(result)
    }

    /// `ROUND` (half away from zero) or `ROUNDDOWN` (toward zero) to `places` decimals;
    /// negative places round to tens, hundreds, …; places beyond 6 change nothing.
    @inlinable
    static func round(_ value: DecimalNumber, places: DecimalNumber, down: Bool) -> Result<DecimalNumber, ArithmeticFault> {
        guard places.raw % DecimalNumber.scale == 0 else {
            return .failure(.invalid("the number of places \(places.plainText) is not a whole number"))
        }
        let n = places.raw / DecimalNumber.scale
        if n >= Int128(DecimalNumber.places) { return .success(value) }
        if n < -30 { return .success(.zero) }
        var unit: Int128 = 1
        for _ in 0..<(DecimalNumber.places - Int(n)) { unit *= 10 }
        let units = down ? value.raw / unit : divideRounded128(value.raw, unit)
        let (raw, overflow) = units.multipliedReportingOverflow(by: unit)
        return overflow ? .failure(.overflow) : .success(DecimalNumber(raw: raw))
    }

    /// Checks a period count: a whole number from 0 to `maximumPeriods`.
    @inlinable
    static func periods(_ value: DecimalNumber, function: String) -> Result<Int, ArithmeticFault> {
        guard let n = wholeNumber(value), n >= 0, n <= maximumPeriods else {
            return .failure(.invalid("\(function) needs a whole number of periods from 0 to \(maximumPeriods), not \(value.plainText)"))
        }
        return .success(n)
    }

    /// A `_LAST` window: the current period and the `count − 1` before it; periods without
    /// a value are skipped. Fails with `.missing` for an average, minimum or maximum of no
    /// values.
    @inlinable
    static func window<Environment: FormulaEnvironment>(_ kind: FormulaInstruction.Aggregate, slot: Int, count: Int, _ env: Environment)
        -> Result<DecimalNumber, ArithmeticFault>
    {
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

extension FormulaProgram {
    /// `a × b` rounded to six places half away from zero — the same result as
    /// `DecimalNumber.multiplied(by:)`, with a 64-bit fast path (128-bit division is a slow
    /// library call). `nil` on overflow.
    @inlinable @inline(__always)
    static func multiply(_ a: DecimalNumber, _ b: DecimalNumber) -> DecimalNumber? {
        if let x = Int64(exactly: a.raw), let y = Int64(exactly: b.raw) {
            let (product, overflow) = x.multipliedReportingOverflow(by: y)
            if !overflow {
                return DecimalNumber(raw: Int128(divideRounded64(product, 1_000_000)))
            }
        }
        return a.multiplied(by: b)
    }

    /// `a ÷ b` rounded to six places half away from zero — the same result as
    /// `DecimalNumber.divided(by:)`, with a 64-bit fast path. `nil` when `b` is zero or the
    /// result is out of range.
    @inlinable @inline(__always)
    static func divide(_ a: DecimalNumber, _ b: DecimalNumber) -> DecimalNumber? {
        if b.raw != 0, let x = Int64(exactly: a.raw), let y = Int64(exactly: b.raw),
            y > -(1 << 61), y < (1 << 61)
        {
            let (numerator, overflow) = x.multipliedReportingOverflow(by: 1_000_000)
            if !overflow {
                return DecimalNumber(raw: Int128(divideRounded64(numerator, y)))
            }
        }
        return a.divided(by: b)
    }

    /// `a / b` rounded half away from zero, for `|b| < 2^61` and `a != Int64.min`.
    @inlinable @inline(__always)
    static func divideRounded64(_ a: Int64, _ b: Int64) -> Int64 {
        let quotient = a / b
        let remainder = a % b
        let twice = (remainder < 0 ? 0 &- remainder : remainder) &* 2
        let divisor = b < 0 ? 0 &- b : b
        if twice >= divisor {
            return (a < 0) != (b < 0) ? quotient &- 1 : quotient &+ 1
        }
        return quotient
    }
}

extension FormulaProgram {
    /// `a / b` rounded half away from zero in 128 bits (`b` positive).
    @inlinable
    static func divideRounded128(_ a: Int128, _ b: Int128) -> Int128 {
        let quotient = a / b
        let remainder = a % b
        let twice = (remainder < 0 ? 0 &- remainder : remainder) &* 2
        if twice >= b { return a < 0 ? quotient &- 1 : quotient &+ 1 }
        return quotient
    }
}

extension FormulaProgram {
    /// Applies a binary operator (the fused instructions' shared code path).
    @inlinable @inline(__always)
    static func apply(_ op: FormulaInstruction.Binary, _ a: DecimalNumber, _ b: DecimalNumber) -> Result<DecimalNumber, ArithmeticFault> {
        switch op {
        case .add:
            let (sum, overflow) = a.raw.addingReportingOverflow(b.raw)
            return overflow ? .failure(.overflow) : .success(DecimalNumber(raw: sum))
        case .subtract:
            let (difference, overflow) = a.raw.subtractingReportingOverflow(b.raw)
            return overflow ? .failure(.overflow) : .success(DecimalNumber(raw: difference))
        case .multiply:
            if let product = multiply(a, b) { return .success(product) }
            return .failure(.overflow)
        case .divide:
            if let quotient = divide(a, b) { return .success(quotient) }
            return .failure(b.isZero ? .divisionByZero : .overflow)
        case .power: return power(a, b)
        case .equal: return .success(bool(a.raw == b.raw))
        case .notEqual: return .success(bool(a.raw != b.raw))
        case .less: return .success(bool(a.raw < b.raw))
        case .lessEqual: return .success(bool(a.raw <= b.raw))
        case .greater: return .success(bool(a.raw > b.raw))
        case .greaterEqual: return .success(bool(a.raw >= b.raw))
        case .and: return .success(bool(!a.isZero && !b.isZero))
        case .or: return .success(bool(!a.isZero || !b.isZero))
        }
    }
}
