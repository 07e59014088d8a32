/// Reads CSV text as RFC 4180 describes it, a little more leniently where files from
/// spreadsheets need it.
///
/// - Fields are separated by commas and records by CRLF, LF or a lone CR.
/// - A field in double quotes may hold commas, line breaks and doubled quotes (`""` is `"`).
/// - A UTF-8 byte-order mark at the start is skipped; the text must be valid UTF-8.
/// - Blank lines (anywhere, including trailing ones) are skipped; line numbers still count them.
/// - A quote inside an unquoted field, or text after a closing quote, is an error rather than
///   a guess, so nothing is read differently from what the author meant.
///
/// - A field longer than `InputLimits/maximumFieldBytes` or a record of more than
///   `InputLimits/maximumColumns` fields is an error: no real table holds one.
///
/// Reading takes one pass over the bytes: O(size of the file).
package enum CSVReader {
    /// Splits `bytes` into a header and rows.
    ///
    /// - Parameter unprefixing: whether each field loses the quote prefix a writer with
    ///   `CSVWriter/Cells/prefixed` put before a formula-like cell
    ///   (``SpreadsheetCell/unprefixed(_:)``): for the files this project writes as data.
    package static func read(_ bytes: some Collection<UInt8>, unprefixing: Bool = false) throws(CSVSyntaxError) -> CSVTable {
        let bytes = Array(bytes)
        var records: [CSVTable.Row] = []
        let result: Result<Void, CSVSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(CSVSyntaxError) {
                try CSVScanner.scan(buffer, from: CSVScanner.contentStart(buffer), line: 1) { line, fields, _ in
                    records.append(CSVTable.Row(
                        line: line, fields: fields.map { CSVScanner.text(of: $0, in: buffer, unprefixing: unprefixing) }))
                    return true
                }
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
        return CSVTable(header: records.first, rows: Array(records.dropFirst()))
    }
}
