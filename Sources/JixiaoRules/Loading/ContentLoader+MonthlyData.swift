import Foundation
import JixiaoCore
import JixiaoMarkdown

extension ContentLoader {
    /// Key column names for files about people.
    static let employeeKeys = ["employee", "工号", "employee_id"]
    /// Key column names for files about departments.
    static let departmentKeys = ["department", "部门", "department_id"]
    /// Text columns allowed (and ignored) in data files, as exports often carry them.
    static let ignoredDataColumns: Set<String> = ["name", "姓名", "note", "notes", "备注", "comment"]

    /// Name endings of text columns (e.g. `change_reason`): a filled cell is 1 in formulas,
    /// an empty one is missing, so `ISBLANK(change_reason)` tells whether a reason is recorded.
    static let textColumnSuffixes = ["_reason", "_note", "_text"]

    /// Whether a column of the monthly data holds text (by its name's ending).
    static func isTextColumn(_ name: String) -> Bool {
        textColumnSuffixes.contains { name.hasSuffix($0) }
    }

    /// Whether a column name can be used as a measure in formulas.
    static func isValidMeasureName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, (first >= "a" && first <= "z") else { return false }
        return name.count <= 64 && name.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "_" }
    }

    /// A month's files, parsed but with measure names not yet numbered.
    struct MonthDraft: Sendable {
        struct File: Sendable {
            var path: String
            var isPerson: Bool
            var names: [String]
            var nameColumns: [Int]
            var table: MeasureFile
            var headerLocations: [SourceLocation]
        }
        var month: Month
        var files: [File] = []
        var tables: [MonthTable] = []
        var diagnostics = Diagnostics()
    }

    /// Reads every `data/YYYY-MM/` folder (in parallel) and checks the rows.
    func loadMonths(
        organisation: Organisation, declarations: DataDeclarations = .init(), catalog: inout MeasureCatalog,
        _ diagnostics: inout Diagnostics
    ) -> [MonthData] {
        guard fileSystem.directoryExists("data") else {
            diagnostics.error(
                SourceLocation(file: "data"), "the data folder is missing", fix: "create data/YYYY-MM/ folders with the monthly CSV files")
            return []
        }
        let folders = monthFolders(&diagnostics)
        let drafts = ConcurrentMap.map(folders) { folder in
            parseMonthFolder(folder.0, month: folder.1, organisation: organisation, declarations: declarations)
        }
        checkCompleteness(drafts, declarations, &diagnostics)
        var parts: [(Month, [MeasureFile], [MeasureFile])] = []
        for draft in drafts {
            diagnostics.append(contentsOf: draft.diagnostics)
            parts.append(merge(draft, organisation: organisation, catalog: &catalog, &diagnostics))
        }
        let count = catalog.count
        let months = parts.map { MonthData(month: $0.0, personFiles: $0.1, departmentFiles: $0.2, measureCount: count) }
        // Gaps between months are allowed but worth a warning.
        for (a, b) in zip(months, months.dropFirst()) where a.month.next != b.month {
            diagnostics.warning(
                SourceLocation(file: "data"), "no data folder between \(a.month) and \(b.month)",
                fix: "add the missing month folders if data exists")
        }
        return months
    }

    /// The month folders under `data/`, in month order; anything else is reported.
    func monthFolders(_ diagnostics: inout Diagnostics) -> [(String, Month)] {
        var folders: [(String, Month)] = []
        for name in list("data", &diagnostics) {
            let path = "data/" + name
            guard fileSystem.directoryExists(path) else {
                diagnostics.error(
                    SourceLocation(file: path), "files in data/ must be inside a month folder", fix: "move it to data/YYYY-MM/")
                continue
            }
            guard name.count == 7, let month = Month(parsing: name) else {
                diagnostics.error(
                    SourceLocation(file: path), "folder name \(name.quotedForMessage()) is not a month",
                    fix: "name month folders YYYY-MM, e.g. 2026-11")
                continue
            }
            folders.append((path, month))
        }
        folders.sort { $0.1 < $1.1 }
        return folders
    }

    /// One month's files as person and department measure files, their measures interned in
    /// `catalog`; the same measure for the same person (or department) from two files is a conflict.
    func merge(
        _ draft: MonthDraft, organisation: Organisation, catalog: inout MeasureCatalog,
        _ diagnostics: inout Diagnostics
    ) -> (Month, [MeasureFile], [MeasureFile]) {
        var personFiles: [MeasureFile] = [], departmentFiles: [MeasureFile] = []
        var holder: [String: (path: String, rowOfEntity: [Int32])] = [:]
        for var file in draft.files {
            for (i, name) in file.names.enumerated() {
                let key = (file.isPerson ? "p:" : "d:") + name
                if let other = holder[key] {
                    let clash = file.table.rowOfEntity.indices.first { other.rowOfEntity[$0] >= 0 && file.table.rowOfEntity[$0] >= 0 }
                    if let clash {
                        let line = Int(file.table.rowLines[Int(file.table.rowOfEntity[clash])])
                        let id = file.isPerson ? organisation.employees[clash].id : organisation.departments[clash].id
                        diagnostics.error(
                            SourceLocation(file: file.path, line: line, column: file.headerLocations[i].column),
                            "measure \(name.quotedForMessage()) for \(id) in \(draft.month) also comes from \(other.path)",
                            fix: "each value may come from one file per month: remove the duplicate column or file")
                    }
                    var merged = other.rowOfEntity
                    for (e, r) in file.table.rowOfEntity.enumerated() where r >= 0 { merged[e] = r }
                    holder[key] = (other.path, merged)
                } else {
                    holder[key] = (file.path, file.table.rowOfEntity)
                }
            }
            file.table.measures = file.names.map { catalog.intern($0) }
            if file.isPerson { personFiles.append(file.table) } else { departmentFiles.append(file.table) }
        }
        return (draft.month, personFiles, departmentFiles)
    }

    /// Parses one month folder.
    func parseMonthFolder(_ folder: String, month: Month, organisation: Organisation, declarations: DataDeclarations = .init())
        -> MonthDraft
    {
        var draft = MonthDraft(month: month)
        for name in list(folder, &draft.diagnostics) {
            let path = folder + "/" + name
            if fileSystem.directoryExists(path) {
                draft.diagnostics.error(
                    SourceLocation(file: path), "sub-folders are not read in a month folder", fix: "move the files up into \(folder)/")
                continue
            }
            guard Self.isTableFile(name) else {
                draft.diagnostics.warning(
                    SourceLocation(file: path), "only .csv and .xlsx files are read in data folders; this file is ignored",
                    fix: "export it as CSV or move it elsewhere")
                continue
            }
            let errorsBefore = draft.diagnostics.errorCount
            guard let table = readDataTable(path, optional: declarations.optional.contains(Self.tableName(name)), &draft.diagnostics)
            else { continue }
            draft.tables.append(
                MonthTable(
                    name: Self.tableName(name), path: path, rows: table.rowCount,
                    isChecked: draft.diagnostics.errorCount == errorsBefore && !Self.holdsRemarksOnly(table)))
            if let file = parseMeasureFile(
                table, month: month, organisation: organisation, columns: declarations.columns, &draft.diagnostics)
            {
                draft.files.append(file)
            }
        }
        return draft
    }

    /// Turns one CSV table into a measure file, checking ids, employment and numbers.
    func parseMeasureFile(
        _ table: CSVTable, month: Month, organisation: Organisation, columns rules: [String: ColumnRule] = [:],
        _ diagnostics: inout Diagnostics
    ) -> MonthDraft.File? {
        guard let key = table.header.first else { return nil }
        let isPerson: Bool
        if Self.employeeKeys.contains(key) {
            isPerson = true
        } else if Self.departmentKeys.contains(key) {
            isPerson = false
        } else {
            diagnostics.error(
                table.location(ofHeader: 0),
                "the first column must be \"employee\" (rows about people) or \"department\" (rows about departments), not \(table.rawHeader[0].quotedForMessage())",
                fix: "put the employee id or department id in the first column and name it employee or department")
            return nil
        }
        let (names, columns, headerLocations) = measureColumns(table, &diagnostics)
        let entityCount = isPerson ? organisation.employees.count : organisation.departments.count
        var file = MeasureFile(path: table.path, measures: Array(repeating: 0, count: names.count), entityCount: entityCount)
        file.values.reserveCapacity(table.rowCount * names.count)
        file.present.reserveCapacity(table.rowCount * names.count)
        let textColumns = names.map(Self.isTextColumn)
        reportControlCharacters(table, columns: columns.indices.filter { textColumns[$0] }.map { columns[$0] }, &diagnostics)
        for row in 0..<table.rowCount {
            guard
                let entity = entity(
                    ofRow: row, table, isPerson: isPerson, month: month, organisation: organisation, file: file,
                    &diagnostics)
            else { continue }
            file.rowOfEntity[entity] = Int32(file.rowLines.count)
            file.rowLines.append(Int32(table.line(ofRow: row)))
            file.rowEntities.append(Int32(entity))
            appendValues(ofRow: row, table, columns: columns, names: names, textColumns: textColumns, rules: rules, to: &file, &diagnostics)
        }
        return MonthDraft.File(
            path: table.path, isPerson: isPerson, names: names, nameColumns: columns, table: file,
            headerLocations: headerLocations)
    }

    /// One row's values, a value and a presence flag per measure column: a text column counts
    /// as 1 when filled; an empty number cell is absent; a cell that is not a number is reported
    /// and absent; a number is checked against its column rule.
    private func appendValues(
        ofRow row: Int, _ table: CSVTable, columns: [Int], names: [String], textColumns: [Bool], rules: [String: ColumnRule],
        to file: inout MeasureFile, _ diagnostics: inout Diagnostics
    ) {
        for (i, c) in columns.enumerated() {
            if textColumns[i] {
                let filled = !table.isEmpty(row, c)
                file.values.append(filled ? .one : .zero)
                file.present.append(filled)
                continue
            }
            switch table.number(row, c) {
            case .empty:
                file.values.append(.zero)
                file.present.append(false)
            case .value(let v):
                if let rule = rules[names[i]] { checkColumnRule(rule, v, table, row, c, name: names[i], &diagnostics) }
                file.values.append(v)
                file.present.append(true)
            case .invalid(let text):
                diagnostics.error(
                    table.location(row, c), "\(text.quotedForMessage()) in column \(names[i]) is not a number",
                    fix: "write a number such as 12500, 12,500, 98% or ¥3,000.50, or leave the cell empty")
                file.values.append(.zero)
                file.present.append(false)
            }
        }
    }

    /// The measure columns of a data file (after the id column): names, columns and header places.
    func measureColumns(_ table: CSVTable, _ diagnostics: inout Diagnostics) -> ([String], [Int], [SourceLocation]) {
        var names: [String] = [], columns: [Int] = [], headerLocations: [SourceLocation] = []
        for (c, name) in table.header.enumerated().dropFirst() {
            if Self.ignoredDataColumns.contains(name) { continue }
            guard Self.isValidMeasureName(name) else {
                diagnostics.error(
                    table.location(ofHeader: c), "column name \(table.rawHeader[c].quotedForMessage()) cannot be used as a measure",
                    fix: "name measures with lower-case ASCII letters, digits and _, starting with a letter (e.g. sales_target)")
                continue
            }
            names.append(name)
            columns.append(c)
            headerLocations.append(table.location(ofHeader: c))
        }
        return (names, columns, headerLocations)
    }

    /// The employee (or department) index of a data row; `nil` after reporting an unknown or
    /// empty id, a second row for the same id, or data outside the person's employment.
    func entity(
        ofRow row: Int, _ table: CSVTable, isPerson: Bool, month: Month, organisation: Organisation, file: MeasureFile,
        _ diagnostics: inout Diagnostics
    ) -> Int? {
        let index = isPerson ? organisation.employeeIndex : organisation.departmentIndex
        let allIDs = { isPerson ? organisation.employees.map(\.id) : organisation.departments.map(\.id) }
        let id = table.string(row, 0)
        guard let entity = index[id] else {
            if id.isEmpty {
                diagnostics.error(
                    table.location(row, 0), "the \(isPerson ? "employee" : "department") id is empty",
                    fix: "fill in the id or delete the row")
            } else {
                diagnostics.error(
                    table.location(row, 0), "unknown \(isPerson ? "employee" : "department") \(id.quotedForMessage())",
                    fix: Suggest.closest(to: id, in: allIDs()).map { "did you mean \($0)?" }
                        ?? "add them to \(isPerson ? "employees" : "departments").csv or correct the id")
            }
            return nil
        }
        if file.rowOfEntity[entity] >= 0 {
            let firstLine = file.rowLines[Int(file.rowOfEntity[entity])]
            diagnostics.error(
                table.location(row, 0), "\(id) appears twice in this file (first on \(diagnostics.lineName(Int(firstLine), in: table.path)))",
                fix: "keep one row per \(isPerson ? "person" : "department")")
            return nil
        }
        if isPerson {
            let employee = organisation.employees[entity]
            if month < employee.firstMonth {
                diagnostics.error(
                    table.location(row, 0), "data for \(id) in \(month), before their hire date \(employee.hireDate)",
                    fix: "remove the row or correct hire_date in employees.csv")
                return nil
            }
            if let last = employee.lastMonth, month > last, let leave = employee.leaveDate {
                diagnostics.error(
                    table.location(row, 0), "data for \(id) in \(month), after they left on \(leave)",
                    fix: "remove the row or correct leave_date in employees.csv")
                return nil
            }
        }
        return entity
    }
}
