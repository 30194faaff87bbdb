import JixiaoCore

extension Checker {
    /// Checks the content folder at `path` as it stood at `month` (`jixiao check --month`);
    /// with `nil`, the same as ``check(contentFolder:)``.
    public static func check(contentFolder path: String, month: Month?) -> ContentLoader.Outcome {
        let disk = LocalFileSystem(root: path)
        guard let month, disk.directoryExists("") else { return check(contentFolder: path) }
        return check(fileSystem: disk, month: month)
    }

    /// Checks content as it stood at `month`: every file is loaded and validated, then data
    /// of later months is dropped through ``Content/cutOff(at:)`` (as `results` and `build`
    /// do) before the rules are compiled and evaluated. A month without a data folder is an
    /// error naming it.
    public static func check(fileSystem: any FileSystem, month: Month) -> ContentLoader.Outcome {
        var outcome = ContentLoader(fileSystem: fileSystem).load()
        guard let content = outcome.content else { return outcome }
        do {
            let cut = try content.cutOff(at: month)
            outcome.content = cut
            let engine = RulesEngine(content: cut)
            let (versions, diagnostics) = engine.compile()
            outcome.diagnostics += diagnostics
            if !diagnostics.contains(where: { $0.severity == .error }) {
                var conflicts = Diagnostics()
                let results = engine.evaluate(versions: versions, conflicts: &conflicts)
                outcome.diagnostics += conflicts.sorted
                if !conflicts.hasErrors { outcome.diagnostics += ClosedMonthComparison.verify(content: cut, results: results) }
            }
        } catch {
            outcome.diagnostics += error.diagnostics
        }
        if outcome.hasErrors { outcome.content = nil }
        outcome.diagnostics.sort { $0.location < $1.location }
        return outcome
    }
}
