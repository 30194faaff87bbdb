import JixiaoCore
import JixiaoMarkdown
/// Scorecard item and total computation shared by person and department scorecards.
enum ItemEvaluation {
    /// Every item's result in scorecard order (parents before their sub-items) and the names
    /// of the data that was missing (empty when all items could be computed); the items of
    /// ``CompiledVersion/itemOrder``, resolved at compile time.
    static func items(version: CompiledVersion, frame: EvaluationFrame) -> ([ItemScore], [String]) {
        var scores: [ItemScore] = []
        scores.reserveCapacity(version.itemOrder.count)
        var missing: [String] = []
        for (id, slot, depth) in version.itemOrder {
            let value = frame.value(slot: slot)
            scores.append(ItemScore(id: id, value: value, depth: depth))
            if value == nil, let cause = rootCause(slot, version: version, frame: frame), !missing.contains(cause) {
                missing.append(cause)
            }
        }
        return (scores, missing)
    }

    /// The total: the sum of the top-level items' points, or Σ weight × score.
    static func total(card: Scorecard, version: CompiledVersion, frame: EvaluationFrame) -> DecimalNumber? {
        var total = DecimalNumber.zero
        let weighted = card.scoring == .weighted
        for (slot, weight) in zip(version.topItemSlots, version.topItemWeights) {
            guard let v = frame.value(slot: slot) else { return nil }
            total += weighted ? v * (weight ?? .zero) : v
        }
        return total
    }

    /// The grade band index of `total`: the band it reaches, lowered to the band of every
    /// grade cap (`max_grade_when`) whose condition holds; `nil` below every band.
    static func grade(card: Scorecard, version: CompiledVersion, total: DecimalNumber, frame: EvaluationFrame) -> Int? {
        guard var g = card.bandIndex(for: total) else { return nil }
        for cap in version.gradeCaps where g < cap.band && frame.holds(cap.when) == true { g = cap.band }
        return g
    }

    /// The measure (or problem) at the root of a failed slot, following variables.
    static func rootCause(_ slot: Int, version: CompiledVersion, frame: EvaluationFrame) -> String? {
        var current = slot
        var seen: Set<Int> = []
        while let fault = frame.fault(of: current), seen.insert(current).inserted {
            switch fault {
            case .missing(let name):
                guard let next = version.names.firstIndex(of: name.lowercased()), next != current,
                    case .local = version.sources[next]
                else { return name }
                current = next
            default:
                return "\(fault.message) (\(fault.location.map(\.description) ?? version.names[current]))"
            }
        }
        return version.names[current]
    }
}
