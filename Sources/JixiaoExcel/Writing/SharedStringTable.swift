/// The shared string table of a workbook being written: each distinct text once.
struct SharedStringTable: Sendable {
    private var indexOf: [String: Int] = [:]
    private var texts: [String] = []
    private var uses = 0

    /// The index of a text, adding it when new.
    mutating func index(of text: String) -> Int {
        uses += 1
        if let index = indexOf[text] { return index }
        indexOf[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    /// The `xl/sharedStrings.xml` part, as UTF-8 bytes.
    var xml: [UInt8] {
        var xml: [UInt8] = []
        xml.reserveCapacity(256 + texts.reduce(0) { $0 + $1.utf8.count + 40 })
        xml += #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8
        xml += "\n".utf8
        xml += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(uses)" uniqueCount="\#(texts.count)">"#.utf8
        for text in texts {
            xml += #"<si><t xml:space="preserve">"#.utf8
            xml += XLSXParts.escape(text).utf8
            xml += "</t></si>".utf8
        }
        xml += "</sst>".utf8
        return xml
    }
}
