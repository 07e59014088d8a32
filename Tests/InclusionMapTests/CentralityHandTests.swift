import Foundation
import Testing
import InclusionMap

/// Small graphs worked out by hand (the working is in the comments), and the Krackhardt kite
/// against Krackhardt (1990).
@Suite struct CentralityHandTests {
    /// A view of the given edges; nodes in `order`, or in order of first mention.
    private func index(_ edges: [(String, String)], order: [String]? = nil, directed: Bool = false, weights: [Double]? = nil) throws -> NetworkIndex {
        var ids: [String] = order ?? []
        for (a, b) in edges { for id in [a, b] where !ids.contains(id) { ids.append(id) } }
        let ties = edges.enumerated().map { i, e in
            Tie(source: e.0, target: e.1, weight: weights?[i] ?? 1, isDirected: directed)
        }
        let map = try StakeholderMap(actors: ids.map { Actor(id: $0) }, ties: ties)
        return NetworkIndex(map, options: .init(weighted: weights != nil))
    }

    private func expectClose(_ got: [Double], _ want: [Double], _ tolerance: Double = 1e-12) {
        #expect(got.count == want.count)
        for (g, w) in zip(got, want) { #expect(abs(g - w) <= tolerance, "got \(g), want \(w)") }
    }

    @Test func pathOfFour() throws {
        // a - b - c - d
        let path = try index([("a", "b"), ("b", "c"), ("c", "d")])
        #expect(path.degrees() == [1, 2, 2, 1])
        // b lies on a–c and a–d: B = 2; normalised 2·2/((4−1)(4−2)) = 2/3.
        expectClose(path.betweenness(), [0, 2.0 / 3, 2.0 / 3, 0])
        // a: distances 1, 2, 3 → 3/6 = 0.5; b: 1, 1, 2 → 3/4.
        expectClose(path.closeness(), [0.5, 0.75, 0.75, 0.5])
        // a: 1 + 1/2 + 1/3 = 11/6; b: 1 + 1 + 1/2 = 5/2.
        expectClose(path.harmonicCentrality(), [11.0 / 6, 2.5, 2.5, 11.0 / 6])
        expectClose(path.clustering(), [0, 0, 0, 0])
        #expect(path.coreNumbers() == [1, 1, 1, 1])
    }

    @Test func starOfFiveWithWeights() throws {
        // Centre h, leaves 1–4.
        let star = try index([("h", "1"), ("h", "2"), ("h", "3"), ("h", "4")])
        // h lies on all C(4,2) = 6 leaf pairs: 2·6/(4·3) = 1.
        expectClose(star.betweenness(), [1, 0, 0, 0, 0])
        // h: 4/4 = 1; a leaf: 1 + 2 + 2 + 2 = 7 → 4/7.
        expectClose(star.closeness(), [1, 4.0 / 7, 4.0 / 7, 4.0 / 7, 4.0 / 7])
        // Eigenvector of K1,4: λ = 2, x_h = 2 x_leaf, x_h² + 4 x_leaf² = 1 → x_leaf = 1/(2√2), x_h = 1/√2.
        expectClose(try #require(star.eigenvectorCentrality()), [1 / 2.0.squareRoot(), 1 / (2 * 2.0.squareRoot()), 1 / (2 * 2.0.squareRoot()), 1 / (2 * 2.0.squareRoot()), 1 / (2 * 2.0.squareRoot())], 1e-9)
        // PageRank: p_h = 0.03 + 0.85·4·p_l, p_l = 0.03 + 0.85·p_h/4 → p_h = 0.132/0.2775.
        let hub = 0.132 / 0.2775
        expectClose(try #require(star.pageRank()), [hub, 0.03 + 0.2125 * hub, 0.03 + 0.2125 * hub, 0.03 + 0.2125 * hub, 0.03 + 0.2125 * hub], 1e-10)
        #expect(star.coreNumbers() == [1, 1, 1, 1, 1])

        // Weighted: the tie h–1 has weight 4, so length 1/4; 1 is then 1/4 + 1 = 1.25 from the others.
        let weighted = try index([("h", "1"), ("h", "2"), ("h", "3"), ("h", "4")], weights: [4, 1, 1, 1])
        expectClose(weighted.strengths(), [7, 4, 1, 1, 1])
        // Leaf 1: distances 0.25, 1.25, 1.25, 1.25 = 4 → 4/4 = 1.
        #expect(abs(weighted.closeness()[1] - 1) < 1e-12)
    }

    @Test func krackhardtKite() throws {
        // Krackhardt (1990), the kite: Andre 0, Beverly 1, Carol 2, Diane 3, Ed 4, Fernando 5,
        // Garth 6, Heather 7, Ike 8, Jane 9.
        let names = ["Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane"]
        let pairs = [(0, 1), (0, 2), (0, 3), (0, 5), (1, 3), (1, 4), (1, 6), (2, 3), (2, 5), (3, 4), (3, 5), (3, 6),
                     (4, 6), (5, 6), (5, 7), (6, 7), (7, 8), (8, 9)]
        let kite = try index(pairs.map { (names[$0.0], names[$0.1]) }, order: names)
        #expect(kite.actorIDs == names)
        #expect(kite.degrees() == [4, 4, 3, 6, 3, 5, 5, 3, 2, 1])
        // Published raw betweenness: Heather 14, Fernando and Garth 8.33, Ike 8, Diane 3.67,
        // Andre and Beverly 0.83, others 0; normalised by (n−1)(n−2)/2 = 36.
        let published = [0.83, 0.83, 0, 3.67, 0, 8.33, 8.33, 14, 8, 0]
        expectClose(kite.betweenness(), published.map { $0 / 36 }, 0.005 / 36)
        // Heather: Ike and Jane each to the 7 nodes above her, 14 pairs exactly; Ike: Jane to 8 others.
        #expect(abs(kite.betweenness()[7] - 14.0 / 36) < 1e-12)
        #expect(abs(kite.betweenness()[8] - 8.0 / 36) < 1e-12)
        // Closeness: Diane's distances sum to 15 (six 1s, 2, 3, 4) → 9/15; Fernando's to 14 → 9/14.
        #expect(abs(kite.closeness()[3] - 0.6) < 1e-12)
        #expect(abs(kite.closeness()[5] - 9.0 / 14) < 1e-12)
        // Diane's six neighbours share 8 of 15 possible ties.
        #expect(abs(kite.clustering()[3] - 8.0 / 15) < 1e-12)
        // Andre–Garth all keep ≥ 3 neighbours among themselves (Carol and Ed have exactly 3) but
        // removing Carol and Ed leaves Andre with 3 < 4: the body is the 3-core. Heather keeps
        // Fernando and Garth (2-core); Jane (degree 1) goes, then Ike: 1-core.
        #expect(kite.coreNumbers() == [3, 3, 3, 3, 3, 3, 3, 2, 1, 1])
    }

    @Test func indexMergesParallelTiesAndDropsSelfLoops() throws {
        let map = try StakeholderMap(
            actors: ["a", "b", "c", "d"].map { Actor(id: $0) },
            ties: [
                Tie(source: "a", target: "b", relation: "advice", weight: 2, isDirected: true),
                Tie(source: "a", target: "b", relation: "advice", weight: 3, isDirected: true),
                Tie(source: "b", target: "a", relation: "collaboration", weight: 1),
                Tie(source: "c", target: "c", relation: "advice"),
                Tie(source: "b", target: "c", relation: "collaboration", weight: 5),
            ])
        let stored = NetworkIndex(map, options: .init(weighted: true))
        // Directed, since advice is; collaboration ties become two arcs each.
        #expect(stored.isDirected)
        #expect(stored.droppedSelfLoops == 1)
        // a→b: 2 + 3 + 1 (from the undirected b–a) = 6; b→a: 1; b→c and c→b: 5.
        #expect(stored.weight(from: 0, to: 1) == 6)
        #expect(stored.weight(from: 1, to: 0) == 1)
        #expect(stored.weight(from: 2, to: 1) == 5)
        #expect(stored.arcCount == 4)
        #expect(stored.mergedTies == 2)
        #expect(stored.outNeighbours(of: 3).isEmpty && stored.inNeighbours(of: 3).isEmpty)

        let symmetrised = NetworkIndex(map, options: .init(symmetrised: true))
        #expect(!symmetrised.isDirected)
        #expect(symmetrised.tieCount == 2)
        #expect(symmetrised.weight(from: 0, to: 1) == 1)

        let adviceOnly = NetworkIndex(map, options: .init(relations: ["advice"], actors: ["a", "b", "c"]))
        #expect(adviceOnly.actorIDs == ["a", "b", "c"])
        #expect(adviceOnly.arcCount == 1)
        #expect(adviceOnly.node(of: "d") == nil)
    }

    @Test func parallelResultsAreBitIdenticalForAnyThreadCount() throws {
        let map = try BundledDataset.rivertown.read()
        for options in [NetworkIndex.Options(), NetworkIndex.Options(symmetrised: true, weighted: true)] {
            let index = NetworkIndex(map, options: options)
            let one = index.betweenness(threads: 1)
            for threads in [2, 3, 8] {
                #expect(index.betweenness(threads: threads) == one)
                #expect(index.closeness(threads: threads) == index.closeness(threads: 1))
            }
        }
    }

    @Test func sampledBetweennessMatchesNetworkXForTheSamePivots() throws {
        struct Sampled: Decodable { var pivots: [Int32]; var betweenness: [Double] }
        struct Fixture: Decodable { var sampled: Sampled }
        let fixture = try JSONDecoder().decode(Fixture.self, from: TestSupport.fixture("centrality/rivertown.json"))
        let index = NetworkIndex(try BundledDataset.rivertown.read(), options: .init(symmetrised: true))
        expectClose(index.betweenness(pivots: fixture.sampled.pivots), fixture.sampled.betweenness, 1e-9)
        // With as many pivots as nodes, sampling is exact.
        #expect(index.betweenness(sampleSize: index.nodeCount, seed: 1) == index.betweenness())
        // The same seed draws the same pivots.
        #expect(index.betweenness(sampleSize: 30, seed: 42) == index.betweenness(sampleSize: 30, seed: 42))
    }
}
