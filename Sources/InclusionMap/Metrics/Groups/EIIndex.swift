/// Krackhardt and Stern's E-I index: how much a network, a group or an actor looks outward.
///
///     E-I = (E − I) / (E + I)
///
/// with E the ties between groups and I the ties within one. It runs from −1 (every tie
/// inside the group: a silo) to +1 (every tie leaves it). Each tie of the map is counted once —
/// an arc once, an undirected tie once, parallel ties between a pair once each — with weights
/// summed in weighted mode. Ties with an ungrouped end are left out.
///
/// - Network: over all ties between grouped actors.
/// - Group g: I = ties with both ends in g, E = ties with exactly one end in g.
/// - Actor: over the ties incident to the actor, E when the other end is in another group.
///
/// A value is `nil` when there are no ties to count (E + I = 0), or for an ungrouped actor.
///
/// Reference: Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational
/// crises: an experimental simulation. *Social Psychology Quarterly* 51(2), 123–140.
/// UCINET reports the same whole-network and group values; R `netseg::ei` the network value.
public struct EIIndex: Sendable {
    /// E-I of one group.
    public struct GroupValue: Hashable, Sendable {
        /// The group's name.
        public var group: String
        /// The number of actors in the group.
        public var size: Int
        /// Ties (or weight) with both ends in the group.
        public var internalTies: Double
        /// Ties (or weight) with exactly one end in the group.
        public var externalTies: Double
        /// (E − I) / (E + I), or `nil` when the group has no ties.
        public var value: Double?
    }

    /// The whole-network E-I, or `nil` when no tie joins two grouped actors.
    public let value: Double?
    /// Ties (or weight) within groups, over the whole network.
    public let internalTies: Double
    /// Ties (or weight) between groups, over the whole network.
    public let externalTies: Double
    /// Each group's E-I, by group number.
    public let groups: [GroupValue]
    /// Each node's E-I, by node index; `nil` for an ungrouped node or one without grouped ties.
    public let actorValues: [Double?]

    /// Computes the E-I index of `map`'s ties in the view `index`, grouped by `grouping`.
    /// O(n + m).
    public init(index: NetworkIndex, map: StakeholderMap, grouping: Grouping) {
        let ties = index.viewTies(in: map)
        let group = grouping.groupOfNode
        var groupInternal = [Double](repeating: 0, count: grouping.groupCount)
        var groupExternal = groupInternal
        var actorInternal = [Double](repeating: 0, count: index.nodeCount)
        var actorExternal = actorInternal
        var internalTotal = 0.0, externalTotal = 0.0
        for tie in ties {
            let gs = group[Int(tie.source)], gt = group[Int(tie.target)]
            guard gs >= 0, gt >= 0 else { continue }
            if gs == gt {
                internalTotal += tie.weight
                groupInternal[Int(gs)] += tie.weight
                actorInternal[Int(tie.source)] += tie.weight
                actorInternal[Int(tie.target)] += tie.weight
            } else {
                externalTotal += tie.weight
                groupExternal[Int(gs)] += tie.weight
                groupExternal[Int(gt)] += tie.weight
                actorExternal[Int(tie.source)] += tie.weight
                actorExternal[Int(tie.target)] += tie.weight
            }
        }
        func ratio(_ e: Double, _ i: Double) -> Double? { e + i > 0 ? (e - i) / (e + i) : nil }
        value = ratio(externalTotal, internalTotal)
        internalTies = internalTotal
        externalTies = externalTotal
        let sizes = grouping.sizes
        groups = grouping.names.indices.map { g in
            GroupValue(group: grouping.names[g], size: sizes[g], internalTies: groupInternal[g],
                       externalTies: groupExternal[g], value: ratio(groupExternal[g], groupInternal[g]))
        }
        actorValues = (0..<index.nodeCount).map { node in
            group[node] < 0 ? nil : ratio(actorExternal[node], actorInternal[node])
        }
    }
}

/// A permutation test of the whole-network E-I index: is the network more inward- (or
/// outward-) looking than its group sizes alone would make it?
///
/// Group labels are shuffled among the grouped actors (so every group keeps its size) and the
/// network E-I recomputed, `permutations` times, with a seeded SplitMix64 Fisher–Yates shuffle.
/// The p-values count the permutations at least as extreme as the observed value, with the
/// observed labelling included (Phipson & Smyth 2010), so that p is never 0:
///
///     p_greater = (1 + #{E-I_perm ≥ E-I_obs}) / (1 + permutations)
///     p_less    = (1 + #{E-I_perm ≤ E-I_obs}) / (1 + permutations)
///
/// A small `p_less` says the network is more inward-looking (siloed) than chance.
///
/// Reference: Phipson, B. & Smyth, G. K. (2010). Permutation p-values should never be zero.
/// *Statistical Applications in Genetics and Molecular Biology* 9(1), 39.
public struct EIPermutationTest: Hashable, Sendable {
    /// The observed network E-I.
    public let observed: Double
    /// The mean E-I over the permutations.
    public let expected: Double
    /// The one-sided p-value for "more outward-looking than chance".
    public let pGreater: Double
    /// The one-sided p-value for "more inward-looking than chance".
    public let pLess: Double
    /// The number of permutations.
    public let permutations: Int
    /// The seed of the shuffles.
    public let seed: UInt64

    /// Runs the test; `nil` when the network E-I is undefined. O(permutations · (n + m)).
    public init?(index: NetworkIndex, map: StakeholderMap, grouping: Grouping, permutations: Int = 10_000, seed: UInt64 = 1) {
        precondition(permutations > 0, "permutations must be positive")
        let ties = index.viewTies(in: map).filter {
            grouping.groupOfNode[Int($0.source)] >= 0 && grouping.groupOfNode[Int($0.target)] >= 0
        }
        func networkEI(_ group: [Int32]) -> Double? {
            var e = 0.0, i = 0.0
            for tie in ties {
                if group[Int(tie.source)] == group[Int(tie.target)] { i += tie.weight } else { e += tie.weight }
            }
            return e + i > 0 ? (e - i) / (e + i) : nil
        }
        guard let observed = networkEI(grouping.groupOfNode) else { return nil }
        let grouped = grouping.groupOfNode.indices.filter { grouping.groupOfNode[$0] >= 0 }
        var labels = grouped.map { grouping.groupOfNode[$0] }
        var shuffled = grouping.groupOfNode
        var generator = SplitMix64(seed: seed)
        var sum = 0.0, greater = 0, less = 0
        // Values within 1e-12 of the observed count as equal (as extreme) on both sides.
        let tolerance = 1e-12
        for _ in 0..<permutations {
            for i in stride(from: labels.count - 1, to: 0, by: -1) {
                labels.swapAt(i, Int(generator.next(below: UInt64(i + 1))))
            }
            for (position, node) in grouped.enumerated() { shuffled[node] = labels[position] }
            let value = networkEI(shuffled) ?? 0
            sum += value
            if value >= observed - tolerance { greater += 1 }
            if value <= observed + tolerance { less += 1 }
        }
        self.observed = observed
        self.expected = sum / Double(permutations)
        self.pGreater = Double(1 + greater) / Double(1 + permutations)
        self.pLess = Double(1 + less) / Double(1 + permutations)
        self.permutations = permutations
        self.seed = seed
    }
}
