import Foundation
import Testing
import InclusionMap

/// Negative ties (a signed network's dislike or distrust, issue 40) on a map worked out by hand:
/// kept in the map, left out of every measure that reads a tie as a channel.
@Suite struct SignedTiesHandTests {
    /// a, b in X; c, d in Y. Positive: a–b, b–c, c–d (weight 1). Negative: a–c (−1), b–d (−2).
    static func signedPath() throws -> StakeholderMap {
        let groups = ["a": "X", "b": "X", "c": "Y", "d": "Y"]
        return try StakeholderMap(
            actors: ["a", "b", "c", "d"].map { Actor(id: $0, department: groups[$0]) },
            ties: [("a", "b", 1.0), ("b", "c", 1), ("c", "d", 1), ("a", "c", -1), ("b", "d", -2)]
                .map { Tie(source: $0.0, target: $0.1, relation: "r", weight: $0.2, isDirected: false) })
    }

    @Test func theMapKeepsNegativeTiesAndTheViewLeavesThemOut() throws {
        let map = try Self.signedPath()
        #expect(map.ties.map(\.weight) == [1, 1, 1, -1, -2])
        #expect(map.ties.map(\.isNegative) == [false, false, false, true, true])
        for weighted in [false, true] {
            let index = NetworkIndex(map, options: .init(weighted: weighted))
            #expect(index.droppedNegativeTies == 2)
            // What is left is the path a – b – c – d.
            #expect(index.tieCount == 3)
            #expect(index.degrees() == [1, 2, 2, 1])
            // b lies on a–c and a–d, c on a–d and b–d: B = 2 each; normalised 2·2/((4−1)(4−2)) = 2/3.
            // Counting the negative ties as paths would give a–c and b–d direct links and B = 0.5 each.
            let betweenness = index.betweenness()
            for (got, want) in zip(betweenness, [0, 2.0 / 3, 2.0 / 3, 0]) { #expect(abs(got - want) < 1e-12) }
        }
    }

    @Test func eiCountsOnlyPositiveTies() throws {
        let map = try Self.signedPath()
        let index = NetworkIndex(map)
        let ei = EIIndex(index: index, map: map, grouping: try Grouping(index, map: map))
        // Positive pairs: a–b inside, b–c across, c–d inside: E = 1, I = 2 → (1 − 2)/3 = −1/3.
        // (With the negative a–c and b–d across it would be (3 − 2)/5 = 0.2.)
        #expect(ei.internalTies == 2 && ei.externalTies == 1)
        #expect(abs(ei.value! - (-1.0 / 3)) < 1e-12)
    }

    @Test func theSummaryCountsThemApart() throws {
        let summary = MapSummary(try Self.signedPath())
        #expect(summary.ties == 5 && summary.negativeTies == 2)
        #expect(summary.relationDetails["r"]?.negativeTies == 2)
        // Density from the positive pairs: 3 of 4·3/2 = 6 → 0.5; one component, no isolate.
        #expect(summary.density == 0.5)
        #expect(summary.components == 1 && summary.isolates == 0)
        // The weights are summed as given: 1 + 1 + 1 − 1 − 2 = 0.
        #expect(summary.relationDetails["r"]?.totalWeight == 0)
    }
}
