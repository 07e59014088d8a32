/// Everything InclusionMap measures about silos for one view and one grouping, computed
/// together: the story behind the `silos` command and the report's silo section.
///
/// Holds the network and per-group E-I index with its permutation test, modularity and
/// assortativity of the grouping, the mixing matrix with unlinked pairs and single points of
/// failure, bridges and articulation points, and Louvain communities compared with the
/// grouping. See each type for its definition and conventions.
public struct SiloReport: Sendable {
    /// The view the measures were taken on.
    public let index: NetworkIndex
    /// The grouping (for instance by department).
    public let grouping: Grouping
    /// E-I index of the network, each group and each actor.
    public let eiIndex: EIIndex
    /// The permutation test of the network E-I; `nil` when it is undefined.
    public let permutationTest: EIPermutationTest?
    /// Modularity of the grouping; `nil` when no tie joins grouped actors.
    public let modularity: Double?
    /// Attribute assortativity of the grouping; `nil` when undefined.
    public let assortativity: Double?
    /// Ties and densities between groups, unlinked pairs and single points of failure.
    public let mixing: GroupMixing
    /// Bridges and articulation points with the groups they separate.
    public let cutPoints: CutPoints
    /// Louvain communities of the symmetrised view.
    public let communities: Grouping
    /// How far the communities follow the grouping.
    public let agreement: PartitionAgreement

    /// Measures the silos of `map` in the view `options`, grouped by `column` (an actor column,
    /// or `louvain` for detected communities; see ``Grouping/named(_:index:map:emptyValues:seed:)``).
    ///
    /// - Parameters:
    ///   - map: the actors and ties.
    ///   - options: the view (relations, direction, weights) to measure.
    ///   - column: an actor column, or `louvain` for detected communities.
    ///   - emptyValues: whether actors with no value in `column` are left out or form a group.
    ///   - permutations: permutations for the E-I test (default 10,000).
    ///   - seed: seed of the permutations and of community detection.
    /// - Throws: ``StakeholderMapError/unknownColumn(_:)`` when no actor has a value in `column`.
    public init(
        map: StakeholderMap, options: NetworkIndex.Options = .init(), column: String = "department",
        emptyValues: Grouping.EmptyValues = .leftOut, permutations: Int = 10_000, seed: UInt64 = 1
    ) throws(StakeholderMapError) {
        let index = NetworkIndex(map, options: options)
        let grouping = try Grouping.named(column, index: index, map: map, emptyValues: emptyValues, seed: seed)
        self.index = index
        self.grouping = grouping
        eiIndex = EIIndex(index: index, map: map, grouping: grouping)
        permutationTest = EIPermutationTest(index: index, map: map, grouping: grouping, permutations: permutations, seed: seed)
        modularity = index.modularity(of: grouping)
        assortativity = index.assortativity(of: grouping)
        mixing = GroupMixing(index: index, map: map, grouping: grouping)
        cutPoints = CutPoints(index: index, grouping: grouping)
        var symmetric = options
        symmetric.symmetrised = true
        let communities = NetworkIndex(map, options: symmetric).louvainCommunities(seed: seed)
        self.communities = communities
        agreement = PartitionAgreement(communities, grouping)
    }
}

extension SiloReport {
    /// The groups the members of community `community` come from: each group with its number
    /// of members in the community, most first, ties broken by group number. Ungrouped
    /// members are not counted.
    ///
    /// - Complexity: O(n).
    public func groups(inCommunity community: Int) -> [(group: Int, actors: Int)] {
        var counts: [Int: Int] = [:]
        for node in communities.groupOfNode.indices where communities.groupOfNode[node] == Int32(community) {
            let g = grouping.groupOfNode[node]
            if g >= 0 { counts[Int(g), default: 0] += 1 }
        }
        return counts.map { (group: $0.key, actors: $0.value) }.sorted { $0.actors != $1.actors ? $0.actors > $1.actors : $0.group < $1.group }
    }
}
