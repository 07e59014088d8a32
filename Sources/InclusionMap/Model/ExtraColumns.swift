/// The order of the free-attribute columns of each dataset file.
///
/// Records keep their free attributes in dictionaries; this remembers the order the columns
/// had in the files read, so that writing a map back puts them in the same order. Attribute
/// names that are not listed here are written after the listed ones, in code-point order.
public struct ExtraColumns: Hashable, Codable, Sendable {
    /// Free columns of `actors.csv`, in order.
    public var actors: [String]
    /// Free columns of `departments.csv`, in order.
    public var departments: [String]
    /// Free columns of `ties.csv`, in order.
    public var ties: [String]
    /// Free columns of `engagements.csv`, in order.
    public var engagements: [String]
    /// Free columns of `attendance.csv`, in order.
    public var attendance: [String]

    /// Creates an ordering; every list is empty by default.
    public init(
        actors: [String] = [], departments: [String] = [], ties: [String] = [],
        engagements: [String] = [], attendance: [String] = []
    ) {
        self.actors = actors
        self.departments = departments
        self.ties = ties
        self.engagements = engagements
        self.attendance = attendance
    }

    /// The columns to write for records with these attribute dictionaries: the listed
    /// columns first, then any other names used, in code-point order.
    public static func columns(listed: [String], used attributes: some Sequence<[String: String]>) -> [String] {
        let listedSet = Set(listed)
        var others = Set<String>()
        for record in attributes {
            for key in record.keys where !listedSet.contains(key) { others.insert(key) }
        }
        return listed + others.sorted()
    }
}
