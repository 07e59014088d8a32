/// The E-I index of a grouping before and after, for the network and for each group, and a
/// permutation test of the network's change.
///
/// **E-I** = (*E* − *I*) / (*E* + *I*), with *E* the ties between groups and *I* the ties
/// within them (Krackhardt & Stern 1988), counted as ``EIIndex`` counts them — linked pairs of
/// actors, over all relations, direction ignored (a pair is tied or not, however many rows tie
/// it; negative ties left out, as the view leaves them out) — so ``before`` and ``after`` equal ``EIIndex``'s value on each wave's map, and a
/// ``WhatIf`` prediction equals the observation once its ties are added. Actors without a group
/// are left out.
/// −1 is a network of closed silos, +1 one where every tie crosses.
///
/// **The test.** Under the null hypothesis that nothing changed, the two observations of each
/// pair of actors present in both waves are exchangeable. A permutation swaps, for each such
/// pair independently with probability ½, its tie status (and its groups' labels) between the
/// waves; pairs with a joiner or a leaver stay as observed. The statistic is Δ = E-I(after) −
/// E-I(before); the two-sided p-value is the share of permutations with |Δ*| ≥ |Δ| (the
/// observed arrangement counted among them). With at most 2¹² swappable pairs every
/// arrangement is enumerated (an exact test); otherwise `permutations` random ones are drawn
/// from a seeded generator, p = (1 + #{|Δ*| ≥ |Δ|}) / (1 + R) (Phipson & Smyth 2010).
///
/// References: Krackhardt & Stern (1988), *Social Psychology Quarterly* 51(2), 123–140; the
/// paired (sign-flip) randomisation test: Good, *Permutation, Parametric and Bootstrap Tests
/// of Hypotheses* (3rd ed., 2005), §3.6; Phipson & Smyth (2010), *Statistical Applications in
/// Genetics and Molecular Biology* 9(1).
public struct EIChange: Hashable, Sendable, Codable {
    /// One group's E-I before and after (`nil` where the group has no ties, or no actors, in that wave).
    public struct Group: Hashable, Sendable, Codable {
        public var group: String
        public var before: Double?
        public var after: Double?
    }

    /// The network's E-I before and after.
    public var before: Double?, after: Double?
    /// Each group present in either wave, by name.
    public var groups: [Group]
    /// The two-sided p-value of the change; `nil` when either E-I is undefined.
    public var pValue: Double?
    /// Whether ``pValue`` comes from every arrangement (exact) rather than a sample.
    public var isExact: Bool
    /// Pairs whose tie status could be swapped: tied in exactly one wave, both actors in both.
    public var swappablePairs: Int

    /// The largest number of swappable pairs whose arrangements are all enumerated.
    public static let exactLimit = 12

    /// The change of `column`'s E-I from `before` to `after`.
    public init(before: StakeholderMap, after: StakeholderMap, column: String, permutations: Int = 2_000, seed: UInt64 = 1) {
        let a = SimpleGraph(before, column: column), b = SimpleGraph(after, column: column)
        // The values are EIIndex's own (linked pairs, every relation); the pairs below only
        // drive the permutation test.
        let eiA = Self.index(before, column: column), eiB = Self.index(after, column: column)
        self.before = eiA?.value
        self.after = eiB?.value
        let groupsA = eiA?.groups ?? [], groupsB = eiB?.groups ?? []
        let names = groupsA.map(\.group) + groupsB.map(\.group).filter { name in !groupsA.contains { $0.group == name } }
        groups = names.map { name in
            Group(group: name, before: groupsA.first { $0.group == name }?.value, after: groupsB.first { $0.group == name }?.value)
        }
        // Fixed counts: every pair that cannot be swapped contributes as observed.
        var fixed = (ia: 0, ea: 0, ib: 0, eb: 0)
        var swappable: [(a: Status, b: Status)] = []
        for pair in a.order {
            let status = a.pairs[pair]!
            if b.pairs[pair] == nil, a.present(pair) && b.present(pair) {
                // Listed first: tied in the earlier wave as observed.
                swappable.append((status, b.status(of: pair)))
            } else {
                fixed.ia += status == .inside ? 1 : 0
                fixed.ea += status == .across ? 1 : 0
            }
        }
        let fromA = swappable.count
        for pair in b.order {
            let status = b.pairs[pair]!
            if a.pairs[pair] == nil, a.present(pair) && b.present(pair) {
                swappable.append((a.status(of: pair), status))
                continue
            }
            fixed.ib += status == .inside ? 1 : 0
            fixed.eb += status == .across ? 1 : 0
        }
        swappablePairs = swappable.count
        func delta(_ tiedInB: (Int) -> Bool) -> Double? {
            var (ia, ea, ib, eb) = fixed
            for (index, pair) in swappable.enumerated() {
                if tiedInB(index) {
                    ib += pair.b == .inside ? 1 : 0
                    eb += pair.b == .across ? 1 : 0
                } else {
                    ia += pair.a == .inside ? 1 : 0
                    ea += pair.a == .across ? 1 : 0
                }
            }
            guard ia + ea > 0, ib + eb > 0 else { return nil }
            return Double(eb - ib) / Double(eb + ib) - Double(ea - ia) / Double(ea + ia)
        }
        let observed = delta { $0 >= fromA }
        guard let observed else {
            pValue = nil
            isExact = true
            return
        }
        // A tolerance for equal values computed in different orders.
        let threshold = abs(observed) - 1e-12
        if swappable.count <= Self.exactLimit {
            let arrangements = 1 << swappable.count
            var extreme = 0
            for mask in 0..<arrangements {
                // An undefined E-I in an arrangement is not as extreme as the observed change.
                if let value = delta({ (mask >> $0) & 1 == 1 }), abs(value) >= threshold { extreme += 1 }
            }
            pValue = Double(extreme) / Double(arrangements)
            isExact = true
        } else {
            var generator = SplitMix64(seed: seed)
            var extreme = 0
            var tied = [Bool](repeating: false, count: swappable.count)
            for _ in 0..<permutations {
                for index in tied.indices { tied[index] = generator.next() & 1 == 1 }
                if let value = delta({ tied[$0] }), abs(value) >= threshold { extreme += 1 }
            }
            pValue = Double(1 + extreme) / Double(1 + permutations)
            isExact = false
        }
    }

    /// `map`'s E-I by `column` over every relation, counted as ``EIIndex`` counts; `nil` when
    /// no actor has a value in the column.
    static func index(_ map: StakeholderMap, column: String) -> EIIndex? {
        let view = NetworkIndex(map)
        guard let grouping = try? Grouping(view, map: map, column: column) else { return nil }
        return EIIndex(index: view, map: map, grouping: grouping)
    }

    /// Whether a pair is within a group, across groups, or not counted (an end without a group).
    enum Status: Hashable { case inside, across, uncounted }

    /// A wave as the permutation test sees it: pairs of actors tied by anything, and each
    /// actor's group.
    struct SimpleGraph {
        var group: [String: String?] = [:]
        var pairs: [Pair: Status] = [:]
        /// The pairs in the order their first tie is listed: what makes the sampled test the
        /// same on every run.
        var order: [Pair] = []

        struct Pair: Hashable { var first: String, second: String }

        init(_ map: StakeholderMap, column: String) {
            for actor in map.actors { group.updateValue(actor.value(ofColumn: column), forKey: actor.id) }
            for tie in map.ties where !tie.isSelfLoop && !tie.isNegative {
                let pair = tie.source < tie.target ? Pair(first: tie.source, second: tie.target) : Pair(first: tie.target, second: tie.source)
                guard pairs[pair] == nil else { continue }
                pairs[pair] = status(of: pair)
                order.append(pair)
            }
        }

        func present(_ pair: Pair) -> Bool { group[pair.first] != nil && group[pair.second] != nil }

        func status(of pair: Pair) -> Status {
            guard let gs = group[pair.first] ?? nil, let gt = group[pair.second] ?? nil else { return .uncounted }
            return gs == gt ? .inside : .across
        }
    }
}
