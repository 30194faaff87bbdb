import JixiaoCore

extension RulesEngine {
    /// Every row of `assessments.csv` must name a stage some policy's calendar declares; an
    /// unknown stage is an error at its cell (with did-you-mean), and rows without any
    /// calendar at all are one error at the file.
    func checkAssessmentStages(versions: [CompiledVersion], _ diagnostics: inout Diagnostics) {
        guard let first = content.assessments.first else { return }
        let declared = Set(versions.flatMap { $0.rules.calendar?.stages.map(\.id) ?? [] })
        guard !declared.isEmpty else {
            diagnostics.error(
                SourceLocation(file: first.location.file), "assessments.csv records stages, but no policy declares an assessment calendar",
                fix: "declare  calendar:  with its stages in a policy's rules (docs/rules.md), or remove assessments.csv")
            return
        }
        for row in content.assessments where !declared.contains(row.stage) {
            diagnostics.error(
                row.location,
                "unknown stage \(row.stage.quotedForMessage()) in assessments.csv",
                fix: Suggest.closest(to: row.stage, in: declared.sorted()).map { "did you mean \($0)?" }
                    ?? "use a stage id of the calendar: \(declared.sorted().joined(separator: ", "))")
        }
    }
}
