/// The engagements of a map in time order and who attended them: the record of *current use*
/// that the broker finder, the usual-suspects audit and the panel suggester read.
///
/// Engagements are ordered by date. Engagements without a date keep their order in the file
/// and count as more recent than every dated one (an engagement still being planned is
/// usually undated). The *window* is the most recent `window` engagements in that order, or
/// all of them when `window` is `nil` or larger than the record.
///
/// The data hold attendance, not invitations: "never invited" below means "never recorded as
/// attending".
public struct EngagementHistory: Hashable, Sendable {
    /// Every engagement, oldest first.
    public let engagements: [Engagement]
    /// The most recent engagements (the window), oldest first.
    public let recent: [Engagement]
    private let allCounts: [String: Int]
    private let recentCounts: [String: Int]

    /// Orders the engagements of `map` and counts attendance, overall and in the last
    /// `window` engagements.
    ///
    /// - Precondition: `window`, when given, is positive.
    public init(map: StakeholderMap, window: Int? = nil) {
        precondition(window.map { $0 > 0 } ?? true, "the window must hold at least one engagement")
        let ordered = map.engagements.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
        let recent = Array(ordered.suffix(window ?? ordered.count))
        let recentIDs = Set(recent.map(\.id))
        var all: [String: Int] = [:], inWindow: [String: Int] = [:]
        for record in map.attendance {
            all[record.actor, default: 0] += 1
            if recentIDs.contains(record.engagement) { inWindow[record.actor, default: 0] += 1 }
        }
        engagements = ordered
        self.recent = recent
        allCounts = all
        recentCounts = inWindow
    }

    /// Whether the map records no engagement at all.
    public var isEmpty: Bool { engagements.isEmpty }

    /// All attendance records, counted once per actor and engagement.
    public var totalAttendances: Int { allCounts.values.reduce(0, +) }

    /// The ids of actors who attended at least one engagement.
    public var attendeeIDs: Set<String> { Set(allCounts.keys) }

    /// The number of engagements `actorID` attended.
    public func attendances(of actorID: String) -> Int { allCounts[actorID] ?? 0 }

    /// The number of engagements in the window that `actorID` attended.
    public func recentAttendances(of actorID: String) -> Int { recentCounts[actorID] ?? 0 }

    /// The share of the window's engagements that `actorID` attended, from 0 to 1; `nil` when
    /// there are no engagements.
    public func recentShare(of actorID: String) -> Double? {
        recent.isEmpty ? nil : Double(recentAttendances(of: actorID)) / Double(recent.count)
    }

    /// Words for an actor's recent attendance: "attended 0 of the last 8 engagements".
    public func attendanceWords(of actorID: String) -> String {
        let count = recent.count
        let span = count == engagements.count
            ? (count == 1 ? "the one engagement" : "the \(count) engagements")
            : (count == 1 ? "the last engagement" : "the last \(count) engagements")
        return "attended \(recentAttendances(of: actorID)) of \(span)"
    }
}
