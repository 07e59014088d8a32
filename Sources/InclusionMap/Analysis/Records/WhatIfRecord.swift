/// A what-if as a record: what the `whatif` command's JSON and the workbench's `/api/whatif`
/// write, one shape for both (``WhatIf``).
///
/// The map's cohesion before and after the change (``CohesionSnapshot``), the ties that would
/// join groups most when asked for, and how the broker ranking shifts (`null` when it was not
/// computed).
public struct WhatIfRecord: Encodable, Sendable {
    /// Cohesion at one moment (``CohesionSnapshot``).
    public struct Snapshot: Encodable, Sendable {
        /// Two groups linked only through the actors `via`.
        public struct SinglePoint: Encodable, Sendable {
            public var groups: [String]
            public var via: [String]
        }

        public var actors: Int
        public var eiIndex: Double?
        /// Each group's E-I index; `null` for a group with no tie.
        public var eiByGroup: [String: Double?]
        /// For each group, how many other groups its members reach within two steps.
        public var groupsWithinTwo: [String: Int]
        public var meanGroupsWithinTwo: Double?
        public var fragmentation: Double?
        public var betweenGroupFragmentation: Double?
        public var unlinkedGroupPairs: [[String]]
        public var singlePointPairs: [SinglePoint]

        init(_ s: CohesionSnapshot) {
            actors = s.actorCount
            eiIndex = s.eiIndex
            eiByGroup = s.eiByGroup
            groupsWithinTwo = s.groupsWithinTwo
            meanGroupsWithinTwo = s.meanGroupsWithinTwo
            fragmentation = s.fragmentation
            betweenGroupFragmentation = s.betweenGroupFragmentation
            unlinkedGroupPairs = s.unlinkedPairs
            singlePointPairs = s.singlePoints.map { SinglePoint(groups: $0.groups, via: $0.via) }
        }

        private enum CodingKeys: String, CodingKey {
            case actors, eiIndex = "ei_index", eiByGroup = "ei_by_group", groupsWithinTwo = "groups_within_two", meanGroupsWithinTwo = "mean_groups_within_two"
            case fragmentation, betweenGroupFragmentation = "between_group_fragmentation"
            case unlinkedGroupPairs = "unlinked_group_pairs", singlePointPairs = "single_point_pairs"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(actors, forKey: .actors)
            try c.encode(eiIndex, forKey: .eiIndex)
            try c.encode(eiByGroup, forKey: .eiByGroup)
            try c.encode(groupsWithinTwo, forKey: .groupsWithinTwo)
            try c.encode(meanGroupsWithinTwo, forKey: .meanGroupsWithinTwo)
            try c.encode(fragmentation, forKey: .fragmentation)
            try c.encode(betweenGroupFragmentation, forKey: .betweenGroupFragmentation)
            try c.encode(unlinkedGroupPairs, forKey: .unlinkedGroupPairs)
            try c.encode(singlePointPairs, forKey: .singlePointPairs)
        }
    }

    /// A tie that would bring groups closer (``WhatIf/TieSuggestion``).
    public struct SuggestedTie: Encodable, Sendable {
        public var first: String, second: String
        public var groups: [String]
        /// The measure before and after adding the tie.
        public var before: Double, after: Double
        public var pairsCloser: Int
        public var reason: String

        private enum CodingKeys: String, CodingKey { case first, second, groups, before, after, pairsCloser = "pairs_closer", reason }
    }

    /// How the broker ranking shifts (``BrokerShift``).
    public struct Brokers: Encodable, Sendable {
        /// One actor's move in the ranking.
        public struct Move: Encodable, Sendable {
            public var id: String
            public var name: String
            public var rankBefore: Int?, rankAfter: Int?
            public var wasUnderUsed: Bool, isUnderUsed: Bool
            public var crossGroupContactsBefore: Int

            init(_ move: BrokerShift.Move, map: StakeholderMap) {
                id = move.actorID
                name = map.actor(withID: move.actorID)?.shownName ?? ""
                rankBefore = move.rankBefore
                rankAfter = move.rankAfter
                wasUnderUsed = move.wasUnderUsed
                isUnderUsed = move.isUnderUsed
                crossGroupContactsBefore = move.crossGroupContactsBefore
            }

            private enum CodingKeys: String, CodingKey {
                case id, name, rankBefore = "rank_before", rankAfter = "rank_after", wasUnderUsed = "was_under_used"
                case isUnderUsed = "is_under_used", crossGroupContactsBefore = "cross_group_contacts_before"
            }

            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(id, forKey: .id)
                try c.encode(name, forKey: .name)
                try c.encode(rankBefore, forKey: .rankBefore)
                try c.encode(rankAfter, forKey: .rankAfter)
                try c.encode(wasUnderUsed, forKey: .wasUnderUsed)
                try c.encode(isUnderUsed, forKey: .isUnderUsed)
                try c.encode(crossGroupContactsBefore, forKey: .crossGroupContactsBefore)
            }
        }

        public var top: Int
        public var entered: [Move], left: [Move], engaged: [Move]
        public var madeBrokersByTheChange: [Move]
        public var warnings: [String]

        private enum CodingKeys: String, CodingKey {
            case top, entered, left, engaged, madeBrokersByTheChange = "made_brokers_by_the_change", warnings
        }
    }

    public var before: Snapshot
    public var after: Snapshot
    public var suggestedTies: [SuggestedTie]
    /// How many sources the tie suggestions screened, when they were screened.
    public var screenedSources: Int?
    public var brokers: Brokers?

    /// The record of `result`, computed on `map`.
    public init(_ result: WhatIf, map: StakeholderMap) {
        before = Snapshot(result.before)
        after = Snapshot(result.after)
        suggestedTies = result.suggestions.map {
            SuggestedTie(first: $0.first, second: $0.second, groups: [$0.firstGroup, $0.secondGroup], before: $0.before,
                         after: $0.after, pairsCloser: $0.pairsCloser, reason: $0.reason)
        }
        screenedSources = result.screenedSources
        brokers = result.brokers.map { shift in
            let moves = { (list: [BrokerShift.Move]) in list.map { Brokers.Move($0, map: map) } }
            return Brokers(top: shift.top, entered: moves(shift.entered), left: moves(shift.left), engaged: moves(shift.engaged),
                           madeBrokersByTheChange: moves(shift.madeBrokersByTheChange), warnings: shift.warnings(in: map))
        }
    }

    private enum CodingKeys: String, CodingKey {
        case before, after, suggestedTies = "suggested_ties", screenedSources = "screened_sources", brokers
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(before, forKey: .before)
        try c.encode(after, forKey: .after)
        try c.encode(suggestedTies, forKey: .suggestedTies)
        try c.encode(screenedSources, forKey: .screenedSources)
        try c.encode(brokers, forKey: .brokers)
    }
}
