import JixiaoCore
import JixiaoMarkdown
extension RateTable {
    /// Whether `amount` is below the table's minimum (so every method gives 0).
    public func isBelowMinimum(_ amount: DecimalNumber) -> Bool {
        if let minimum { return amount < minimum }
        return false
    }

    /// Index of the bracket holding `amount`: the highest bracket whose lower bound it
    /// reaches; `nil` when it reaches none.
    public func bracketIndex(containing amount: DecimalNumber) -> Int? {
        var found: Int?
        for (index, bracket) in brackets.enumerated() {
            if bracket.isReached(by: amount) { found = index } else { break }
        }
        return found
    }

    /// The upper bound of the bracket at `index` (the next bracket's lower bound), or `nil`
    /// for the last bracket, which is open-ended.
    public func upperBound(ofBracketAt index: Int) -> DecimalNumber? {
        index + 1 < brackets.count ? brackets[index + 1].lower : nil
    }

    /// Marginal tiers: the sum over brackets of `rate × (part of the amount inside the
    /// bracket)`, plus the `fixed` of the highest bracket reached. 0 below the minimum.
    /// `nil` only when the result is too large to represent.
    public func progressive(_ amount: DecimalNumber) -> DecimalNumber? {
        if isBelowMinimum(amount) { return .zero }
        guard let top = bracketIndex(containing: amount) else { return .zero }
        var total = DecimalNumber.zero
        for index in 0...top {
            let bracket = brackets[index]
            var upper = amount
            if let next = upperBound(ofBracketAt: index), next < amount { upper = next }
            let part = upper - bracket.lower
            if part.isNegative || part.isZero { continue }
            guard let tax = part.multiplied(by: bracket.rate) else { return nil }
            let (sum, overflow) = total.raw.addingReportingOverflow(tax.raw)
            if overflow { return nil }
            total = DecimalNumber(raw: sum)
        }
        return Self.add(total, brackets[top].fixed)
    }

    /// Quick-calculation form (速算): in the bracket holding the amount,
    /// `(amount − base) × rate + fixed`, `base` defaulting to the bracket's lower bound.
    /// 0 below the minimum or when no bracket is reached; `nil` on overflow.
    public func bracket(_ amount: DecimalNumber) -> DecimalNumber? {
        if isBelowMinimum(amount) { return .zero }
        guard let index = bracketIndex(containing: amount) else { return .zero }
        let bracket = brackets[index]
        let base = bracket.base ?? bracket.lower
        let (difference, overflow) = amount.raw.subtractingReportingOverflow(base.raw)
        if overflow { return nil }
        guard let product = DecimalNumber(raw: difference).multiplied(by: bracket.rate) else { return nil }
        return Self.add(product, bracket.fixed)
    }

    /// Retroactive tiers: the whole amount at the rate of the highest bracket reached,
    /// plus that bracket's `fixed`. 0 below the minimum or when no bracket is reached;
    /// `nil` on overflow.
    public func retroactive(_ amount: DecimalNumber) -> DecimalNumber? {
        if isBelowMinimum(amount) { return .zero }
        guard let index = bracketIndex(containing: amount) else { return .zero }
        guard let product = amount.multiplied(by: brackets[index].rate) else { return nil }
        return Self.add(product, brackets[index].fixed)
    }

    /// The `value` of the highest bracket reached (0 when the bracket has no value, when
    /// no bracket is reached, or below the minimum).
    public func lookup(_ amount: DecimalNumber) -> DecimalNumber {
        if isBelowMinimum(amount) { return .zero }
        guard let index = bracketIndex(containing: amount) else { return .zero }
        return brackets[index].value ?? .zero
    }

    /// Applies `method` to `amount`; `nil` only on overflow.
    public func evaluate(_ method: RateTableMethod, _ amount: DecimalNumber) -> DecimalNumber? {
        switch method {
        case .progressive: progressive(amount)
        case .bracket: bracket(amount)
        case .retroactive: retroactive(amount)
        case .lookup: lookup(amount)
        }
    }

    private static func add(_ a: DecimalNumber, _ b: DecimalNumber) -> DecimalNumber? {
        let (sum, overflow) = a.raw.addingReportingOverflow(b.raw)
        return overflow ? nil : DecimalNumber(raw: sum)
    }
}
