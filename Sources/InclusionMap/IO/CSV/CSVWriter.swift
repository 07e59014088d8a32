import Foundation

/// Writes CSV text as RFC 4180 describes it: comma-separated fields, LF line ends, a field
/// quoted only when it holds a comma, a quote or a line break (quotes doubled inside).
///
/// A record that is one empty field is written `""`, so that it does not read back as a
/// blank line. The same rows always give the same bytes.
package enum CSVWriter {
    /// How cells are written.
    package enum Cells: Sendable {
        /// Exactly as given.
        case asGiven
        /// Data that must read back exactly (a dataset folder, Gephi's tables): a cell a
        /// spreadsheet would run as a formula gets a `'` in front
        /// (``SpreadsheetCell/prefixed(_:)``), which the readers take off again.
        case prefixed
        /// A table for people (command output, report tables): formula cells prefixed and
        /// control characters escaped (``SpreadsheetCell/guarded(_:)``).
        case guarded
    }

    /// The CSV text of a header followed by rows.
    ///
    /// - Parameters:
    ///   - header: the column names.
    ///   - rows: the records, each as many fields as it has (no padding is added).
    ///   - cells: how each cell is encoded before quoting.
    package static func text(header: [String], rows: [[String]], cells: Cells = .asGiven) -> String {
        lines(CollectionOfOne(header) + rows, cells: cells)
    }

    /// The CSV text of records, one line each, with no header: what a writer of a long table
    /// writes a block of rows at a time with, after the header.
    ///
    /// - Parameters:
    ///   - records: the records, each as many fields as it has.
    ///   - cells: how each cell is encoded before quoting.
    package static func lines(_ records: some Sequence<[String]>, cells: Cells = .asGiven) -> String {
        var output = ""
        for var record in records {
            switch cells {
            case .asGiven: break
            case .prefixed: record = record.map(SpreadsheetCell.prefixed)
            case .guarded: record = record.map(SpreadsheetCell.guarded)
            }
            if record.count == 1, record[0].isEmpty {
                output += "\"\"\n"
                continue
            }
            output += record.map(escaped).joined(separator: ",")
            output += "\n"
        }
        return output
    }

    private static func escaped(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
