/// The usual-suspects audit: who takes the seats at engagements, and who is never there.
///
/// From the attendance records (see ``EngagementHistory``):
///
/// - **Concentration.** The share of all attendances taken by the top tenth of attendees
///   (⌈0.1 × attendees⌉ people, most frequent first), and the Gini coefficient of attendance
///   counts over *every actor on the map* (those who never attended count 0), so it measures
///   how unequally participation is spread across the map; the Gini among attendees alone is
///   given too.
/// - **Usual suspects**: actors who attended more than ``Options/usualShare`` (default three
///   quarters) of all engagements, with the share of attendances they take.
/// - **Never attended**: actors with no attendance record. The data record attendance, not
///   invitations, so this is the nearest measure of "never invited".
/// - **Representation** by group, sector and kind: for each value, actors on the map,
///   distinct attendees, and the ratio
///
///       ratio = (attendees with the value / all attendees) / (actors with the value / all actors)
///
///   1 is proportionate, above 1 over-represented, below 1 under-represented, 0 never engaged.
/// - **Never engaged**: groups and sectors with actors but no attendee.
/// - **Community voices**: actors whose sector is one of ``Options/communitySectors``
///   (residents, voluntary and community, faith, lived experience, …), their share of the
///   map, of the attendees and of the attendances.
/// - **Fatigue**: actors who attended more than ``Options/fatigueShare`` of the recent window.
///
/// Actors who did not consent to be named are counted like everyone else; outputs show them
/// by id without a name.
public struct UsualSuspects: Sendable {
    /// Thresholds and definitions of the audit.
    public struct Options: Hashable, Sendable {
        /// The actor column of the group breakdown.
        public var column: String
        /// How many recent engagements the fatigue flag looks at; `nil` for all.
        public var window: Int?
        /// A usual suspect attended more than this share of all engagements.
        public var usualShare: Double
        /// A fatigue flag marks more than this share of the recent window.
        public var fatigueShare: Double
        /// Sectors whose actors are community and lived-experience voices (compared in lower case).
        public var communitySectors: Set<String>

        /// The sectors counted as community voices by default.
        public static let defaultCommunitySectors: Set<String> = [
            "residents", "resident", "community", "voluntary and community", "voluntary", "faith",
            "lived experience", "patients", "carers", "service users", "parents", "young people",
        ]

        /// Default: department groups, a window of 8, usual and fatigue shares of three quarters.
        public init(
            column: String = "department", window: Int? = 8, usualShare: Double = 0.75, fatigueShare: Double = 0.75,
            communitySectors: Set<String> = Options.defaultCommunitySectors
        ) {
            self.column = column
            self.window = window
            self.usualShare = usualShare
            self.fatigueShare = fatigueShare
            self.communitySectors = communitySectors
        }
    }

    /// One actor's attendance.
    public struct Attendee: Hashable, Sendable {
        /// The actor's id.
        public var actorID: String
        /// Engagements attended, of all.
        public var attended: Int
        /// Engagements attended in the recent window.
        public var recent: Int
    }

    /// One row of the representation table.
    public struct Representation: Hashable, Sendable {
        /// `department` (or the group column), `sector` or `kind`.
        public var dimension: String
        /// The value, for instance `housing` or `faith`.
        public var value: String
        /// Actors on the map with the value.
        public var actors: Int
        /// Of them, how many attended at least once.
        public var attendees: Int
        /// Share among attendees over share on the map; `nil` when no one attended anything.
        public var ratio: Double?
    }

    /// Counts of community and lived-experience voices.
    public struct CommunityVoices: Hashable, Sendable {
        /// Community actors on the map, and all actors.
        public var actors: Int, allActors: Int
        /// Community actors who attended, and all attendees.
        public var attendees: Int, allAttendees: Int
        /// Attendances by community actors, and all attendances.
        public var attendances: Int, allAttendances: Int
    }

    /// The options used.
    public let options: Options
    /// Attendance in time order, with the window.
    public let history: EngagementHistory
    /// Every actor who attended, most frequent first (then most recent, then id).
    public let attendees: [Attendee]
    /// How many attendees make the top tenth.
    public let topDecileCount: Int
    /// Share of attendances by the top tenth of attendees; `nil` without attendance.
    public let topDecileShare: Double?
    /// Gini coefficient of attendance counts over every actor on the map.
    public let gini: Double?
    /// Gini coefficient among attendees only.
    public let giniAmongAttendees: Double?
    /// Actors who attended more than ``Options/usualShare`` of all engagements.
    public let usualSuspects: [Attendee]
    /// Actors with no attendance, in map order.
    public let neverAttended: [String]
    /// Representation by group column, sector and kind (values in order of first appearance).
    public let representation: [Representation]
    /// Community and lived-experience voices.
    public let communityVoices: CommunityVoices
    /// Actors who attended more than ``Options/fatigueShare`` of the recent window.
    public let fatigued: [Attendee]

    /// Audits the attendance of `map`.
    public init(map: StakeholderMap, options: Options = Options()) {
        self.options = options
        let history = EngagementHistory(map: map, window: options.window)
        self.history = history
        let attendees = map.actors.compactMap { actor -> Attendee? in
            let count = history.attendances(of: actor.id)
            return count > 0 ? Attendee(actorID: actor.id, attended: count, recent: history.recentAttendances(of: actor.id)) : nil
        }.sorted { ($1.attended, $1.recent, $0.actorID) < ($0.attended, $0.recent, $1.actorID) }
        self.attendees = attendees
        let total = history.totalAttendances
        topDecileCount = (attendees.count + 9) / 10
        topDecileShare = total > 0 ? Double(attendees.prefix(topDecileCount).reduce(0) { $0 + $1.attended }) / Double(total) : nil
        gini = GiniCoefficient.of(map.actors.map { Double(history.attendances(of: $0.id)) })
        giniAmongAttendees = GiniCoefficient.of(attendees.map { Double($0.attended) })
        let engagementCount = Double(history.engagements.count)
        usualSuspects = attendees.filter { Double($0.attended) > options.usualShare * engagementCount }
        neverAttended = map.actors.filter { history.attendances(of: $0.id) == 0 }.map(\.id)
        let recentCount = Double(history.recent.count)
        fatigued = attendees.filter { Double($0.recent) > options.fatigueShare * recentCount }

        let attendeeIDs = history.attendeeIDs
        var rows: [Representation] = []
        for dimension in [options.column] + ["sector", "kind"].filter({ $0 != options.column }) {
            var order: [String] = [], actors: [String: Int] = [:], present: [String: Int] = [:]
            for actor in map.actors {
                guard let value = actor.value(ofColumn: dimension) else { continue }
                if actors[value] == nil { order.append(value) }
                actors[value, default: 0] += 1
                if attendeeIDs.contains(actor.id) { present[value, default: 0] += 1 }
            }
            for value in order {
                let a = actors[value] ?? 0, p = present[value] ?? 0
                let ratio = attendees.isEmpty ? nil : (Double(p) / Double(attendees.count)) / (Double(a) / Double(map.actors.count))
                rows.append(Representation(dimension: dimension, value: value, actors: a, attendees: p, ratio: ratio))
            }
        }
        representation = rows

        let community = map.actors.filter { $0.sector.map { options.communitySectors.contains($0.lowercased()) } ?? false }
        communityVoices = CommunityVoices(
            actors: community.count, allActors: map.actors.count,
            attendees: community.filter { attendeeIDs.contains($0.id) }.count, allAttendees: attendees.count,
            attendances: community.reduce(0) { $0 + history.attendances(of: $1.id) }, allAttendances: total)
    }

    /// Share of all attendances taken by the usual suspects; `nil` without attendance.
    public var usualSuspectsShare: Double? {
        let total = history.totalAttendances
        return total > 0 ? Double(usualSuspects.reduce(0) { $0 + $1.attended }) / Double(total) : nil
    }

    /// Groups (of the group column) and sectors with actors but no attendee; empty when
    /// nothing was attended at all.
    public var neverEngaged: [Representation] {
        guard !attendees.isEmpty else { return [] }
        return representation.filter { $0.dimension != "kind" && $0.attendees == 0 }
    }
}
