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
/// - A field longer than ``InputLimits/maximumFieldBytes`` or a record of more than
///   ``InputLimits/maximumColumns`` fields is an error: no real table holds one.
///
/// Reading takes one pass over the bytes: O(size of the file).
enum CSVReader {
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    /// Splits `bytes` into a header and rows.
    ///
    /// - Parameter unprefixing: whether each field loses the quote prefix a writer with
    ///   ``CSVWriter/Cells/prefixed`` put before a formula-like cell
    ///   (``SpreadsheetCell/unprefixed(_:)``): for the files this project writes as data.
    static func read(_ bytes: some Collection<UInt8>, unprefixing: Bool = false) throws(CSVSyntaxError) -> CSVTable {
        let bytes = Array(bytes)
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        var line = 1
        var records: [CSVTable.Row] = []

        while index < bytes.count {
            let recordLine = line
            var fields: [String] = []
            var onlyFieldWasQuoted = false
            recordLoop: while true {
                let fieldNumber = fields.count + 1
                var raw: [UInt8] = []
                if index < bytes.count, bytes[index] == quote {
                    let openingLine = line
                    index += 1
                    while true {
                        guard index < bytes.count else {
                            throw CSVSyntaxError(
                                line: openingLine, field: fieldNumber,
                                message: "quoted field never closed; expected a closing double quote")
                        }
                        let byte = bytes[index]
                        if byte == quote {
                            if index + 1 < bytes.count, bytes[index + 1] == quote {
                                raw.append(quote)
                                index += 2
                                continue
                            }
                            index += 1
                            break
                        }
                        if byte == lf || (byte == cr && (index + 1 == bytes.count || bytes[index + 1] != lf)) {
                            line += 1
                        }
                        raw.append(byte)
                        index += 1
                    }
                    if index < bytes.count, ![comma, cr, lf].contains(bytes[index]) {
                        throw CSVSyntaxError(
                            line: line, field: fieldNumber,
                            message: "text after a closing quote; expected a comma or the end of the line")
                    }
                    onlyFieldWasQuoted = fields.isEmpty
                } else {
                    let start = index
                    while index < bytes.count, bytes[index] != comma, bytes[index] != cr, bytes[index] != lf {
                        if bytes[index] == quote {
                            throw CSVSyntaxError(
                                line: line, field: fieldNumber,
                                message: "double quote inside an unquoted field; expected the whole field in quotes with inner quotes doubled")
                        }
                        index += 1
                    }
                    raw = Array(bytes[start..<index])
                    if fields.isEmpty { onlyFieldWasQuoted = false }
                }
                guard raw.count <= InputLimits.maximumFieldBytes else {
                    throw CSVSyntaxError(
                        line: line, field: fieldNumber,
                        message: "a field of \(raw.count) bytes; a field may hold at most \(InputLimits.maximumFieldBytes) bytes (16 MiB)")
                }
                guard fieldNumber <= InputLimits.maximumColumns else {
                    throw CSVSyntaxError(
                        line: line, field: fieldNumber,
                        message: "more than \(InputLimits.maximumColumns) fields in one record; a table may have at most \(InputLimits.maximumColumns) columns (Excel's XFD)")
                }
                guard let text = String(validating: raw, as: UTF8.self) else {
                    throw CSVSyntaxError(line: line, field: fieldNumber, message: "invalid UTF-8; expected text encoded as UTF-8")
                }
                fields.append(unprefixing ? SpreadsheetCell.unprefixed(text) : text)

                guard index < bytes.count else { break recordLoop }
                switch bytes[index] {
                case comma:
                    index += 1
                case cr:
                    index += (index + 1 < bytes.count && bytes[index + 1] == lf) ? 2 : 1
                    line += 1
                    break recordLoop
                default:  // LF
                    index += 1
                    line += 1
                    break recordLoop
                }
            }
            let isBlank = fields.count == 1 && fields[0].isEmpty && !onlyFieldWasQuoted
            if !isBlank { records.append(CSVTable.Row(line: recordLine, fields: fields)) }
        }
        return CSVTable(header: records.first, rows: Array(records.dropFirst()))
    }
}
