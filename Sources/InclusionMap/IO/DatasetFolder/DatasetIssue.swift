/// A problem found in a dataset: where it is and what was expected.
///
/// Its ``description`` has the form compilers use, `FILE:LINE:COLUMN: message`, with
/// `warning: ` before the message of a warning; the parts that are not known are left out
/// (a missing file has no line).
public struct DatasetIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// Whether the problem stops the dataset from loading.
    public enum Severity: String, Hashable, Sendable, Comparable {
        /// Loading fails; nothing is returned.
        case error
        /// Loading succeeds; the problem is worth a look (a self-loop, a repeated tie).
        case warning

        /// Errors come before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// The file's name, such as `ties.csv`.
    public var file: String
    /// The 1-based line the problem's record starts on, when there is one.
    public var line: Int?
    /// The 1-based column (field number within the row), when there is one.
    public var column: Int?
    /// The column's name from the header, when there is one.
    public var columnName: String?
    /// Whether the problem stops the dataset from loading.
    public var severity: Severity
    /// What is wrong and what was expected, starting with the column's name when there is one.
    public var message: String

    /// Creates an issue.
    public init(
        file: String, line: Int? = nil, column: Int? = nil, columnName: String? = nil,
        severity: Severity = .error, message: String
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
        self.severity = severity
        self.message = message
    }

    /// `FILE:LINE:COLUMN: message`, or `FILE:LINE:COLUMN: warning: message`.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        let label = severity == .warning ? "warning: " : ""
        return "\(location): \(label)\(message)"
    }

    /// Orders issues as a reader meets them: by file in ``DatasetFile`` order (other names
    /// after, by code point), then line, then column.
    static func fileOrder(_ lhs: DatasetIssue, _ rhs: DatasetIssue) -> Bool {
        func rank(_ issue: DatasetIssue) -> Int {
            DatasetFile(rawValue: issue.file).flatMap { DatasetFile.allCases.firstIndex(of: $0) } ?? DatasetFile.allCases.count
        }
        return (rank(lhs), lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rank(rhs), rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }
}
