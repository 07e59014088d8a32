import Foundation

/// New ties between existing actors that would most reduce fragmentation between groups
/// (``CohesionSnapshot/betweenGroupFragmentation``), chosen greedily one at a time: each
/// round adds the tie with the largest reduction, then looks again.
///
/// The effect of a tie (u, v) on every distance follows from the current table:
/// d'(i, j) = min(d(i, j), d(i, u) + 1 + d(v, j), d(i, v) + 1 + d(u, j)). A tie's ends are
/// drawn from each group's best-connected members (by harmonic centrality; the four best by
/// default), consenting and in different groups, not already tied, which keeps the search
/// at O((4G)² · n²) per tie instead of O(n⁴). An actor ends at most one suggested tie, so
/// the suggestions spread the work instead of loading it all on one broker. Gains that tie
/// are broken by the ends' ids.
struct TieSuggestions {
    struct Suggestion: Hashable, Sendable {
        var first: Int32, second: Int32
        var before: Double, after: Double
        var pairsCloser: Int
    }

    private(set) var suggestions: [Suggestion] = []

    init(map: StakeholderMap, index: NetworkIndex, grouping: Grouping, distances: HopDistances, count: Int, endsPerGroup: Int = 4) {
        let n = index.nodeCount
        let group = grouping.groupOfNode
        let harmonic = index.harmonicCentrality()
        var ends: [Int32] = []
        for g in 0..<Int32(grouping.groupCount) {
            let members = (0..<Int32(n)).filter { group[Int($0)] == g && (map.actor(withID: index.actorIDs[Int($0)])?.mayBeNamed ?? false) }
            ends += members.sorted {
                harmonic[Int($0)] != harmonic[Int($1)] ? harmonic[Int($0)] > harmonic[Int($1)] : index.actorIDs[Int($0)] < index.actorIDs[Int($1)]
            }.prefix(endsPerGroup)
        }
        ends.sort { index.actorIDs[Int($0)] < index.actorIDs[Int($1)] }
        var table = distances
        let (sum, pairs) = CohesionSnapshot.closenessBetweenGroups(distances: table, group: group)
        guard pairs > 0 else { return }
        var closeness = sum
        var used = Set<Int32>()
        for _ in 0..<count {
            var best: (u: Int32, v: Int32, gain: Double, closer: Int)?
            for (a, u) in ends.enumerated() where !used.contains(u) {
                for v in ends[(a + 1)...] where !used.contains(v) && group[Int(u)] != group[Int(v)] && table[Int(u), Int(v)] > 1 {
                    let (gain, closer) = Self.gain(adding: Int(u), Int(v), table: table, group: group)
                    if gain > (best?.gain ?? 0) + 1e-12 { best = (u, v, gain, closer) }
                }
            }
            guard let best else { break }
            let before = 1 - closeness / Double(pairs)
            closeness += best.gain
            suggestions.append(Suggestion(first: best.u, second: best.v, before: before, after: 1 - closeness / Double(pairs), pairsCloser: best.closer))
            table.addTie(Int(best.u), Int(best.v))
            used.formUnion([best.u, best.v])
        }
    }

    /// The rise in Σ 1/d over pairs in different groups, and how many such pairs get closer.
    private static func gain(adding u: Int, _ v: Int, table: HopDistances, group: [Int32]) -> (Double, Int) {
        let n = table.nodeCount
        var gain = 0.0, closer = 0
        table.distances.withUnsafeBufferPointer { d in
            group.withUnsafeBufferPointer { group in
                let fromU = u * n, fromV = v * n
                for i in 0..<n where group[i] >= 0 {
                    let iu = Int(d[fromU + i]) + 1, iv = Int(d[fromV + i]) + 1
                    let row = i * n, gi = group[i]
                    var j = i + 1
                    while j < n {
                        defer { j += 1 }
                        guard group[j] >= 0, group[j] != gi else { continue }
                        let old = Int(d[row + j])
                        let new = min(old, iu + Int(d[fromV + j]), iv + Int(d[fromU + j]))
                        if new < old {
                            gain += 1 / Double(new) - HopDistances.closeness(UInt16(old))
                            closer += 1
                        }
                    }
                }
            }
        }
        return (gain, closer)
    }
}
