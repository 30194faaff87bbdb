extension CSVParser {
    /// Counts a file's problems and reports only the first ``CSVParser/maxErrorsPerFile``;
    /// ``summarise(path:_:)`` adds one line for the rest.
    struct ErrorBudget {
        /// Problems seen so far, reported or not.
        private(set) var errors = 0

        /// Counts `diagnostic` and reports it while the budget lasts.
        mutating func report(_ diagnostic: Diagnostic, _ diagnostics: inout Diagnostics) {
            errors += 1
            if errors <= maxErrorsPerFile { diagnostics.report(diagnostic) }
        }

        /// One line saying how many problems were not shown, if any.
        func summarise(path: String, _ diagnostics: inout Diagnostics) {
            guard errors > maxErrorsPerFile else { return }
            diagnostics.error(
                SourceLocation(file: path), "\(errors - maxErrorsPerFile) more problems in this file are not shown",
                fix: "fix the ones above and run the check again")
        }
    }
}
