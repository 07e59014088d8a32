/// How joined-up a map is across its groups, on the measures a what-if compares before and
/// after a change. All are taken on the symmetrised, unweighted view: the question is whether
/// two people are linked at all, and in how many hands.
///
/// - **Network E-I index** (Krackhardt & Stern 1988): (E − I)/(E + I) over ties.
/// - **Groups within two steps**: for each group, how many other groups have a member at
///   most two ties from one of its members (someone they know, or someone who knows them).
/// - **Fragmentation** (Borgatti's KPP-Neg, ``NetworkIndex/distanceWeightedFragmentation(threads:)``):
///   1 − the mean of 1/d over all pairs.
/// - **Fragmentation between groups**: the same, over pairs of actors in *different* groups
///   only, 1 − mean_{i, j in different groups} 1/d(i, j): 0 when everyone is tied to everyone
///   in other groups, 1 when no group can reach another.
/// - **Unlinked group pairs and single points of failure** (``GroupMixing``).
public struct CohesionSnapshot: Hashable, Sendable {
    /// A group pair whose every tie runs through the same actors.
    public struct SinglePoint: Hashable, Sendable {
        /// The two groups' names.
        public var groups: [String]
        /// The actors on every tie between them.
        public var via: [String]
    }

    /// Actors in the view.
    public let actorCount: Int
    /// Network E-I index; `nil` when no tie joins grouped actors.
    public let eiIndex: Double?
    /// Each group's E-I index (Krackhardt & Stern 1988: (E − I)/(E + I) over its members'
    /// ties), by name; `nil` for a group with no tie.
    public let eiByGroup: [String: Double?]
    /// For each group (by name), how many other groups are within two steps.
    public let groupsWithinTwo: [String: Int]
    /// Distance-weighted fragmentation of the whole view.
    public let fragmentation: Double?
    /// Distance-weighted fragmentation over pairs in different groups.
    public let betweenGroupFragmentation: Double?
    /// Group pairs with no tie, by name.
    public let unlinkedPairs: [[String]]
    /// Group pairs that hang on one actor or one tie.
    public let singlePoints: [SinglePoint]

    /// The mean over groups of ``groupsWithinTwo``.
    public var meanGroupsWithinTwo: Double? {
        groupsWithinTwo.isEmpty ? nil : Double(groupsWithinTwo.values.reduce(0, +)) / Double(groupsWithinTwo.count)
    }

    /// Measures `map` in the view `options` (symmetrised and unweighted here), grouped by `column`.
    ///
    /// - Throws: ``StakeholderMapError`` for an unknown group column;
    ///   ``DistanceTableTooLarge`` for a view whose table of distances would not fit.
    public init(map: StakeholderMap, options: NetworkIndex.Options = .init(), column: String = "department") throws {
        var view = options
        view.symmetrised = true
        view.weighted = false
        let index = NetworkIndex(map, options: view)
        let grouping = try Grouping.named(column, index: index, map: map)
        try DistanceTableTooLarge.check(actors: index.nodeCount)
        self.init(map: map, index: index, grouping: grouping, distances: HopDistances(index: index))
    }

    init(map: StakeholderMap, index: NetworkIndex, grouping: Grouping, distances: HopDistances) {
        actorCount = index.nodeCount
        let ei = EIIndex(index: index, map: map, grouping: grouping)
        eiIndex = ei.value
        eiByGroup = Dictionary(uniqueKeysWithValues: ei.groups.map { ($0.group, $0.value) })
        let group = grouping.groupOfNode
        var within: [String: Int] = [:]
        for g in 0..<grouping.groupCount {
            var reached = Set<Int32>()
            for u in 0..<index.nodeCount where group[u] == g {
                for v in 0..<index.nodeCount where group[v] >= 0 && group[v] != g && distances[u, v] <= 2 {
                    reached.insert(group[v])
                }
            }
            within[grouping.names[g]] = reached.count
        }
        groupsWithinTwo = within
        fragmentation = index.distanceWeightedFragmentation()
        betweenGroupFragmentation = Self.betweenGroupFragmentation(distances: distances, group: group)
        let mixing = GroupMixing(index: index, map: map, grouping: grouping)
        unlinkedPairs = mixing.unlinkedPairs.map { [grouping.names[$0.0], grouping.names[$0.1]] }
        singlePoints = mixing.singlePoints.map {
            SinglePoint(groups: [grouping.names[$0.groups.0], grouping.names[$0.groups.1]], via: $0.via.map { index.actorIDs[Int($0)] })
        }
    }

    /// 1 − mean of 1/d over unordered pairs in different groups; `nil` with fewer than two groups.
    static func betweenGroupFragmentation(distances: HopDistances, group: [Int32]) -> Double? {
        let (sum, pairs) = closenessBetweenGroups(distances: distances, group: group)
        return pairs > 0 ? 1 - sum / Double(pairs) : nil
    }

    /// Σ 1/d and the number of unordered pairs of grouped actors in different groups.
    static func closenessBetweenGroups(distances: HopDistances, group: [Int32]) -> (sum: Double, pairs: Int) {
        let n = distances.nodeCount
        var sum = 0.0, pairs = 0
        for i in 0..<n where group[i] >= 0 {
            for j in (i + 1)..<max(n, i + 1) where group[j] >= 0 && group[j] != group[i] {
                pairs += 1
                sum += HopDistances.closeness(distances[i, j])
            }
        }
        return (sum, pairs)
    }
}
