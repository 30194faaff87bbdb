import JixiaoCore

extension ResultsJSON {
    /// A person-month's second compositions (`compositions`) and assessment-calendar stages
    /// (`calendar`), each written only when there are any.
    static func writeCalendarAndCompositions(_ w: inout JSONWriter, _ r: PersonMonthResult, content: Content) {
        if !r.compositions.isEmpty {
            w.beginArray("compositions")
            for c in r.compositions {
                w.beginObject()
                w.string("id", c.id)
                w.string("policy", content.policies[c.policy].slug)
                w.number("score", c.score)
                w.beginArray("parts")
                for part in c.parts { w.number(nil, part) }
                w.endArray()
                w.endObject()
            }
            w.endArray()
        }
        guard !r.stages.isEmpty else { return }
        w.beginArray("calendar")
        for s in r.stages {
            w.beginObject()
            w.string("stage", s.stage)
            w.string("policy", content.policies[s.policy].slug)
            w.string("due", s.due.description)
            w.string("submitted", s.submitted?.description)
            w.string("reviewer", s.reviewer)
            if s.reviewerOutside { w.bool("reviewer_outside", true) }
            w.string("state", s.state.rawValue)
            w.int("days_late", s.daysLate)
            w.endObject()
        }
        w.endArray()
    }
}
