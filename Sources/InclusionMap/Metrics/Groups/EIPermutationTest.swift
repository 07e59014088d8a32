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

    /// Runs the test on the E-I counted as `counting` says (linked pairs by default); `nil`
    /// when the network E-I is undefined. O(permutations · (n + m)).
    public init?(
        index: NetworkIndex, map: StakeholderMap, grouping: Grouping, counting: EIIndex.Counting = .pairs,
        permutations: Int = 10_000, seed: UInt64 = 1
    ) {
        precondition(permutations > 0, "permutations must be positive")
        let ties = counting.units(index: index, map: map).filter {
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
