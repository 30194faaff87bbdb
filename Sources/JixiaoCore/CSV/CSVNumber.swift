/// A CSV cell read as a number.
public enum CSVNumber: Sendable, Equatable {
    /// The cell was empty: "not reported".
    case empty
    /// A number.
    case value(DecimalNumber)
    /// Text that is not a number (as written).
    case invalid(String)

    /// Fast path for plain ASCII numbers such as `12500`, `-3.25`, `12,500`, `98%`: parses
    /// without creating a `String`. Returns `nil` when the bytes need the general parser.
    static func parseASCII(_ bytes: ArraySlice<UInt8>) -> CSVNumber? {
        var i = bytes.startIndex
        var end = bytes.endIndex
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        while end > i, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
        if i == end { return .empty }
        var negative = false
        if bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var percent = false
        if end > i, bytes[end - 1] == UInt8(ascii: "%") {
            percent = true
            end -= 1
        }
        if i == end { return nil }
        var whole: Int128 = 0
        var fraction: Int128 = 0
        var fractionDigits = 0
        var seenPoint = false
        var digits = 0
        while i < end {
            let b = bytes[i]
            if b >= 48 && b <= 57 {
                digits += 1
                if seenPoint {
                    fractionDigits += 1
                    if fractionDigits > DecimalNumber.places { return nil }
                    fraction = fraction * 10 + Int128(b - 48)
                } else {
                    whole = whole * 10 + Int128(b - 48)
                    if whole > DecimalNumber.maxInputMagnitude { return nil }
                }
            } else if b == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            i += 1
        }
        if digits == 0 { return nil }
        for _ in fractionDigits..<DecimalNumber.places { fraction *= 10 }
        var raw = whole * DecimalNumber.scale + fraction
        if negative { raw = -raw }
        var value = DecimalNumber(raw: raw)
        if percent { value = value / DecimalNumber.hundred }
        return .value(value)
    }
}
