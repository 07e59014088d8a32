import Foundation

/// New ties between existing actors that would most reduce fragmentation between groups
/// (``CohesionSnapshot/betweenGroupFragmentation``), chosen greedily one at a time: each
/// round adds the tie with the largest reduction, then looks again.
///
/// **The gain of a tie.** The effect of a tie (u, v) on every distance follows from the
/// current table: d'(i, j) = min(d(i, j), d(i, u) + 1 + d(v, j), d(i, v) + 1 + d(u, j)), and
/// its gain is the rise in Σ 1/d over pairs {i, j} in different groups. Only pairs with i
/// at least two hops closer to u than to v and j at least two hops closer to v (or the
/// reverse) can change, so the sum runs over those two sides, |U|·|V| instead of n²/2.
///
/// **Candidate ends.** A tie's ends are drawn from each group's best-connected members (by
/// harmonic centrality), consenting, in different groups and not already tied: four per
/// group while that keeps the ends within ``maximumEnds`` (128), otherwise ⌊128 / G⌋ per
/// group and never fewer than one, so every group can be joined and the number of candidate
/// pairs stays near 8,000 whatever the number of groups G (at most G(G − 1)/2 when G > 128).
/// On a planted 2,000-actor organisation (30 groups, four ends each) the three ties are those
/// of the exhaustive search of every group's four best; with 64 ends (two each) they were not.
///
/// **Exact or screened.** When the exact gains of all candidates cost at most
/// ``exactBudget`` (2·10⁸) pair updates in all (Σ |U|·|V|), each is computed exactly, so the
/// answer is the exact greedy one. Above that, every candidate is first *screened*: its
/// smaller side is sampled, s of its actors drawn at random (seeded by the tie, the same each
/// run; s the largest that keeps the screen within ``screenBudget``, 3·10⁸ updates, and at
/// least 16), each scanned against the whole other side, and the sum scaled by the side's
/// size over s — exact when the smaller side has at most s actors. The ``leaders`` (8) with
/// the best estimates are then computed exactly and the best exact gain wins. The screen can
/// miss the best tie only when it is not among the 8 best estimates; the tie added is still
/// one whose exact gain is known and stated.
///
/// An actor ends at most one suggested tie, so the suggestions spread the work instead of
/// loading it all on one broker. Gains that tie are broken by the ends' ids.
///
/// - Complexity: per tie O(P·n) for the sides of P candidate pairs, then O(Σ |U|·|V|) exact or
///   O(3·10⁸ + 8·n²) screened, on every core; with the table's.
struct TieSuggestions {
    struct Suggestion: Hashable, Sendable {
        var first: Int32, second: Int32
        var before: Double, after: Double
        var pairsCloser: Int
    }

    /// The most candidate ends while a group can have more than one: 128.
    static let maximumEnds = 128
    /// The most pair updates for which every candidate's gain is computed exactly: 2·10⁸.
    static let exactBudget = 200_000_000
    /// The most pair updates the screen of a round may cost: 3·10⁸.
    static let screenBudget = 300_000_000
    /// The fewest actors a screen draws from a candidate's smaller side: 16.
    static let minimumSources = 16
    /// The candidates with the best estimates whose gain is then computed exactly: 8.
    static let leaders = 8

    private(set) var suggestions: [Suggestion] = []
    /// How many actors of each candidate's smaller side the last screened round drew at most;
    /// `nil` when every gain was exact.
    private(set) var screenSources: Int?

    /// Suggests `count` ties; `exactBudget` and `screenBudget` are the defaults above except
    /// in tests that compare the screen with the exact search.
    init(
        map: StakeholderMap, index: NetworkIndex, grouping: Grouping, distances: HopDistances, count: Int, endsPerGroup: Int = 4,
        exactBudget: Int = Self.exactBudget, screenBudget: Int = Self.screenBudget
    ) {
        // No tie asked for, no search: the candidates' harmonic centrality alone is a search
        // from every actor.
        guard count > 0 else { return }
        let n = index.nodeCount
        let group = grouping.groupOfNode
        let harmonic = index.harmonicCentrality()
        let perGroup = max(1, min(endsPerGroup, Self.maximumEnds / max(1, grouping.groupCount)))
        var ends: [Int32] = []
        for g in 0..<Int32(grouping.groupCount) {
            let members = (0..<Int32(n)).filter { group[Int($0)] == g && (map.actor(withID: index.actorIDs[Int($0)])?.mayBeNamed ?? false) }
            ends += members.sorted {
                harmonic[Int($0)] != harmonic[Int($1)] ? harmonic[Int($0)] > harmonic[Int($1)] : index.actorIDs[Int($0)] < index.actorIDs[Int($1)]
            }.prefix(perGroup)
        }
        ends.sort { index.actorIDs[Int($0)] < index.actorIDs[Int($1)] }
        var table = distances
        let (sum, pairs) = CohesionSnapshot.closenessBetweenGroups(distances: table, group: group)
        guard pairs > 0 else { return }
        var closeness = sum
        var used = Set<Int32>()
        for _ in 0..<count {
            // Candidate pairs in id order of their ends, as the exact search visits them.
            var candidates: [(u: Int32, v: Int32)] = []
            for (a, u) in ends.enumerated() where !used.contains(u) {
                for v in ends[(a + 1)...] where !used.contains(v) && group[Int(u)] != group[Int(v)] && table[Int(u), Int(v)] > 1 {
                    candidates.append((u, v))
                }
            }
            guard !candidates.isEmpty else { break }
            let current = table
            var shortlist = candidates.indices.map { $0 }
            let sideSizes = Self.map(candidates) { candidate in
                current.distances.withUnsafeBufferPointer { d in
                    group.withUnsafeBufferPointer { group in
                        let (nearU, nearV) = Self.sides(of: Int(candidate.u), Int(candidate.v), d: d, group: group, n: n)
                        return [nearU.count, nearV.count]
                    }
                }
            }
            if sideSizes.reduce(0, { $0 + $1[0] * $1[1] }) > exactBudget {
                let scanned = max(1, sideSizes.reduce(0) { $0 + max($1[0], $1[1]) })
                let s = max(Self.minimumSources, screenBudget / scanned)
                screenSources = s
                let round = UInt64(suggestions.count)
                let estimates = Self.map(candidates) { candidate in
                    Self.screen(adding: Int(candidate.u), Int(candidate.v), rows: s, seed: round, table: current, group: group)
                }
                shortlist = candidates.indices.sorted { estimates[$0] != estimates[$1] ? estimates[$0] > estimates[$1] : $0 < $1 }
                shortlist = Array(shortlist.prefix(Self.leaders)).sorted()
            }
            let exact = Self.map(shortlist.map { candidates[$0] }) { candidate in
                Self.gain(adding: Int(candidate.u), Int(candidate.v), table: current, group: group)
            }
            var best: (u: Int32, v: Int32, gain: Double, closer: Int)?
            for (place, c) in shortlist.enumerated() where exact[place].0 > (best?.gain ?? 0) + 1e-12 {
                best = (candidates[c].u, candidates[c].v, exact[place].0, exact[place].1)
            }
            guard let best else { break }
            let before = 1 - closeness / Double(pairs)
            closeness += best.gain
            suggestions.append(Suggestion(first: best.u, second: best.v, before: before, after: 1 - closeness / Double(pairs), pairsCloser: best.closer))
            table.addTie(Int(best.u), Int(best.v))
            used.formUnion([best.u, best.v])
        }
    }

    /// `body` of every candidate, in candidate order, on every core.
    private static func map<T: Sendable>(_ candidates: [(u: Int32, v: Int32)], _ body: @Sendable @escaping ((u: Int32, v: Int32)) -> T) -> [T] {
        let pairs = candidates.map { [$0.u, $0.v] }
        return ParallelBlocks.map(count: pairs.count, blockCount: min(pairs.count, 64), threads: nil) { range in
            range.map { body((pairs[$0][0], pairs[$0][1])) }
        }.flatMap { $0 }
    }

    /// The grouped actors on each side of a tie (u, v): those closer to u than to v by at
    /// least two hops, and those closer to v by at least two. Only a pair with one end on each
    /// side can get closer: if d(i, u) + 1 + d(v, j) < d(i, j), the triangle inequality through
    /// v and through u gives d(i, u) + 1 < d(i, v) and d(v, j) + 1 < d(u, j) (also when some
    /// distances are infinite), and the same with u and v swapped.
    private static func sides(of u: Int, _ v: Int, d: UnsafeBufferPointer<UInt16>, group: UnsafeBufferPointer<Int32>, n: Int) -> (nearU: [Int32], nearV: [Int32]) {
        var nearU: [Int32] = [], nearV: [Int32] = []
        let fromU = d.baseAddress! + u * n, fromV = d.baseAddress! + v * n
        for i in 0..<n where group[i] >= 0 {
            let du = Int(fromU[i]), dv = Int(fromV[i])
            if du + 1 < dv { nearU.append(Int32(i)) } else if dv + 1 < du { nearV.append(Int32(i)) }
        }
        return (nearU, nearV)
    }

    /// The rise in Σ 1/d over pairs in different groups, and how many such pairs get closer:
    /// a sum over the pairs with one end on each side of the tie (``sides(of:_:d:group:n:)``).
    private static func gain(adding u: Int, _ v: Int, table: HopDistances, group: [Int32]) -> (Double, Int) {
        let n = table.nodeCount
        var gain = 0.0, closer = 0
        table.distances.withUnsafeBufferPointer { d in
            group.withUnsafeBufferPointer { group in
                let (nearU, nearV) = sides(of: u, v, d: d, group: group, n: n)
                for i in nearU {
                    let (rowGain, rowCloser) = rowChange(Int(i), through: u, v, to: nearV, d: d, group: group, n: n)
                    gain += rowGain
                    closer += rowCloser
                }
            }
        }
        return (gain, closer)
    }

    /// The screen's estimate of the gain: Σ over the smaller side of the tie of each row's
    /// rise against the whole other side, from at most `rows` of its actors drawn at random
    /// (seeded by the tie and the round, so the same on every run and thread) and scaled by
    /// side size / rows drawn; exact when the smaller side has at most `rows` actors.
    private static func screen(adding u: Int, _ v: Int, rows: Int, seed: UInt64, table: HopDistances, group: [Int32]) -> Double {
        let n = table.nodeCount
        var gain = 0.0
        var scale = 1.0
        table.distances.withUnsafeBufferPointer { d in
            group.withUnsafeBufferPointer { group in
                let (nearU, nearV) = sides(of: u, v, d: d, group: group, n: n)
                // Rows from the smaller side, each scanned against all of the larger.
                let (near, far, rowSide, targets) = nearU.count <= nearV.count ? (u, v, nearU, nearV) : (v, u, nearV, nearU)
                var drawn = rowSide
                if drawn.count > rows {
                    var random = SplitMix64(seed: (UInt64(u) << 40) ^ (UInt64(v) << 16) ^ seed)
                    for k in 0..<rows { drawn.swapAt(k, k + Int(random.next(below: UInt64(drawn.count - k)))) }
                    scale = Double(drawn.count) / Double(rows)
                    drawn = Array(drawn[..<rows])
                }
                for i in drawn { gain += rowChange(Int(i), through: near, far, to: targets, d: d, group: group, n: n).0 }
            }
        }
        return gain * scale
    }

    /// 1/d for every stored distance (``HopDistances/closeness(_:)``), so the scans below look
    /// it up instead of dividing.
    private static let inverse: [Double] = (0...Int(UInt16.max)).map { HopDistances.closeness(UInt16($0)) }

    /// For i on the near side of `near`, the rise in Σ_j 1/d(i, j) over the j of `targets`
    /// (the far side, near `far`) in another group than i's, and how many of them get closer,
    /// when `near` and `far` are tied: d'(i, j) = min(d(i, j), d(i, near) + 1 + d(far, j)).
    @inline(__always)
    private static func rowChange(
        _ i: Int, through near: Int, _ far: Int, to targets: [Int32], d: UnsafeBufferPointer<UInt16>, group: UnsafeBufferPointer<Int32>, n: Int
    ) -> (Double, Int) {
        let gi = group[i]
        let viaTie = Int(d[near * n + i]) + 1
        let row = d.baseAddress! + i * n, fromFar = d.baseAddress! + far * n
        var gain = 0.0, closer = 0
        inverse.withUnsafeBufferPointer { inverse in
            for j in targets where group[Int(j)] != gi {
                let old = Int(row[Int(j)])
                let new = viaTie + Int(fromFar[Int(j)])
                if new < old {
                    gain += inverse[new] - inverse[old]
                    closer += 1
                }
            }
        }
        return (gain, closer)
    }
}
