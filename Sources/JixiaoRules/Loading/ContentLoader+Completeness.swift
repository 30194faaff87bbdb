import JixiaoCore

/// `data_files:` in site.yaml — which monthly files are expected, which are optional, the
/// row-drop threshold and column kinds — and the checks that no month is published incomplete.
extension ContentLoader {
    /// Keys allowed under `data_files:`.
    static let dataFilesKeys = ["expected", "optional", "max_row_drop", "columns"]

    /// One table file read in a month folder: its name without the extension, its path, its
    /// number of data rows (before any row is checked) and whether its row count is checked:
    /// not when it has broken rows (already reported) or holds only remarks.
    struct MonthTable: Sendable {
        var name: String
        var path: String
        var rows: Int
        var isChecked: Bool
    }

    /// Whether a data file holds only remarks (`*_reason`, `*_note`, `*_text` and ignored text
    /// columns): a month with no remarks is normal, so its row count says nothing.
    static func holdsRemarksOnly(_ table: CSVTable) -> Bool {
        table.header.count > 1 && table.header.dropFirst().allSatisfy { isTextColumn($0) || ignoredDataColumns.contains($0) }
    }

    /// Reads `data_files:` (absent or empty: nothing expected, a 20 % row-drop threshold).
    func loadDataDeclarations(_ value: YAMLValue?, _ diagnostics: inout Diagnostics) -> DataDeclarations {
        var result = DataDeclarations()
        guard let value, !value.isNull,
            let map = value.mapping("data_files", allowed: Self.dataFilesKeys, &diagnostics)
        else { return result }
        if let v = map["expected"], !v.isNull { result.expected = expectedFiles(v, &diagnostics) }
        if let v = map["optional"], let names = v.stringList("data_files.optional", &diagnostics) {
            result.optional = Set(names.map(Self.tableName))
            for name in result.expected.map(\.name) where result.optional.contains(name) {
                diagnostics.error(
                    v.location, "\(name.quotedForMessage()) is both expected and optional in data_files",
                    fix: "keep it in one of the two lists")
            }
        }
        if let v = map["max_row_drop"], let drop = v.number("data_files.max_row_drop", &diagnostics) {
            if drop >= .zero, drop <= .one {
                result.maximumRowDrop = drop
            } else {
                diagnostics.error(
                    v.location, "data_files.max_row_drop must be from 0% to 100%, but it is \(drop)",
                    fix: "write a percentage such as 20%")
            }
        }
        if let v = map["columns"], !v.isNull { result.columns = columnRules(v, &diagnostics) }
        return result
    }

    /// A file name as declared, without a `.csv` or `.xlsx` ending.
    static func tableName(_ name: String) -> String {
        let lower = name.lowercased()
        for ending in [".csv", ".xlsx"] where lower.hasSuffix(ending) { return String(name.dropLast(ending.count)) }
        return name
    }

    /// `expected:` — a list of names, each either `attendance` or `{file: reviews, from: 2026-03}`.
    func expectedFiles(_ value: YAMLValue, _ diagnostics: inout Diagnostics) -> [ExpectedDataFile] {
        let items = value.items ?? [value]
        var result: [ExpectedDataFile] = []
        for item in items {
            if let name = item.scalarText {
                result.append(ExpectedDataFile(name: Self.tableName(name)))
                continue
            }
            guard let map = item.mapping("an expected data file", allowed: ["file", "from"], &diagnostics) else { continue }
            guard let file = map["file"], let name = file.string("file", &diagnostics) else {
                if map["file"] == nil {
                    diagnostics.error(
                        item.location, "the expected data file has no name", fix: "write it like {file: reviews, from: 2026-03}")
                }
                continue
            }
            let from = map["from"].flatMap { $0.isNull ? nil : $0.month("from", &diagnostics) }
            result.append(ExpectedDataFile(name: Self.tableName(name), from: from))
        }
        return result
    }

    /// `columns:` — each column name mapped to `count`, `money`, `percent` or `{min: …, max: …}`.
    func columnRules(_ value: YAMLValue, _ diagnostics: inout Diagnostics) -> [String: ColumnRule] {
        guard let pairs = value.pairs else {
            diagnostics.error(
                value.location, "data_files.columns must map column names to kinds", fix: "write lines like  complaints: count")
            return [:]
        }
        var rules: [String: ColumnRule] = [:]
        for pair in pairs {
            if let name = pair.value.scalarText {
                if let rule = ColumnRule(kind: name) {
                    rules[pair.key] = rule
                } else {
                    diagnostics.error(
                        pair.value.location, "unknown column kind \(name.quotedForMessage())",
                        fix: "use count, money or percent, or a range such as {min: 1, max: 5}")
                }
                continue
            }
            guard let map = pair.value.mapping("column \(pair.key)", allowed: ["min", "max"], &diagnostics) else { continue }
            let minimum = map["min"].flatMap { $0.number("min", &diagnostics) }
            let maximum = map["max"].flatMap { $0.number("max", &diagnostics) }
            if let minimum, let maximum, minimum > maximum {
                diagnostics.error(pair.value.location, "min \(minimum) is above max \(maximum)", fix: "swap the two limits")
                continue
            }
            rules[pair.key] = ColumnRule(kind: .range, minimum: minimum, maximum: maximum)
        }
        return rules
    }

    /// Reports, for every month: a missing expected file, a file with a header and no rows,
    /// a file with far fewer rows than the month before, and a folder with no data files.
    func checkCompleteness(_ drafts: [MonthDraft], _ declarations: DataDeclarations, _ diagnostics: inout Diagnostics) {
        var previous: [String: (month: Month, rows: Int)] = [:]
        var lastMonth: Month?
        for draft in drafts {
            defer { lastMonth = draft.month }
            let folder = "data/\(draft.month)"
            if draft.tables.isEmpty, !draft.diagnostics.hasErrors {
                diagnostics.error(
                    SourceLocation(file: folder), "this month folder holds no data files: it is empty or cannot be read",
                    fix: "put the month's CSV files in \(folder)/, check the folder's permissions, or delete it")
            }
            let names = Set(draft.tables.map(\.name))
            for file in declarations.expected where file.isExpected(in: draft.month) && !names.contains(file.name) {
                report(
                    declarations.severity(ofFile: file.name), SourceLocation(file: "\(folder)/\(file.name).csv"),
                    "the expected data file \(file.name).csv is missing for \(draft.month)",
                    fix: "add the month's export (as .csv or .xlsx), or list \(file.name) under data_files.optional in site.yaml",
                    &diagnostics)
            }
            for table in draft.tables where table.isChecked {
                let before = previous[table.name].flatMap { $0.month == lastMonth ? $0 : nil }
                checkRows(table, month: draft.month, before: before, declarations, &diagnostics)
                previous[table.name] = (draft.month, table.rows)
            }
        }
    }

    /// A header-only file, or one with far fewer rows than the same file the month before.
    func checkRows(
        _ table: MonthTable, month: Month, before: (month: Month, rows: Int)?, _ declarations: DataDeclarations,
        _ diagnostics: inout Diagnostics
    ) {
        let severity = declarations.severity(ofFile: table.name)
        if table.rows == 0 {
            report(
                severity, SourceLocation(file: table.path, line: 1), "the file has a header but no rows",
                fix: "export the month's data again; if it really has none, delete the file", &diagnostics)
            return
        }
        guard let before, before.rows - table.rows >= 2 else { return }
        let floor = DecimalNumber(before.rows) * (DecimalNumber.one - declarations.maximumRowDrop)
        guard DecimalNumber(table.rows) < floor else { return }
        let percent = (before.rows - table.rows) * 100 / before.rows
        report(
            severity, SourceLocation(file: table.path),
            "the file has far fewer rows than in \(before.month): \(table.rows) instead of \(before.rows) (−\(percent)%)",
            fix: "check that the export is complete; if the drop is real, raise data_files.max_row_drop in site.yaml "
                + "(now \(declarations.maximumRowDrop * .hundred)%)", &diagnostics)
    }

    /// Reads a monthly data file; one declared optional that cannot be read is a warning.
    func readDataTable(_ path: String, optional: Bool, _ diagnostics: inout Diagnostics) -> CSVTable? {
        if optional {
            do {
                _ = try fileSystem.read(path)
            } catch {
                diagnostics.warning(
                    SourceLocation(file: path), "cannot read the optional file: \(SystemReason.of(error))",
                    fix: "check that it is readable, or delete it")
                return nil
            }
        }
        return readCSV(path, &diagnostics)
    }

    /// Adds a diagnostic of the given severity.
    func report(_ severity: Severity, _ location: SourceLocation, _ message: String, fix: String, _ diagnostics: inout Diagnostics) {
        diagnostics.report(Diagnostic(severity, at: location, message, fix: fix))
    }

    /// A cell of a column declared in `data_files.columns` whose value is out of its range.
    func checkColumnRule(
        _ rule: ColumnRule, _ value: DecimalNumber, _ table: CSVTable, _ row: Int, _ column: Int, name: String,
        _ diagnostics: inout Diagnostics
    ) {
        let text = table.string(row, column)
        guard let problem = rule.problem(value, written: text) else { return }
        diagnostics.error(
            table.location(row, column), "\(text.quotedForMessage()) in column \(name) \(problem): \(name) is declared \(rule.summary)",
            fix: "correct the value, or change \(name) under data_files.columns in site.yaml")
    }

    /// Reports NUL and other control characters (tabs aside) in the given columns of a table:
    /// invisible in a spreadsheet, they make two names that look the same differ.
    func reportControlCharacters(_ table: CSVTable, columns: some Sequence<Int>, _ diagnostics: inout Diagnostics) {
        let columns = Array(columns)
        for row in 0..<table.rowCount {
            for column in columns {
                let text = table.string(row, column)
                guard let bad = text.unicodeScalars.first(where: Self.isControlCharacter) else { continue }
                let code = String(bad.value, radix: 16, uppercase: true)
                diagnostics.error(
                    table.location(row, column),
                    "the \(table.header[column]) field contains a control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code))",
                    fix: "retype the text: the invisible character usually comes from a copy or a broken export")
            }
        }
    }

    /// Reports control characters in the text columns of an organisation table (not in ids,
    /// dates and amounts, whose own checks already reject them).
    func reportControlCharacters(inTextOf table: CSVTable, _ diagnostics: inout Diagnostics) {
        let checked = ["id", "employee", "month", "hire_date", "regular_date", "leave_date", "base_salary", "position_pay"]
        reportControlCharacters(table, columns: table.header.indices.filter { !checked.contains(table.header[$0]) }, &diagnostics)
    }

    /// Whether a character is a control character that has no place in a text field.
    static func isControlCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || (0x7F...0x9F).contains(scalar.value)
    }
}
