import Foundation
import Testing
import InclusionMap

/// Every centrality metric against NetworkX, on every dataset in Datasets/ (each relation and
/// all relations together, direction as stored and symmetrised, weighted and not) and on
/// seeded random graphs with isolates, several components, repeated ties and self-loops.
/// Fixtures: Scripts/oracles/centrality.py.
@Suite struct CentralityOracleTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            var relation: String?
            var symmetrised: Bool
            var weighted: Bool
            var directed: Bool
            var arcs: Int
            var degree: [Int]
            var in_degree: [Int]
            var out_degree: [Int]
            var strength: [Double]
            var betweenness: [Double]
            var closeness: [Double]
            var harmonic: [Double]
            var eigenvector: [Double]?
            var pagerank: [Double]
            var clustering: [Double]
            var core: [Int]
            var weak: [Int]
            var strong: [Int]
        }
        var name: String
        var actors: [String]
        var cases: [Case]
        /// Random graphs carry their ties: [source, target, weight, directed, relation].
        var ties: [[OracleFixture.TieField]]?
    }

    static let fixtureNames = OracleFixture.names(inFolder: "centrality")

    @Test func fixturesCoverEveryDataset() {
        for name in TestSupport.datasetNames { #expect(Self.fixtureNames.contains(name)) }
        #expect(Self.fixtureNames.filter { $0.hasPrefix("random-") }.count == 4)
    }

    private func map(for fixture: Fixture) throws -> StakeholderMap {
        try OracleFixture.map(named: fixture.name, actors: fixture.actors, ties: fixture.ties)
    }

    private func expectClose(_ got: [Double], _ want: [Double], _ tolerance: Double, _ what: String) {
        #expect(got.count == want.count, "\(what): count")
        var worst = 0.0
        var worstIndex = 0
        for (i, (g, w)) in zip(got, want).enumerated() {
            let error = abs(g - w) / max(1, abs(w))
            if error > worst || error.isNaN {
                worst = error.isNaN ? .infinity : error
                worstIndex = i
            }
        }
        #expect(worst <= tolerance, "\(what): node \(worstIndex) got \(got[worstIndex]) want \(want[worstIndex])")
    }

    @Test(arguments: fixtureNames)
    func matchesNetworkX(_ name: String) throws {
        let data = TestSupport.fixture("centrality/\(name).json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: data)
        let map = try map(for: fixture)
        #expect(map.actors.map(\.id) == fixture.actors)
        for c in fixture.cases {
            let label = "\(name) \(c.relation ?? "all") \(c.symmetrised ? "symmetrised" : "as stored") \(c.weighted ? "weighted" : "unweighted")"
            let index = NetworkIndex(map, options: .init(relations: c.relation.map { [$0] }, symmetrised: c.symmetrised, weighted: c.weighted))
            #expect(index.isDirected == c.directed, "\(label): direction")
            #expect(index.arcCount == c.arcs, "\(label): arcs")
            #expect(index.degrees() == c.degree, "\(label): degree")
            #expect(index.inDegrees() == c.in_degree, "\(label): in-degree")
            #expect(index.outDegrees() == c.out_degree, "\(label): out-degree")
            expectClose(index.strengths(), c.strength, 1e-12, "\(label): strength")
            expectClose(index.betweenness(), c.betweenness, 1e-9, "\(label): betweenness")
            expectClose(index.closeness(), c.closeness, 1e-9, "\(label): closeness")
            expectClose(index.harmonicCentrality(), c.harmonic, 1e-9, "\(label): harmonic")
            if let want = c.eigenvector {
                let got = try #require(index.eigenvectorCentrality(tolerance: 1e-13), "\(label): eigenvector did not converge")
                expectClose(got, want, 1e-6, "\(label): eigenvector")
            } else {
                #expect(index.eigenvectorCentrality(tolerance: 1e-13) == nil, "\(label): NetworkX did not converge")
            }
            let pageRank = try #require(index.pageRank(), "\(label): PageRank did not converge")
            expectClose(pageRank, c.pagerank, 1e-6, "\(label): PageRank")
            expectClose(index.clustering(), c.clustering, 1e-9, "\(label): clustering")
            #expect(index.coreNumbers() == c.core, "\(label): core number")
            #expect(index.weakComponents() == c.weak, "\(label): weak components")
            #expect(index.strongComponents() == c.strong, "\(label): strong components")
        }
    }
}
