import Foundation

/// One file of a dataset folder after its header has been checked: which field holds each
/// known column, which fields are free attributes, and the rows.
struct DatasetTable {
    let file: DatasetFile
    /// The header line (1 unless blank lines come first).
    let headerLine: Int
    /// Field index of each known column present.
    let knownFields: [String: Int]
    /// Free columns in header order, with their field index.
    let extraFields: [(name: String, index: Int)]
    let rows: [CSVTable.Row]
    let fieldCount: Int

    /// Checks a parsed file's header; returns `nil` and records issues when the header is
    /// unusable (an empty or repeated name, a missing required column).
    init?(file: DatasetFile, csv: CSVTable, issues: inout [DatasetIssue]) {
        guard let header = csv.header else {
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
        self.extraFields = extras
        self.rows = csv.rows
        self.fieldCount = header.fields.count
    }

    /// The 1-based column number of a known column, when the file has it.
    func columnNumber(of column: String) -> Int? {
        knownFields[column].map { $0 + 1 }
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
        for (index, field) in row.fields.enumerated() where field.unicodeScalars.contains("\u{FEFF}") {
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
        guard let index = table.knownFields[column], index < row.fields.count else { return nil }
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
        let blank = CharacterSet.whitespacesAndNewlines
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        return blank.contains(first) || blank.contains(last) ? text.trimmingCharacters(in: blank) : text
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
