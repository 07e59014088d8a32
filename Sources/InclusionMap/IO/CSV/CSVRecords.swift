import Foundation

/// The records of a CSV file with the line each starts on, for readers outside this module
/// (survey exports, staff lists): the same RFC 4180 reading as a dataset folder's files.
public enum CSVRecords {
    /// Every record of `data`, header first, each with its 1-based line; blank lines left out.
    ///
    /// - Parameters:
    ///   - data: the file's bytes, UTF-8 (a byte-order mark is skipped).
    ///   - fileName: the name used in the issues.
    ///   - unprefixing: whether to take off the quote prefix this project's writers put
    ///     before formula-like cells (for files it wrote, such as `matches.csv`).
    /// - Throws: ``DatasetError`` naming `fileName`, the line and the field of a syntax error.
    public static func read(_ data: Data, fileName: String, unprefixing: Bool = false) throws(DatasetError) -> [(line: Int, fields: [String])] {
        do {
            let table = try CSVReader.read(data, unprefixing: unprefixing)
            return (table.header.map { [$0] } ?? [] + []).map { ($0.line, $0.fields) } + table.rows.map { ($0.line, $0.fields) }
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: fileName, line: error.line, column: error.field, message: error.message)])
        }
    }
}
