import Foundation

/// Turns the number text Excel stores (`12500`, `0.30000000000000004`, `1.5E-3`) into the
/// plain decimal a person sees and a CSV export would hold: at most 15 significant digits,
/// no exponent.
enum ExcelNumber {
    /// The plain decimal text of a stored number; the text itself when it is not a number.
    static func text(_ raw: String) -> String {
        if isShortPlainDecimal(raw) { return raw }
        guard let value = Double(raw), value.isFinite else { return raw }
        return plain(String(format: "%.15g", value))
    }

    /// The value of a cell under a number format, as table text.
    static func text(_ raw: String, kind: NumberFormatKind, date1904: Bool) -> String {
        switch kind {
        case .general, .percent:
            return text(raw)
        case .date(let withDay):
            guard let serial = Double(raw), let date = ExcelDate.civil(serial: serial, date1904: date1904) else { return text(raw) }
            return ExcelDate.text(date, withDay: withDay)
        case .zeroPadded(let width):
            let plainText = text(raw)
            guard plainText.allSatisfy(\.isASCIIDigit), plainText.count < width else { return plainText }
            return String(repeating: "0", count: width - plainText.count) + plainText
        }
    }

    /// `-?digits(.digits)?` with at most 15 significant digits.
    static func isShortPlainDecimal(_ raw: String) -> Bool {
        var digits = 0, sawDigit = false, sawPoint = false, leading = true
        for (i, b) in raw.utf8.enumerated() {
            if b == UInt8(ascii: "-"), i == 0 { continue }
            if b == UInt8(ascii: "."), !sawPoint { sawPoint = true; continue }
            guard b >= 48, b <= 57 else { return false }
            sawDigit = true
            if leading, b == 48 { continue }
            leading = false
            digits += 1
        }
        return sawDigit && digits <= 15
    }

    /// `1.5e-05` → `0.000015`, `1.2e+20` → `120000000000000000000`, `2.50` → `2.5`.
    static func plain(_ formatted: String) -> String {
        var text = formatted
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0]), fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = whole + fraction
        var point = whole.count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        }
        if point > digits.count { digits += String(repeating: "0", count: point - digits.count) }
        var intPart = String(digits.prefix(point))
        var fracPart = String(digits.dropFirst(point))
        while fracPart.hasSuffix("0") { fracPart.removeLast() }
        while intPart.count > 1, intPart.hasPrefix("0") { intPart.removeFirst() }
        let result = fracPart.isEmpty ? intPart : intPart + "." + fracPart
        return negative && result != "0" ? "-" + result : result
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
