import Foundation

/// One file of a dataset folder after its header has been checked: which field holds each
/// known column, which fields are free attributes, and the rows.
final class DatasetTable: Sendable {
    let file: DatasetFile
    /// The header line (1 unless blank lines come first).
    let headerLine: Int
    /// Field index of each known column present.
    let knownFields: [String: Int]
    /// Free columns in header order, with their field index.
    let extraFields: [(name: String, index: Int)]
    /// The known columns as (name, field index) pairs, searched by ``fieldIndex(of:)``: a
    /// handful of short names, compared faster than hashed.
    private let knownList: [(name: String, index: Int)]
    private let body: Body
    let fieldCount: Int
    /// Number of rows under the header.
    let rowCount: Int

    /// Where the rows come from: strings already split (the sheets of a workbook), or the
    /// checked bytes of a file, read a record at a time (see ``CSVScanner``).
    private enum Body: Sendable {
        case rows([CSVTable.Row])
        /// The bytes, with the offset and line of every ``blockRows``-th row after the header.
        case bytes(Data, blockStarts: [(offset: Int, line: Int)])
    }

    /// Rows per block of a file read on several cores: large enough that a block's start-up
    /// costs nothing, small enough that two cores share a 100,000-row file.
    static let blockRows = 1 << 14

    /// Checks a file's bytes and its header: `nil`, with the issue recorded, when the file is
    /// not well-formed CSV or its header is unusable. The rows are read when asked for
    /// (``mapRows(_:)``), never held as strings all at once.
    static func read(file: DatasetFile, data: Data, issues: inout [DatasetIssue]) -> DatasetTable? {
        var header: CSVTable.Row?
        var blockStarts: [(offset: Int, line: Int)] = []
        var rowCount = 0
        var syntaxError: CSVSyntaxError?
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(CSVSyntaxError) {
                try CSVScanner.scan(bytes, from: CSVScanner.contentStart(bytes), line: 1) { line, fields, next in
                    if header == nil {
                        header = CSVTable.Row(line: line, fields: fields.map { CSVScanner.text(of: $0, in: bytes, unprefixing: true) })
                        blockStarts.append(next)
                        // A body of plain lines is counted without reading its fields.
                        if let lines = CSVLines.count(bytes, from: next.offset, line: next.line, every: blockRows) {
                            rowCount = lines.records
                            blockStarts += lines.marks
                            return false
                        }
                    } else {
                        rowCount += 1
                        if rowCount % blockRows == 0 { blockStarts.append(next) }
                    }
                    return true
                }
            } catch {
                syntaxError = error
            }
        }
        if let error = syntaxError {
            issues.append(DatasetIssue(file: file.fileName, line: error.line, column: error.field, message: error.message))
            return nil
        }
        return DatasetTable(
            file: file, header: header, body: .bytes(data, blockStarts: blockStarts), rowCount: rowCount,
            issues: &issues)
    }

    /// Checks a parsed file's header; returns `nil` and records issues when the header is
    /// unusable (an empty or repeated name, a missing required column).
    convenience init?(file: DatasetFile, csv: CSVTable, issues: inout [DatasetIssue]) {
        self.init(file: file, header: csv.header, body: .rows(csv.rows), rowCount: csv.rows.count, issues: &issues)
    }

    private init?(file: DatasetFile, header: CSVTable.Row?, body: Body, rowCount: Int, issues: inout [DatasetIssue]) {
        guard let header else {
            issues.append(DatasetIssue(
                file: file.fileName, line: 1,
                message: "empty file; expected a header row naming \(file.requiredColumns.joined(separator: ", "))"))
            return nil
        }
        var known: [String: Int] = [:]
        var extras: [(String, Int)] = []
        var seen: [String: Int] = [:]
        var usable = true
        for (index, cell) in header.fields.enumerated() {
            if cell.unicodeScalars.contains("\u{FEFF}") {
                issues.append(DatasetIssue(
                    file: file.fileName, line: header.line, column: index + 1,
                    message: "a byte-order mark (U+FEFF) inside the header cell \(QuotedValue.quoted(cell)); expected one only at the very start of the file"))
                usable = false
            }
            let name = cell.trimmingCharacters(in: .whitespaces)
            let key = file.knownColumn(forHeader: name) ?? name
            if name.isEmpty {
                issues.append(DatasetIssue(
                    file: file.fileName, line: header.line, column: index + 1,
                    message: "column \(index + 1) has no name; expected a column name in the header"))
                usable = false
            } else if let first = seen[key] {
                issues.append(DatasetIssue(
                    file: file.fileName, line: header.line, column: index + 1, columnName: name,
                    message: "\(name): repeats column \(first + 1); expected each column once"))
                usable = false
            } else {
                seen[key] = index
                if let column = file.knownColumn(forHeader: name) {
                    known[column] = index
                } else {
                    extras.append((name, index))
                }
            }
        }
        for required in file.requiredColumns where known[required] == nil {
            issues.append(DatasetIssue(
                file: file.fileName, line: header.line,
                message: "missing required column \"\(required)\"; expected a header with \(file.requiredColumns.joined(separator: ", "))"))
            usable = false
        }
        guard usable else { return nil }
        self.file = file
        self.headerLine = header.line
        self.knownFields = known
        self.knownList = known.map { (name: $0.key, index: $0.value) }
        self.extraFields = extras
        self.body = body
        self.rowCount = rowCount
        self.fieldCount = header.fields.count
    }

    /// This table's header without its rows: all that later checks read (column numbers, free
    /// columns) once the rows are records, so a large file's bytes can be freed.
    func headerOnly() -> DatasetTable {
        DatasetTable(headerOf: self)
    }

    private init(headerOf table: DatasetTable) {
        file = table.file
        headerLine = table.headerLine
        knownFields = table.knownFields
        extraFields = table.extraFields
        knownList = table.knownList
        body = .rows([])
        fieldCount = table.fieldCount
        rowCount = table.rowCount
    }

    /// Each row made into a value by `transform`, in file order, with the line each row starts
    /// on and every issue `transform` noted. A file's rows are read from its bytes in blocks of
    /// ``blockRows``, on every core, each block into its own slots of the result; only the
    /// rows being read are held as strings.
    func mapRows<Value: Sendable>(
        _ transform: @Sendable (inout DatasetRow) -> Value
    ) -> (values: [Value], lines: [Int], issues: [DatasetIssue]) {
        switch body {
        case .rows(let rows):
            var issues: [DatasetIssue] = []
            let values = rows.map { row in
                var reader = DatasetRow(table: self, row: row)
                let value = transform(&reader)
                issues += reader.issues
                return value
            }
            return (values, rows.map(\.line), issues)
        case .bytes(let data, let blockStarts):
            let blocks = rowCount == 0 ? 0 : (rowCount + Self.blockRows - 1) / Self.blockRows
            var lines = [Int](repeating: 0, count: rowCount)
            var blockIssues: [[DatasetIssue]] = []
            let values = [Value](unsafeUninitializedCapacity: rowCount) { valueSlots, initialized in
                lines.withUnsafeMutableBufferPointer { lineSlots in
                    let slots = RowSlots(values: valueSlots, lines: lineSlots)
                    blockIssues = ParallelBlocks.map(count: blocks, blockCount: blocks, threads: nil) { range in
                        var issues: [DatasetIssue] = []
                        for block in range {
                            let first = block * Self.blockRows
                            let count = min(Self.blockRows, self.rowCount - first)
                            self.read(data, from: blockStarts[block], rows: count) { index, row in
                                var reader = DatasetRow(table: self, row: row)
                                slots.store(transform(&reader), line: row.line, at: first + index)
                                if !reader.issues.isEmpty { issues += reader.issues }
                            }
                        }
                        return issues
                    }
                }
                initialized = rowCount
            }
            return (values, lines, blockIssues.flatMap { $0 })
        }
    }

    /// For a table read from a file, `readBlock` run for each block of ``blockRows`` rows, on
    /// every core (each finished block counted on `progress`), with the file's checked bytes
    /// and a function that visits the block's rows
    /// as their line, the byte ranges of their fields and the offset a scan of the row alone
    /// starts from (``row(from:in:)``); the results in block order. `nil`
    /// for a table of rows already split into strings (a workbook's sheet).
    ///
    /// For readers that turn most rows into values straight from the bytes (ties.csv); a row
    /// they cannot read that way is made into strings with ``row(line:fields:in:)``.
    func mapBlocks<Part: Sendable>(
        progress: ProgressReporter = .silent,
        _ readBlock: @Sendable (
            _ bytes: UnsafeBufferPointer<UInt8>,
            _ forEachRow: ((_ line: Int, _ fields: [CSVScanner.Field], _ start: Int) -> Void) -> Void
        ) -> Part
    ) -> [Part]? {
        guard case .bytes(let data, let blockStarts) = body else { return nil }
        let blocks = rowCount == 0 ? 0 : (rowCount + Self.blockRows - 1) / Self.blockRows
        let counter = PartCounter(total: blocks, progress: progress)
        return ParallelBlocks.map(count: blocks, blockCount: blocks, threads: nil) { range in
            range.map { block in
                let rows = min(Self.blockRows, self.rowCount - block * Self.blockRows)
                defer { counter.finishOne() }
                return data.withUnsafeBytes { raw in
                    let bytes = raw.bindMemory(to: UInt8.self)
                    return readBlock(bytes) { visit in
                        var index = 0
                        var start = blockStarts[block].offset
                        do throws(CSVSyntaxError) {
                            try CSVScanner.scan(bytes, from: start, line: blockStarts[block].line) { line, fields, next in
                                visit(line, fields, start)
                                start = next.offset
                                index += 1
                                return index < rows
                            }
                        } catch {
                            preconditionFailure("a file checked by DatasetTable.read failed a second reading: \(error)")
                        }
                        precondition(index == rows, "a file checked by DatasetTable.read gave fewer rows the second time")
                    }
                }
            }
        }.flatMap { $0 }
    }

    /// The row at `line` with `fields` of `bytes` made into strings, as ``mapRows(_:)`` reads it.
    func row(line: Int, fields: [CSVScanner.Field], in bytes: UnsafeBufferPointer<UInt8>) -> CSVTable.Row {
        CSVTable.Row(line: line, fields: fields.map { CSVScanner.text(of: $0, in: bytes, unprefixing: true) })
    }

    /// The row at `line` read again from `start` (as ``mapBlocks(_:)`` gave it), made into strings.
    func row(from start: Int, line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> CSVTable.Row {
        var row = CSVTable.Row(line: line, fields: [])
        do throws(CSVSyntaxError) {
            try CSVScanner.scan(bytes, from: start, line: line) { line, fields, _ in
                row = self.row(line: line, fields: fields, in: bytes)
                return false
            }
        } catch {
            preconditionFailure("a file checked by DatasetTable.read failed a second reading: \(error)")
        }
        return row
    }

    /// Calls `visit` with the first `rows` rows from `start`, each into one reused row.
    private func read(_ data: Data, from start: (offset: Int, line: Int), rows: Int, _ visit: (Int, CSVTable.Row) -> Void) {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var row = CSVTable.Row(line: 0, fields: [])
            var index = 0
            do throws(CSVSyntaxError) {
                try CSVScanner.scan(bytes, from: start.offset, line: start.line) { line, fields, _ in
                    row.line = line
                    row.fields.removeAll(keepingCapacity: true)
                    for field in fields { row.fields.append(CSVScanner.text(of: field, in: bytes, unprefixing: true)) }
                    visit(index, row)
                    index += 1
                    return index < rows
                }
            } catch {
                preconditionFailure("a file checked by DatasetTable.read failed a second reading: \(error)")
            }
            precondition(index == rows || rows == 0, "a file checked by DatasetTable.read gave fewer rows the second time")
        }
    }

    /// The field index of a known column, when the file has it.
    func fieldIndex(of column: String) -> Int? {
        for known in knownList where known.name == column { return known.index }
        return nil
    }

    /// The 1-based column number of a known column, when the file has it.
    func columnNumber(of column: String) -> Int? {
        fieldIndex(of: column).map { $0 + 1 }
    }
}

/// Reads the fields of one row of a ``DatasetTable``, turning values into model types and
/// noting every value that does not parse.
struct DatasetRow {
    let table: DatasetTable
    let row: CSVTable.Row
    var issues: [DatasetIssue] = []

    init(table: DatasetTable, row: CSVTable.Row) {
        self.table = table
        self.row = row
        // U+FEFF is EF BB BF in UTF-8; a field without the byte EF cannot hold it.
        for (index, field) in row.fields.enumerated() where field.utf8.contains(0xEF) && field.unicodeScalars.contains("\u{FEFF}") {
            issues.append(DatasetIssue(
                file: table.file.fileName, line: row.line, column: index + 1,
                message: "a byte-order mark (U+FEFF) inside a value; expected one only at the very start of the file"))
        }
        if row.fields.count != table.fieldCount {
            issues.append(DatasetIssue(
                file: table.file.fileName, line: row.line, column: min(row.fields.count, table.fieldCount) + 1,
                message: "row has \(row.fields.count) field\(row.fields.count == 1 ? "" : "s"); expected \(table.fieldCount) as in the header"))
        }
    }

    /// The trimmed text of a known column; `nil` when the column is absent or the cell empty.
    ///
    /// A control character (U+0000–U+001F but tab and line breaks, or DEL) in an id column is
    /// an error; in any other column it is dropped, with a warning, since no output could show
    /// it faithfully.
    mutating func text(_ column: String) -> String? {
        guard let index = table.fieldIndex(of: column), index < row.fields.count else { return nil }
        var value = Self.trimmed(row.fields[index])
        // A control character is one byte in UTF-8 and never part of a longer sequence.
        if value.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F }),
           let control = value.unicodeScalars.first(where: Self.isControl) {
            let code = String(format: "U+%04X", control.value)
            if table.file.identifierColumns.contains(column) {
                note(column, "\(column): \(QuotedValue.quoted(value)) holds the control character \(code); expected an id of printable characters")
            } else {
                value = String(String.UnicodeScalarView(value.unicodeScalars.filter { !Self.isControl($0) }))
                issues.append(DatasetIssue(
                    file: table.file.fileName, line: row.line, column: table.columnNumber(of: column), columnName: column, severity: .warning,
                    message: "\(column): control characters (such as \(code)) dropped from the value"))
            }
        }
        return value.isEmpty ? nil : value
    }

    /// `text` without leading and trailing white space and newlines, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives it; most cells have none, and
    /// they are returned as they are without the round trip through NSString.
    static func trimmed(_ text: String) -> String {
        // Every white space or newline character but those below is outside ASCII; a cell that
        // starts and ends with printable ASCII needs no look at the character set.
        if let first = text.utf8.first, let last = text.utf8.last,
           Self.isPrintableASCII(first), Self.isPrintableASCII(last) { return text }
        let blank = CharacterSet.whitespacesAndNewlines
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        return blank.contains(first) || blank.contains(last) ? text.trimmingCharacters(in: blank) : text
    }

    /// Whether `byte` is ASCII other than white space and control characters (0x21–0x7E).
    private static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0x7F
    }

    /// The text of a required column; an empty cell is noted and read as "".
    mutating func required(_ column: String) -> String {
        if let value = text(column) { return value }
        note(column, "empty \(column); expected a value in every row")
        return ""
    }

    /// The free attributes of the row, kept verbatim (not trimmed). An empty cell is no value,
    /// as for the known columns, so a record written and read back is the record it was.
    var attributes: [String: String] {
        var values: [String: String] = [:]
        for (name, index) in table.extraFields where index < row.fields.count && !row.fields[index].isEmpty {
            values[name] = row.fields[index]
        }
        return values
    }

    mutating func bool(_ column: String) -> Bool? {
        guard let value = text(column) else { return nil }
        guard let parsed = BooleanText.parse(value) else {
            note(column, "\(column): \(QuotedValue.quoted(value)) is not true or false; expected true, false, yes, no, 1 or 0")
            return nil
        }
        return parsed
    }

    mutating func number(_ column: String) -> Double? {
        guard let value = text(column) else { return nil }
        switch DecimalNumber.parse(value) {
        case .success(let number): return number
        case .failure(let problem):
            note(column, "\(column): \(QuotedValue.quoted(value)) \(problem); expected a number such as 1 or 2.5")
            return nil
        }
    }

    mutating func date(_ column: String) -> CalendarDate? {
        guard let value = text(column) else { return nil }
        guard let date = CalendarDate(parsing: value) else {
            note(column, "\(column): \"\(value)\" is not a date; expected YYYY-MM-DD, such as 2024-03-18")
            return nil
        }
        return date
    }

    mutating func kind(_ column: String) -> ActorKind? {
        guard let value = text(column) else { return nil }
        guard let kind = ActorKind(parsing: value) else {
            let kinds = ActorKind.allCases.map(\.rawValue).joined(separator: ", ")
            note(column, "\(column): \"\(value)\" is not a kind of actor; expected one of \(kinds)")
            return nil
        }
        return kind
    }

    /// A `;`-separated list, each item trimmed, empty items left out.
    mutating func list(_ column: String) -> [String] {
        guard let value = text(column) else { return [] }
        return value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    mutating func note(_ column: String, _ message: String) {
        issues.append(DatasetIssue(
            file: table.file.fileName, line: row.line, column: table.columnNumber(of: column),
            columnName: column, message: message))
    }
}

/// The uninitialised slots of a ``DatasetTable/mapRows(_:)`` result, shared by the threads
/// that read its blocks: each slot is written once, by the one thread reading its block.
private struct RowSlots<Value>: @unchecked Sendable {
    let values: UnsafeMutableBufferPointer<Value>
    let lines: UnsafeMutableBufferPointer<Int>

    func store(_ value: Value, line: Int, at index: Int) {
        (values.baseAddress! + index).initialize(to: value)
        lines[index] = line
    }
}
