/// Why a dataset could not be read or written: every problem found, not only the first.
public struct DatasetError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in file order, then line, then column. All have severity ``DatasetIssue/Severity/error``,
    /// except that warnings found alongside errors are listed too.
    public var issues: [DatasetIssue]

    /// Creates an error from its problems.
    public init(issues: [DatasetIssue]) {
        self.issues = issues
    }

    /// Only the problems that stop loading.
    public var errors: [DatasetIssue] { issues.filter { $0.severity == .error } }

    /// One problem a line.
    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
