extension DecimalNumber {
    /// Parses a number the way HR exports write them: `12500`, `12,500`, `-3.5`, `98%`
    /// (read as `0.98`), `¥3,000.50`, `￥3000`, `3000元`, full-width digits, surrounding spaces.
    ///
    /// Returns `nil` for anything else (empty text, two decimal points, letters, a value
    /// beyond one quadrillion, more than twelve fractional digits).
    public init?(parsing text: String) {
        var scalars = Array(text.unicodeScalars)
        // Trim ASCII and ideographic spaces.
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}" }
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
        if scalars.isEmpty { return nil }

        var whole: Int128 = 0
        var fraction: Int128 = 0
        var fractionDigits = 0
        var seenPoint = false
        var seenDigit = false
        var lastWasComma = false
        for scalar in scalars {
            var digit: UInt32? = nil
            if scalar.value >= 48 && scalar.value <= 57 {
                digit = scalar.value - 48
            } else if scalar.value >= 0xFF10 && scalar.value <= 0xFF19 {
                digit = scalar.value - 0xFF10
            }
            if let digit {
                seenDigit = true
                lastWasComma = false
                if seenPoint {
                    fractionDigits += 1
                    if fractionDigits > 12 { return nil }
                    fraction = fraction * 10 + Int128(digit)
                } else {
                    whole = whole * 10 + Int128(digit)
                    if whole > Self.maxInputMagnitude { return nil }
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

        var value = DecimalNumber(raw: whole * Self.scale)
        if fractionDigits > 0 {
            value = value + DecimalNumber(units: Int(fraction), fractionDigits: fractionDigits)
        }
        if percent { value = value / DecimalNumber.hundred }
        self = negative ? -value : value
    }
}
