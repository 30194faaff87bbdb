import Foundation
import JixiaoCore

extension ContentLoader {
    /// The columns of `assessments.csv`, in the order they are checked.
    static let assessmentColumns = ["employee", "month", "stage", "submitted", "reviewer"]

    /// Reads `assessments.csv` (optional): employee, month, stage, submitted, reviewer — one
    /// row per stage handed in. Each cell is checked: a known employee (with did-you-mean), the
    /// assessed month as YYYY-MM, a stage id, a real date not before the assessed month, a known
    /// reviewer (or empty), and no stage of a person's month twice. Whether the stage is one a
    /// policy's calendar declares is checked with the rules (`RulesEngine.compile`).
    func loadAssessments(employees: [Employee], _ diagnostics: inout Diagnostics) -> [AssessmentSubmission] {
        let path = tableFile("assessments")
        guard fileSystem.fileExists(path) else { return [] }
        guard let table = readCSV(path, &diagnostics), requireColumns(Self.assessmentColumns, in: table, &diagnostics) else { return [] }
        let columns = Self.assessmentColumns.compactMap { table.column(named: $0) }
        let index = Dictionary(employees.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [AssessmentSubmission] = []
        // Exactly the rows: grown by doubling, 640,000 rows would hold up to twice their 46 MB.
        result.reserveCapacity(table.rowCount)
        // The line of each person's month and stage seen so far: by stage, then by person and
        // month packed in one number (no string made per row).
        var seen: [String: [Int: Int]] = [:]
        for row in 0..<table.rowCount {
            guard let submission = submission(table, row, columns, index: index, &diagnostics) else { continue }
            let key = submission.employee << 20 | submission.month.index
            if let first = seen[submission.stage]?[key] {
                diagnostics.error(
                    table.location(row, columns[2]),
                    "stage \(submission.stage) of \(employees[submission.employee].id) for \(submission.month) is already recorded on line \(first)",
                    fix: "keep one row per person, month and stage (the day it was handed in)")
                continue
            }
            seen[submission.stage, default: [:]][key] = table.location(ofRow: row).line ?? row + 2
            result.append(submission)
        }
        return result
    }

    /// One row of assessments.csv; `nil` (with diagnostics) when a cell is wrong.
    private func submission(
        _ table: CSVTable, _ row: Int, _ c: [Int], index: [String: Int], _ diagnostics: inout Diagnostics
    ) -> AssessmentSubmission? {
        let id = table.string(row, c[0]), monthText = table.string(row, c[1]), stage = table.string(row, c[2])
        let reviewerText = table.string(row, c[4])
        let employee = index[id]
        if employee == nil {
            reportUnknownEmployee(id, in: "an assessment", at: table.location(row, c[0]), knownIDs: index.keys, &diagnostics)
        }
        let month = Month(parsing: monthText)
        if month == nil {
            diagnostics.error(
                table.location(row, c[1]), "\(monthText.quotedForMessage()) is not a month",
                fix: "write the assessed month as YYYY-MM, e.g. 2026-10 for the October assessment handed in in November")
        }
        let stageOK = ContentLoader.isValidMeasureName(stage)
        if !stageOK {
            diagnostics.error(
                table.location(row, c[2]), "\(stage.quotedForMessage()) is not a stage id",
                fix: "write the id of a stage of the assessment calendar, e.g. self or manager")
        }
        var submitted = day(table, row, c[3], what: "the submission date", &diagnostics)
        if let day = submitted, let month, day < month.firstDay {
            diagnostics.error(
                table.location(row, c[3]), "the submission date \(day) is before the assessed month \(month)",
                fix: "a stage is handed in during or after the month it assesses; check the month and the date")
            submitted = nil
        }
        var reviewer: String?
        if !reviewerText.isEmpty {
            reviewer = reviewerText
            if index[reviewerText] == nil {
                reportUnknownEmployee(reviewerText, in: "an assessment's reviewer", at: table.location(row, c[4]), knownIDs: index.keys, &diagnostics)
                return nil
            }
        }
        guard let employee, let month, stageOK, let submitted else { return nil }
        return AssessmentSubmission(
            employee: employee, month: month, stage: stage, submitted: submitted, reviewer: reviewer, location: table.location(row, c[2]))
    }
}
