import InclusionMap

/// A table of the report written as a CSV file in `tables/`, for reuse in a spreadsheet.
struct CSVTable: Sendable {
    /// The file name, such as `brokers.csv`.
    var fileName: String
    var header: [String]
    var rows: [[String]]

    /// The table as RFC 4180 CSV text, every cell guarded against running as a spreadsheet
    /// formula (``SpreadsheetCell/guarded(_:)``).
    var text: String { CSVWriter.text(header: header, rows: rows, cells: .guarded) }

    /// A number as a spreadsheet reads it: whole numbers without decimals, others in full;
    /// empty when there is no value.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
