/// The usual-suspects audit as a record: what the `audit` command's JSON and the workbench's
/// `/api/audit` write, one shape for both (``UsualSuspects``).
///
/// Shares and Gini coefficients are `null` where they are undefined (no attendance);
/// `usual_suspects_confidence` is `null` unless resampling (``FindingConfidence``) was asked for.
public struct AuditRecord: Encodable, Sendable {
    /// One actor's attendance: over every engagement, and over the recent window.
    public struct Attendee: Encodable, Sendable {
        public var id: String
        /// The name to show: empty when there is none or the actor may not be named.
        public var name: String
        public var attended: Int
        public var recent: Int
    }

    /// One value of one column: how many actors hold it and how many of them attended, and
    /// the ratio of its share of attendees to its share of actors.
    public struct Representation: Encodable, Sendable {
        public var dimension: String
        public var value: String
        public var actors: Int
        public var attendees: Int
        public var ratio: Double?

        init(_ row: UsualSuspects.Representation) {
            dimension = row.dimension
            value = row.value
            actors = row.actors
            attendees = row.attendees
            ratio = row.ratio
        }

        private enum CodingKeys: String, CodingKey { case dimension, value, actors, attendees, ratio }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(dimension, forKey: .dimension)
            try c.encode(value, forKey: .value)
            try c.encode(actors, forKey: .actors)
            try c.encode(attendees, forKey: .attendees)
            try c.encode(ratio, forKey: .ratio)
        }
    }

    /// Community voices (actors of the community sectors) among actors, attendees and attendances.
    public struct CommunityVoices: Encodable, Sendable {
        public var sectors: [String]
        public var actors: Int, allActors: Int
        public var attendees: Int, allAttendees: Int
        public var attendances: Int, allAttendances: Int

        private enum CodingKeys: String, CodingKey {
            case sectors, actors, allActors = "all_actors", attendees, allAttendees = "all_attendees"
            case attendances, allAttendances = "all_attendances"
        }
    }

    /// How many engagements are recorded, how many of the latest count as recent, and how
    /// many attendances there are in all.
    public var engagements: Int, window: Int, attendances: Int
    public var gini: Double?
    public var giniAmongAttendees: Double?
    /// The share of attendances taken by the top tenth of attendees, and how many they are.
    public var topDecileShare: Double?
    public var topDecileCount: Int
    public var attendees: [Attendee]
    public var usualSuspects: [String]
    /// The share of resamples in which each usual suspect stays one.
    public var usualSuspectsConfidence: [String: Double]?
    public var usualSuspectsShare: Double?
    public var neverInvited: [String]
    public var representation: [Representation]
    public var neverEngaged: [Representation]
    public var communityVoices: CommunityVoices
    public var fatigued: [String]

    /// The record of `audit` over `map` (the map it was computed on), with `confidence` when
    /// resampling was done.
    public init(_ audit: UsualSuspects, map: StakeholderMap, confidence: FindingConfidence? = nil) {
        let history = audit.history
        let voices = audit.communityVoices
        engagements = history.engagements.count
        window = history.recent.count
        attendances = history.totalAttendances
        gini = audit.gini
        giniAmongAttendees = audit.giniAmongAttendees
        topDecileShare = audit.topDecileShare
        topDecileCount = audit.topDecileCount
        attendees = audit.attendees.map {
            Attendee(id: $0.actorID, name: map.actor(withID: $0.actorID)?.shownName ?? "", attended: $0.attended, recent: $0.recent)
        }
        usualSuspects = audit.usualSuspects.map(\.actorID)
        usualSuspectsConfidence = confidence.map { sure in
            Dictionary(uniqueKeysWithValues: audit.usualSuspects.map { ($0.actorID, sure.usualSuspectShare(of: $0.actorID)) })
        }
        usualSuspectsShare = audit.usualSuspectsShare
        neverInvited = audit.neverAttended
        representation = audit.representation.map(Representation.init)
        neverEngaged = audit.neverEngaged.map(Representation.init)
        communityVoices = CommunityVoices(
            sectors: audit.options.communitySectors.sorted(), actors: voices.actors, allActors: voices.allActors,
            attendees: voices.attendees, allAttendees: voices.allAttendees,
            attendances: voices.attendances, allAttendances: voices.allAttendances)
        fatigued = audit.fatigued.map(\.actorID)
    }

    private enum CodingKeys: String, CodingKey {
        case engagements, window, attendances, gini, giniAmongAttendees = "gini_among_attendees"
        case topDecileShare = "top_decile_share", topDecileCount = "top_decile_count", attendees
        case usualSuspects = "usual_suspects", usualSuspectsConfidence = "usual_suspects_confidence"
        case usualSuspectsShare = "usual_suspects_share", neverInvited = "never_invited", representation
        case neverEngaged = "never_engaged", communityVoices = "community_voices", fatigued
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(engagements, forKey: .engagements)
        try c.encode(window, forKey: .window)
        try c.encode(attendances, forKey: .attendances)
        try c.encode(gini, forKey: .gini)
        try c.encode(giniAmongAttendees, forKey: .giniAmongAttendees)
        try c.encode(topDecileShare, forKey: .topDecileShare)
        try c.encode(topDecileCount, forKey: .topDecileCount)
        try c.encode(attendees, forKey: .attendees)
        try c.encode(usualSuspects, forKey: .usualSuspects)
        try c.encode(usualSuspectsConfidence, forKey: .usualSuspectsConfidence)
        try c.encode(usualSuspectsShare, forKey: .usualSuspectsShare)
        try c.encode(neverInvited, forKey: .neverInvited)
        try c.encode(representation, forKey: .representation)
        try c.encode(neverEngaged, forKey: .neverEngaged)
        try c.encode(communityVoices, forKey: .communityVoices)
        try c.encode(fatigued, forKey: .fatigued)
    }
}
