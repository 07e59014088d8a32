/// The record structure of CSV bytes, found without making a string: each record as the byte
/// ranges of its fields, checked as ``CSVReader`` describes (RFC 4180, UTF-8, the
/// `InputLimits`).
///
/// A dataset folder's files are scanned twice: once to check the whole file and find its
/// header, and once more to read each record into its values as it is needed, so no table of
/// strings is ever held (a `ties.csv` of five million rows would take 600 MB as one). Both
/// passes are one sweep over the bytes, O(size of the file), with one reused field list.
enum CSVScanner {
    /// One field: its bytes are `bytes[start..<end]`, inside the quotes when it was quoted.
    struct Field: Sendable {
        var start: Int
        var end: Int
        /// Whether the field holds a doubled quote (`""`), to be read as one.
        var hasDoubledQuote: Bool
        /// Whether the field was in quotes (a quoted empty field is a value, not a blank line).
        var isQuoted: Bool
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    /// The offset of the first byte after a UTF-8 byte-order mark, or 0.
    static func contentStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Calls `visit` with each record that is not a blank line, from `offset` on: the line it
    /// starts on, its fields, and the offset and line just after it. `visit` returns whether
    /// to go on.
    ///
    /// - Throws: the first syntax error, at its line and field; records before it have been
    ///   visited.
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, line firstLine: Int,
        _ visit: (_ line: Int, _ fields: [Field], _ next: (offset: Int, line: Int)) -> Bool
    ) throws(CSVSyntaxError) {
        var index = offset
        var line = firstLine
        var fields: [Field] = []
        let count = bytes.count
        while index < count {
            let recordLine = line
            fields.removeAll(keepingCapacity: true)
            recordLoop: while true {
                let fieldNumber = fields.count + 1
                var field: Field
                if index < count, bytes[index] == quote {
                    let openingLine = line
                    index += 1
                    field = Field(start: index, end: index, hasDoubledQuote: false, isQuoted: true)
                    while true {
                        guard index < count else {
                            throw CSVSyntaxError(
                                line: openingLine, field: fieldNumber,
                                message: "quoted field never closed; expected a closing double quote")
                        }
                        let byte = bytes[index]
                        if byte == quote {
                            if index + 1 < count, bytes[index + 1] == quote {
                                field.hasDoubledQuote = true
                                index += 2
                                continue
                            }
                            field.end = index
                            index += 1
                            break
                        }
                        if byte == lf || (byte == cr && (index + 1 == count || bytes[index + 1] != lf)) {
                            line += 1
                        }
                        index += 1
                    }
                    if index < count, bytes[index] != comma, bytes[index] != cr, bytes[index] != lf {
                        throw CSVSyntaxError(
                            line: line, field: fieldNumber,
                            message: "text after a closing quote; expected a comma or the end of the line")
                    }
                } else {
                    let start = index
                    while index < count {
                        let byte = bytes[index]
                        if byte == comma || byte == cr || byte == lf { break }
                        if byte == quote {
                            throw CSVSyntaxError(
                                line: line, field: fieldNumber,
                                message: "double quote inside an unquoted field; expected the whole field in quotes with inner quotes doubled")
                        }
                        index += 1
                    }
                    field = Field(start: start, end: index, hasDoubledQuote: false, isQuoted: false)
                }
                let length = field.end - field.start
                guard length <= InputLimits.maximumFieldBytes else {
                    throw CSVSyntaxError(
                        line: line, field: fieldNumber,
                        message: "a field of \(length) bytes; a field may hold at most \(InputLimits.maximumFieldBytes) bytes (16 MiB)")
                }
                guard fieldNumber <= InputLimits.maximumColumns else {
                    throw CSVSyntaxError(
                        line: line, field: fieldNumber,
                        message: "more than \(InputLimits.maximumColumns) fields in one record; a table may have at most \(InputLimits.maximumColumns) columns (Excel's XFD)")
                }
                guard UTF8Check.isValid(UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])) else {
                    throw CSVSyntaxError(line: line, field: fieldNumber, message: "invalid UTF-8; expected text encoded as UTF-8")
                }
                fields.append(field)

                guard index < count else { break recordLoop }
                switch bytes[index] {
                case comma:
                    index += 1
                case cr:
                    index += (index + 1 < count && bytes[index + 1] == lf) ? 2 : 1
                    line += 1
                    break recordLoop
                default:  // LF
                    index += 1
                    line += 1
                    break recordLoop
                }
            }
            let isBlank = fields.count == 1 && !fields[0].isQuoted && fields[0].start == fields[0].end
            if !isBlank, !visit(recordLine, fields, (index, line)) { return }
        }
    }

    /// The text of `field`, doubled quotes read as one; the bytes were checked to be UTF-8.
    ///
    /// - Parameter unprefixing: whether to take off the quote prefix a writer put before a
    ///   formula-like cell (``SpreadsheetCell/unprefixed(_:)``).
    static func text(of field: Field, in bytes: UnsafeBufferPointer<UInt8>, unprefixing: Bool) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        let text: String
        if field.hasDoubledQuote {
            var unescaped: [UInt8] = []
            unescaped.reserveCapacity(raw.count)
            var i = 0
            while i < raw.count {
                unescaped.append(raw[i])
                i += raw[i] == quote ? 2 : 1
            }
            text = String(decoding: unescaped, as: UTF8.self)
        } else {
            text = String(decoding: raw, as: UTF8.self)
        }
        // The prefix is an apostrophe; only a cell that starts with one can have it.
        return unprefixing && raw.first == UInt8(ascii: "'") ? SpreadsheetCell.unprefixed(text) : text
    }
}
