import JixiaoCore

extension ResultsJSON {
    /// The `pay.adjustments` array of a person-month (only when there are any): each
    /// correction paid that month, with the pay item it corrects and the reason.
    static func writeAdjustments(_ w: inout JSONWriter, _ adjustments: [PayAdjustment]) {
        guard !adjustments.isEmpty else { return }
        w.beginArray("adjustments")
        for a in adjustments {
            w.beginObject()
            w.string("item", a.item)
            w.number("amount", a.amount)
            w.string("reason", a.reason)
            w.endObject()
        }
        w.endArray()
    }
}
