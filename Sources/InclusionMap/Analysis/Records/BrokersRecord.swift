/// The broker analysis as a record: what the `brokers` command's JSON and the workbench's
/// `/api/brokers` write, one shape for both.
///
/// Every listed broker carries its rank, potential, use, score, reason and the measures
/// behind the potential (``BrokerFinder``); confidence fields are `null` unless resampling
/// (``FindingConfidence``) was asked for. Names are empty for actors who may not be named.
public struct BrokersRecord: Encodable, Sendable {
    /// One ranked broker.
    public struct Broker: Encodable, Sendable {
        /// The measures behind brokerage potential.
        public struct Measures: Encodable, Sendable {
            public var bridgingBetweenness: Double
            public var bridgingBetweennessError: Double?
            public var participation: Double
            public var strongestRole: String?
            public var strongestZ: Double?
            public var constraint: Double?
            public var groupsReached: [String]
            public var groupsReachedTwice: [String]

            private enum CodingKeys: String, CodingKey {
                case bridgingBetweenness = "bridging_betweenness", bridgingBetweennessError = "bridging_betweenness_se"
                case participation, strongestRole = "strongest_role", strongestZ = "strongest_z", constraint
                case groupsReached = "groups_reached", groupsReachedTwice = "groups_reached_twice"
            }

            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(bridgingBetweenness, forKey: .bridgingBetweenness)
                try c.encode(bridgingBetweennessError, forKey: .bridgingBetweennessError)
                try c.encode(participation, forKey: .participation)
                try c.encode(strongestRole, forKey: .strongestRole)
                try c.encode(strongestZ, forKey: .strongestZ)
                try c.encode(constraint, forKey: .constraint)
                try c.encode(groupsReached, forKey: .groupsReached)
                try c.encode(groupsReachedTwice, forKey: .groupsReachedTwice)
            }
        }

        public var rank: Int
        public var id: String
        /// The name to show: empty when there is none or the actor may not be named.
        public var name: String
        public var group: String
        public var potential: Double
        /// The share of recent engagements attended; `nil` when none are recorded.
        public var use: Double?
        public var attended: Int
        /// potential × (1 − use).
        public var score: Double
        /// The boundary-spanner roles the actor is designated with.
        public var designated: [String]
        public var structural: Bool
        public var reason: String
        /// The share of resamples in which the actor stays a structural broker.
        public var confidence: Double?
        /// The share of resamples in which the actor stays an under-used broker.
        public var underUsedShare: Double?
        /// The band (sure, uncertain, fragile) the words use for the finding the table states.
        public var confidenceBand: String?
        /// The lowest and highest rank over the resamples.
        public var rankInterval: [Int]?
        public var measures: Measures

        private enum CodingKeys: String, CodingKey {
            case rank, id, name, group, potential, use, attended, score, designated, structural, reason, confidence
            case underUsedShare = "under_used_share", confidenceBand = "confidence_band", rankInterval = "rank_interval", measures
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rank, forKey: .rank)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(group, forKey: .group)
            try c.encode(potential, forKey: .potential)
            try c.encode(use, forKey: .use)
            try c.encode(attended, forKey: .attended)
            try c.encode(score, forKey: .score)
            try c.encode(designated, forKey: .designated)
            try c.encode(structural, forKey: .structural)
            try c.encode(reason, forKey: .reason)
            try c.encode(confidence, forKey: .confidence)
            try c.encode(underUsedShare, forKey: .underUsedShare)
            try c.encode(confidenceBand, forKey: .confidenceBand)
            try c.encode(rankInterval, forKey: .rankInterval)
            try c.encode(measures, forKey: .measures)
        }
    }

    /// The rule that ended the shortlist (``BrokerShortlist``).
    public struct ShortlistRule: Encodable, Sendable {
        public var minimumContactsInAGroup = BrokerShortlist.minimumContactsInAGroup
        public var minimumPotential = BrokerShortlist.minimumPotential
        public var maximumGap = BrokerShortlist.maximumGap
        public var cap: Int
        public var endedBy: String

        private enum CodingKeys: String, CodingKey {
            case minimumContactsInAGroup = "minimum_contacts_in_a_group", minimumPotential = "minimum_potential"
            case maximumGap = "maximum_gap", cap, endedBy = "ended_by"
        }
    }

    public var groupColumn: String
    /// How many engagements are recorded, and how many of the latest count as recent.
    public var engagements: Int, window: Int
    /// The sample bridging betweenness was estimated from; `nil` when it is exact.
    public var bridgingSample: SampleRecord?
    public var structuralThreshold: Double
    public var medianPotential: Double
    public var brokers: [Broker]
    public var underUsed: [String]
    public var shortlist: [String]
    public var shortlistRule: ShortlistRule
    public var designatedButNotStructural: [String]
    public var structuralButUndesignated: [String]

    /// The record of `finder`'s analysis of `map` (the map it was computed on), listing
    /// `listed` in that order, with `confidence` when resampling was done.
    public init(_ finder: BrokerFinder, map: StakeholderMap, listed: [BrokerFinder.Candidate], confidence: FindingConfidence? = nil) {
        let names = finder.grouping.names
        let history = finder.history
        brokers = listed.enumerated().map { place, c in
            let m = c.measures
            let stability = confidence?.brokers[c.actorID]
            return Broker(
                rank: place + 1, id: c.actorID, name: map.actor(withID: c.actorID)?.shownName ?? "", group: names[c.group],
                potential: c.potential, use: c.use, attended: c.attended, score: c.score, designated: c.roles,
                structural: c.isStructural, reason: c.reason,
                confidence: confidence?.structuralShare(of: c.actorID), underUsedShare: confidence?.underUsedShare(of: c.actorID),
                confidenceBand: confidence.map { sure in
                    FindingWords.band(history.isEmpty ? sure.structuralShare(of: c.actorID) : sure.underUsedShare(of: c.actorID)).rawValue
                },
                rankInterval: stability.map { [$0.rankLow, $0.rankHigh] },
                measures: Broker.Measures(
                    bridgingBetweenness: m.bridgingBetweenness, bridgingBetweennessError: m.bridgingBetweennessError,
                    participation: m.participation, strongestRole: m.strongestRole?.rawValue, strongestZ: m.strongestZ,
                    constraint: m.constraint, groupsReached: m.groupsReached.map { names[$0] },
                    groupsReachedTwice: m.groupsReachedTwice.map { names[$0] }))
        }
        let shortlist = finder.shortlist
        groupColumn = finder.grouping.column
        engagements = history.engagements.count
        window = history.recent.count
        bridgingSample = finder.bridgingSample.map(SampleRecord.init)
        structuralThreshold = finder.structuralThreshold
        medianPotential = finder.medianPotential
        underUsed = finder.underUsed.map(\.actorID)
        self.shortlist = shortlist.brokers.map(\.actorID)
        shortlistRule = ShortlistRule(cap: shortlist.cap, endedBy: shortlist.ending)
        designatedButNotStructural = finder.designatedButNotStructural.map(\.actorID)
        structuralButUndesignated = finder.structuralButUndesignated.map(\.actorID)
    }

    private enum CodingKeys: String, CodingKey {
        case groupColumn = "group_column", engagements, window, bridgingSample = "bridging_sample"
        case structuralThreshold = "structural_threshold", medianPotential = "median_potential", brokers
        case underUsed = "under_used", shortlist, shortlistRule = "shortlist_rule"
        case designatedButNotStructural = "designated_but_not_structural", structuralButUndesignated = "structural_but_undesignated"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(groupColumn, forKey: .groupColumn)
        try c.encode(engagements, forKey: .engagements)
        try c.encode(window, forKey: .window)
        try c.encode(bridgingSample, forKey: .bridgingSample)
        try c.encode(structuralThreshold, forKey: .structuralThreshold)
        try c.encode(medianPotential, forKey: .medianPotential)
        try c.encode(brokers, forKey: .brokers)
        try c.encode(underUsed, forKey: .underUsed)
        try c.encode(shortlist, forKey: .shortlist)
        try c.encode(shortlistRule, forKey: .shortlistRule)
        try c.encode(designatedButNotStructural, forKey: .designatedButNotStructural)
        try c.encode(structuralButUndesignated, forKey: .structuralButUndesignated)
    }
}
