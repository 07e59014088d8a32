/// The silo analysis as a record: what the `silos` command's JSON and the workbench's
/// `/api/silos` write, one shape for both (``SiloReport``).
///
/// Measures undefined on the map (E-I with no tie, modularity with no edge, assortativity
/// with one group) are `null`; `ei_interval` and each single point's `confidence` are `null`
/// unless resampling (``FindingConfidence``) was asked for.
public struct SilosRecord: Encodable, Sendable {
    /// The permutation test of the E-I index (Krackhardt & Stern 1988).
    public struct Permutation: Encodable, Sendable {
        public var expected: Double
        public var pGreater: Double, pLess: Double
        public var permutations: Int
        public var seed: UInt64

        private enum CodingKeys: String, CodingKey { case expected, pGreater = "p_greater", pLess = "p_less", permutations, seed }
    }

    /// One group: its size, internal and external ties, E-I index and internal density.
    public struct Group: Encodable, Sendable {
        public var group: String
        public var size: Int
        public var `internal`: Double, external: Double
        public var eiIndex: Double?
        public var density: Double?

        private enum CodingKeys: String, CodingKey { case group, size, `internal`, external, eiIndex = "ei_index", density }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(group, forKey: .group)
            try c.encode(size, forKey: .size)
            try c.encode(`internal`, forKey: .internal)
            try c.encode(external, forKey: .external)
            try c.encode(eiIndex, forKey: .eiIndex)
            try c.encode(density, forKey: .density)
        }
    }

    /// Two groups linked only through the actors `via`.
    public struct SinglePoint: Encodable, Sendable {
        public var groups: [String]
        public var via: [String]
        /// The share of resamples in which the pair stays linked through one actor only.
        public var confidence: Double?

        private enum CodingKeys: String, CodingKey { case groups, via, confidence }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(groups, forKey: .groups)
            try c.encode(via, forKey: .via)
            try c.encode(confidence, forKey: .confidence)
        }
    }

    /// Communities detected in the ties and their agreement with the groups.
    public struct Communities: Encodable, Sendable {
        public var count: Int
        /// Each actor's community.
        public var membership: [String: String]
        public var nmi: Double?
        public var adjustedRand: Double?

        private enum CodingKeys: String, CodingKey { case count, membership, nmi, adjustedRand = "adjusted_rand" }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(count, forKey: .count)
            try c.encode(membership, forKey: .membership)
            try c.encode(nmi, forKey: .nmi)
            try c.encode(adjustedRand, forKey: .adjustedRand)
        }
    }

    public var groupColumn: String
    /// How many actors have no value in the group column.
    public var ungrouped: Int
    public var eiIndex: Double?
    /// The percentile interval of the E-I index over the resamples.
    public var eiInterval: [Double]?
    public var eiPermutation: Permutation?
    public var modularity: Double?
    public var assortativity: Double?
    public var groups: [Group]
    /// Ties (weighted) from each group to each group.
    public var mixing: [String: [String: Double]]
    /// Ties whose removal disconnects the map, by their ends' ids.
    public var bridges: [[String]]
    public var articulationPoints: [String]
    public var unlinkedGroupPairs: [[String]]
    public var singlePointPairs: [SinglePoint]
    public var communities: Communities

    /// The record of `report`, with `confidence` when resampling was done.
    public init(_ report: SiloReport, confidence: FindingConfidence? = nil) {
        let ids = report.index.actorIDs
        let names = report.grouping.names
        groupColumn = report.grouping.column
        ungrouped = report.grouping.ungroupedCount
        eiIndex = report.eiIndex.value
        eiInterval = confidence?.eiInterval.map { [$0.low, $0.high] }
        eiPermutation = report.permutationTest.map {
            Permutation(expected: $0.expected, pGreater: $0.pGreater, pLess: $0.pLess, permutations: $0.permutations, seed: $0.seed)
        }
        modularity = report.modularity
        assortativity = report.assortativity
        groups = report.eiIndex.groups.indices.map { g in
            let value = report.eiIndex.groups[g]
            return Group(group: value.group, size: value.size, internal: value.internalTies, external: value.externalTies,
                         eiIndex: value.value, density: report.mixing.density[g][g])
        }
        var mixing: [String: [String: Double]] = [:]
        for g in names.indices {
            mixing[names[g]] = Dictionary(uniqueKeysWithValues: names.indices.map { (names[$0], report.mixing.ties[g][$0]) })
        }
        self.mixing = mixing
        bridges = report.cutPoints.bridges.map { [ids[Int($0.ends.0)], ids[Int($0.ends.1)]] }
        articulationPoints = report.cutPoints.articulationPoints.map { ids[Int($0.node)] }
        unlinkedGroupPairs = report.mixing.unlinkedPairs.map { [names[$0.0], names[$0.1]] }
        singlePointPairs = report.mixing.singlePoints.map { single in
            SinglePoint(groups: [names[single.groups.0], names[single.groups.1]], via: single.via.map { ids[Int($0)] },
                        confidence: confidence?.singlePoints[FindingConfidence.SinglePoint(single, in: report)])
        }
        let found = report.communities
        communities = Communities(
            count: found.groupCount,
            membership: Dictionary(uniqueKeysWithValues: ids.indices.map { (ids[$0], found.names[Int(found.groupOfNode[$0])]) }),
            nmi: report.agreement.normalizedMutualInformation, adjustedRand: report.agreement.adjustedRandIndex)
    }

    private enum CodingKeys: String, CodingKey {
        case groupColumn = "group_column", ungrouped, eiIndex = "ei_index", eiInterval = "ei_interval"
        case eiPermutation = "ei_permutation", modularity, assortativity, groups, mixing, bridges
        case articulationPoints = "articulation_points", unlinkedGroupPairs = "unlinked_group_pairs"
        case singlePointPairs = "single_point_pairs", communities
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(groupColumn, forKey: .groupColumn)
        try c.encode(ungrouped, forKey: .ungrouped)
        try c.encode(eiIndex, forKey: .eiIndex)
        try c.encode(eiInterval, forKey: .eiInterval)
        try c.encode(eiPermutation, forKey: .eiPermutation)
        try c.encode(modularity, forKey: .modularity)
        try c.encode(assortativity, forKey: .assortativity)
        try c.encode(groups, forKey: .groups)
        try c.encode(mixing, forKey: .mixing)
        try c.encode(bridges, forKey: .bridges)
        try c.encode(articulationPoints, forKey: .articulationPoints)
        try c.encode(unlinkedGroupPairs, forKey: .unlinkedGroupPairs)
        try c.encode(singlePointPairs, forKey: .singlePointPairs)
        try c.encode(communities, forKey: .communities)
    }
}

extension FindingConfidence.SinglePoint {
    /// The key resampling files `single` of `report` under: its groups' names in order, and
    /// the ids of the actors it passes through.
    public init(_ single: GroupMixing.SinglePoint, in report: SiloReport) {
        self.init(groups: [report.grouping.names[single.groups.0], report.grouping.names[single.groups.1]].sorted(),
                  via: single.via.map { report.index.actorIDs[Int($0)] })
    }
}
