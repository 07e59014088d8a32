/// What reading a dataset folder found: the map when it loaded, and every problem.
public struct DatasetCheck: Sendable {
    /// The map, or `nil` when any issue is an error.
    public var map: StakeholderMap?
    /// Every problem found, errors and warnings, in file order, then line, then column.
    public var issues: [DatasetIssue]

    /// Creates a result.
    public init(map: StakeholderMap?, issues: [DatasetIssue]) {
        self.map = map
        self.issues = issues
    }

    /// The problems that stopped the map from loading.
    public var errors: [DatasetIssue] { issues.filter { $0.severity == .error } }

    /// The problems worth a look that did not stop loading.
    public var warnings: [DatasetIssue] { issues.filter { $0.severity == .warning } }
}
