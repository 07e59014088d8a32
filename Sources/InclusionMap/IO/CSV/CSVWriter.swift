import Foundation

/// Writes CSV text as RFC 4180 describes it: comma-separated fields, LF line ends, a field
/// quoted only when it holds a comma, a quote or a line break (quotes doubled inside).
///
/// A record that is one empty field is written `""`, so that it does not read back as a
/// blank line. The same rows always give the same bytes.
public enum CSVWriter {
    /// The CSV text of a header followed by rows.
    ///
    /// - Parameter guardsFormulas: whether every cell goes through
    ///   ``SpreadsheetCell/guarded(_:)`` first, for a table people open in a spreadsheet. A
    ///   dataset folder is written without, so it reads back exactly.
    public static func text(header: [String], rows: [[String]], guardsFormulas: Bool = false) -> String {
        var output = ""
        for var record in [header] + rows {
            if guardsFormulas { record = record.map(SpreadsheetCell.guarded) }
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
