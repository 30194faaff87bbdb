import JixiaoCore
import JixiaoMarkdown
extension RateTable {
    /// Problems that make the table unusable or suspicious, in plain words (empty when the
    /// table is fine): no brackets, bounds out of order, negative rates or minimum,
    /// `value` given on only some brackets.
    public func validate() -> [String] { locatedProblems().map(\.text) }

    /// The problems of `validate()`, each with the index of the bracket it is about (`nil`
    /// for the table as a whole), so that it can be reported at that bracket's line.
    public func locatedProblems() -> [(bracket: Int?, text: String)] {
        var problems: [(bracket: Int?, text: String)] = []
        if brackets.isEmpty {
            problems.append((nil, "the table has no brackets"))
        }
        if let minimum, minimum.isNegative {
            problems.append((nil, "the minimum \(minimum.plainText) is negative"))
        }
        for (index, bracket) in brackets.enumerated() {
            let number = index + 1
            if bracket.rate.isNegative {
                problems.append((index, "bracket \(number) (\(bracket.boundText)) has a negative rate \(bracket.rate.plainText)"))
            }
            if index > 0 {
                let previous = brackets[index - 1]
                let ordered =
                    previous.lower < bracket.lower
                    || (previous.lower == bracket.lower && previous.inclusive && !bracket.inclusive)
                if !ordered {
                    problems.append(
                        (
                            index,
                            "bracket \(number) (\(bracket.boundText)) does not start above bracket \(index) (\(previous.boundText)); list brackets in ascending order"
                        ))
                }
            }
        }
        let withValue = brackets.filter { $0.value != nil }.count
        if withValue > 0, withValue < brackets.count {
            problems.append((nil, "only \(withValue) of \(brackets.count) brackets have a value; LOOKUP gives 0 for the others"))
        }
        return problems
    }
}
