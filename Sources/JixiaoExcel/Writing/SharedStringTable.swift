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

    /// The `xl/sharedStrings.xml` part.
    var xml: String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(uses)" uniqueCount="\#(texts.count)">"#
        for text in texts { xml += #"<si><t xml:space="preserve">\#(XLSXParts.escape(text))</t></si>"# }
        return xml + "</sst>"
    }
}
