extension DecimalNumber {
    /// Parses a number the way HR exports write them: `12500`, `12,500`, `-3.5`, `98%`
    /// (read as `0.98`), `¥3,000.50`, `￥3000`, `3000元`, full-width digits, surrounding spaces.
    ///
    /// Returns `nil` for anything else (empty text, two decimal points, letters, a value
    /// beyond one quadrillion, more than twelve fractional digits).
    public init?(parsing text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        guard let (negative, percent) = Self.stripAffixes(&scalars), let digits = Self.parseDigits(scalars) else { return nil }
        var value = DecimalNumber(raw: digits.whole * Self.scale)
        if digits.fractionDigits > 0 {
            value = value + DecimalNumber(units: Int(digits.fraction), fractionDigits: digits.fractionDigits)
        }
        if percent { value = value / DecimalNumber.hundred }
        self = negative ? -value : value
    }

    /// Spaces (ASCII, tab, ideographic, no-break) allowed around a number.
    private static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}" }

    /// Removes surrounding spaces, the sign, a currency sign before and `%` or `元` after the
    /// digits; returns whether the number is negative and a percentage, or `nil` when nothing
    /// is left.
    private static func stripAffixes(_ scalars: inout ArraySlice<Unicode.Scalar>) -> (negative: Bool, percent: Bool)? {
        while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        if scalars.isEmpty { return nil }
        var negative = false
        if scalars.first == "-" || scalars.first == "−" {
            negative = true
            scalars.removeFirst()
        } else if scalars.first == "+" {
            scalars.removeFirst()
        }
        if let first = scalars.first, first == "¥" || first == "￥" || first == "$" {
            scalars.removeFirst()
            if !negative, scalars.first == "-" {
                negative = true
                scalars.removeFirst()
            }
        }
        var percent = false
        if let last = scalars.last, last == "%" || last == "％" {
            percent = true
            scalars.removeLast()
        } else if let last = scalars.last, last == "元" {
            scalars.removeLast()
        }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        return scalars.isEmpty ? nil : (negative, percent)
    }

    /// Reads digits (ASCII or full-width) with optional thousands commas and one decimal point:
    /// the whole part, the fraction's digits as an integer and how many there are.
    private static func parseDigits(_ scalars: ArraySlice<Unicode.Scalar>) -> (whole: Int128, fraction: Int128, fractionDigits: Int)? {
        var whole: Int128 = 0
        var fraction: Int128 = 0
        var fractionDigits = 0
        var seenPoint = false
        var seenDigit = false
        var lastWasComma = false
        for scalar in scalars {
            if let digit = digitValue(scalar) {
                seenDigit = true
                lastWasComma = false
                if seenPoint {
                    fractionDigits += 1
                    if fractionDigits > 12 { return nil }
                    fraction = fraction * 10 + Int128(digit)
                } else {
                    whole = whole * 10 + Int128(digit)
                    if whole > maxInputMagnitude { return nil }
                }
            } else if scalar == "," || scalar == "，" {
                if seenPoint || !seenDigit || lastWasComma { return nil }
                lastWasComma = true
            } else if scalar == "." || scalar == "．" {
                if seenPoint || lastWasComma { return nil }
                seenPoint = true
            } else {
                return nil
            }
        }
        if !seenDigit || lastWasComma { return nil }
        return (whole, fraction, fractionDigits)
    }

    /// The value of an ASCII or full-width digit, `nil` for anything else.
    @inline(__always)
    private static func digitValue(_ scalar: Unicode.Scalar) -> UInt32? {
        if scalar.value >= 48 && scalar.value <= 57 { return scalar.value - 48 }
        if scalar.value >= 0xFF10 && scalar.value <= 0xFF19 { return scalar.value - 0xFF10 }
        return nil
    }
}
