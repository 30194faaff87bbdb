extension CSVTable {
    /// Appends a record read by ``CSVParser/Reader`` as the table's next row (its line, start
    /// and field boundaries; the text stays in the table's bytes).
    mutating func append(_ record: CSVParser.Reader.Record) {
        rowLines.append(Int32(record.line))
        rowStarts.append(Int32(record.start))
        rowFirstField.append(Int32(fieldStarts.count))
        for field in record.fields {
            fieldStarts.append(Int32(field.start))
            fieldEnds.append(Int32(field.end))
            fieldHasEscapes.append(field.escaped)
            fieldQuoted.append(field.quoted)
        }
    }
}
