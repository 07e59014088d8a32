/// Everything recorded about who takes part in a piece of work: actors, their departments,
/// the ties between them, and the engagements they attended.
///
/// A map is a value: copies are independent and it is safe to share between tasks. It is
/// always valid: ids are unique and non-empty, every tie and attendance refers to actors and
/// engagements in the map, tie weights are finite and not negative, and departments nest
/// without cycles. The editing methods (``addActor(_:)``, ``addTie(_:)`` and the rest) throw a
/// ``StakeholderMapError`` rather than break those rules.
///
/// Records keep the order they were added in; look-ups by id take O(1) on average.
///
/// Two maps are equal when they hold the same records in the same order; ``extraColumns``,
/// which only orders columns when writing, is not compared.
public struct StakeholderMap: Sendable {
    /// The actors, in the order they were added.
    public internal(set) var actors: [Actor] = [] { didSet { tieEnds = nil } }
    /// The departments, in the order they were added.
    public internal(set) var departments: [Department] = []
    /// The ties, in the order they were added, stored a column at a time (``TieList``).
    public internal(set) var ties = TieList() { didSet { tieEnds = nil } }
    /// The engagements, in the order they were added.
    public internal(set) var engagements: [Engagement] = []
    /// The attendance records, in the order they were added.
    public internal(set) var attendance: [Attendance] = []
    /// The order of free-attribute columns when the map is written to a dataset folder.
    public var extraColumns = ExtraColumns()

    var actorPositions: [String: Int] = [:]
    var departmentPositions: [String: Int] = [:]
    var engagementPositions: [String: Int] = [:]
    var attendanceKeys: Set<AttendanceKey> = []
    /// The actor positions of the ties' ends while they are exactly right; `nil` after any
    /// change to ``actors`` or ``ties`` (see ``TieEnds``).
    var tieEnds: TieEnds?

    struct AttendanceKey: Hashable, Sendable {
        var engagement: String
        var actor: String
    }

    /// Creates an empty map.
    public init() {}

    /// Creates a map from whole lists of records, checking them as the editing methods do.
    ///
    /// Departments may name a parent listed after them.
    ///
    /// - Throws: the first ``StakeholderMapError`` found, in the order departments, actors,
    ///   ties, engagements, attendance.
    public init(
        actors: [Actor], departments: [Department] = [], ties: [Tie] = [],
        engagements: [Engagement] = [], attendance: [Attendance] = [],
        extraColumns: ExtraColumns = ExtraColumns()
    ) throws(StakeholderMapError) {
        try self.init(
            actors: actors, departments: departments, ties: TieList(ties), engagements: engagements,
            attendance: attendance, extraColumns: extraColumns)
    }

    /// Creates a map from whole lists of records with the ties as a ``TieList`` (another map's
    /// ``ties``, kept without being taken apart), checking them as the editing methods do.
    ///
    /// - Throws: the first ``StakeholderMapError`` found, in the order departments, actors,
    ///   ties, engagements, attendance.
    public init(
        actors: [Actor], departments: [Department] = [], ties: TieList,
        engagements: [Engagement] = [], attendance: [Attendance] = [],
        extraColumns: ExtraColumns = ExtraColumns()
    ) throws(StakeholderMapError) {
        let assembly = StakeholderMap.assemble(
            actors: actors, departments: departments, ties: ties, engagements: engagements,
            attendance: attendance)
        if let first = assembly.problems.first { throw first.error }
        self = assembly.map
        self.extraColumns = extraColumns
    }
}

extension StakeholderMap: Equatable {
    /// Whether two maps hold the same records in the same order.
    public static func == (lhs: StakeholderMap, rhs: StakeholderMap) -> Bool {
        lhs.actors == rhs.actors && lhs.departments == rhs.departments && lhs.ties == rhs.ties
            && lhs.engagements == rhs.engagements && lhs.attendance == rhs.attendance
    }
}

extension StakeholderMap: Codable {
    private enum CodingKeys: String, CodingKey {
        case actors, departments, ties, engagements, attendance, extraColumns
    }

    /// Decodes a map and checks it as ``init(actors:departments:ties:engagements:attendance:extraColumns:)-(_,_,[Tie],_,_,_)``
    /// does; every list but `actors` may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            actors: c.decode([Actor].self, forKey: .actors),
            departments: c.decodeIfPresent([Department].self, forKey: .departments) ?? [],
            ties: c.decodeIfPresent([Tie].self, forKey: .ties) ?? [],
            engagements: c.decodeIfPresent([Engagement].self, forKey: .engagements) ?? [],
            attendance: c.decodeIfPresent([Attendance].self, forKey: .attendance) ?? [],
            extraColumns: c.decodeIfPresent(ExtraColumns.self, forKey: .extraColumns) ?? ExtraColumns())
    }

    /// Encodes every list, empty ones included, and the column order.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(actors, forKey: .actors)
        try c.encode(departments, forKey: .departments)
        try c.encode(ties, forKey: .ties)
        try c.encode(engagements, forKey: .engagements)
        try c.encode(attendance, forKey: .attendance)
        try c.encode(extraColumns, forKey: .extraColumns)
    }
}
