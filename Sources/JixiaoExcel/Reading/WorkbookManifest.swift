import Foundation
import XMLCoder

/// The parts of a workbook read with XMLCoder: the sheet list (`xl/workbook.xml`), the
/// relationships that lead to each sheet's part, and the number formats of the cell styles.
struct WorkbookManifest: Sendable {
    /// One sheet of the workbook.
    struct Sheet: Sendable {
        /// The name on the sheet tab.
        var name: String
        /// Whether the sheet is hidden (or very hidden).
        var hidden: Bool
        /// Path of the sheet's part inside the archive.
        var part: String
    }

    /// The sheets, in tab order.
    var sheets: [Sheet]
    /// Whether dates count from 1904-01-01 (the old Mac date system).
    var date1904: Bool
    /// The number format of each cell style (index = the cell's `s` attribute).
    var styleFormats: [NumberFormatKind]

    /// Reads the manifest from an opened archive.
    static func read(_ archive: inout WorkbookArchive) throws(WorkbookProblem) -> WorkbookManifest {
        guard let workbookBytes = try archive.part("xl/workbook.xml") else {
            throw WorkbookProblem(
                message: "the file has no xl/workbook.xml: it is not an Excel workbook (.xlsx)",
                fix: "save it from Excel as \"Excel Workbook (*.xlsx)\"; .xls and .et files are not read")
        }
        let workbook: WorkbookXML = try decode(workbookBytes, "xl/workbook.xml")
        var targets: [String: String] = [:]
        if let relsBytes = try archive.part("xl/_rels/workbook.xml.rels") {
            let rels: RelationshipsXML = try decode(relsBytes, "xl/_rels/workbook.xml.rels")
            for rel in rels.relationships ?? [] { targets[rel.id] = partPath(rel.target) }
        }
        var sheets: [Sheet] = []
        for (index, sheet) in workbook.sheets.sheets.enumerated() {
            let fallback = "xl/worksheets/sheet\(index + 1).xml"
            let part = sheet.relationship.flatMap { targets[$0] } ?? fallback
            sheets.append(Sheet(name: sheet.name, hidden: (sheet.state ?? "visible") != "visible", part: part))
        }
        var formats: [NumberFormatKind] = []
        if let stylesBytes = try archive.part("xl/styles.xml") {
            let styles: StylesXML = try decode(stylesBytes, "xl/styles.xml")
            var custom: [Int: String] = [:]
            for format in styles.numFmts?.formats ?? [] { custom[format.id] = format.code }
            formats = (styles.cellXfs?.formats ?? []).map { NumberFormatKind(id: $0.numFmtId ?? 0, code: custom[$0.numFmtId ?? 0]) }
        }
        let date1904 = ["1", "true"].contains(workbook.workbookPr?.date1904?.lowercased() ?? "")
        return WorkbookManifest(sheets: sheets, date1904: date1904, styleFormats: formats)
    }

    /// A relationship target as a path inside the archive.
    static func partPath(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["xl"]
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    private static func decode<T: Decodable>(_ bytes: [UInt8], _ part: String) throws(WorkbookProblem) -> T {
        do {
            return try XMLDecoder(trimValueWhitespaces: false).decode(T.self, from: Data(bytes))
        } catch {
            throw WorkbookProblem(
                message: "the workbook part \(part) cannot be read: it is not the XML Excel writes",
                fix: "open the file in Excel and save it again as \"Excel Workbook (*.xlsx)\"")
        }
    }
}

/// `xl/workbook.xml`, the parts Jixiao needs.
struct WorkbookXML: Decodable {
    struct Properties: Decodable { var date1904: String? }
    struct SheetEntry: Decodable {
        var name: String
        var state: String?
        var relationship: String?
        enum CodingKeys: String, CodingKey {
            case name, state
            case relationship = "r:id"
        }
    }
    struct Sheets: Decodable {
        var sheets: [SheetEntry]
        enum CodingKeys: String, CodingKey { case sheets = "sheet" }
    }
    var workbookPr: Properties?
    var sheets: Sheets
}

/// `xl/_rels/workbook.xml.rels`.
struct RelationshipsXML: Decodable {
    struct Relationship: Decodable {
        var id: String
        var target: String
        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case target = "Target"
        }
    }
    var relationships: [Relationship]?
    enum CodingKeys: String, CodingKey { case relationships = "Relationship" }
}

/// `xl/styles.xml`: custom number formats and the cell styles that use them.
struct StylesXML: Decodable {
    struct NumberFormat: Decodable {
        var id: Int
        var code: String
        enum CodingKeys: String, CodingKey {
            case id = "numFmtId"
            case code = "formatCode"
        }
    }
    struct NumberFormats: Decodable {
        var formats: [NumberFormat]?
        enum CodingKeys: String, CodingKey { case formats = "numFmt" }
    }
    struct CellFormat: Decodable { var numFmtId: Int? }
    struct CellFormats: Decodable {
        var formats: [CellFormat]?
        enum CodingKeys: String, CodingKey { case formats = "xf" }
    }
    var numFmts: NumberFormats?
    var cellXfs: CellFormats?
}
