import Foundation
import InclusionMap
import Testing

/// Non-respondents' ties under each policy, worked by hand.
@Suite struct MissingDataPolicyTests {
    /// a answered, b did not, c's status is unknown (counted as a respondent).
    ///     a → b advice, c → b advice, a → c advice, a — b collaboration (undirected)
    static let map = try! StakeholderMap(
        actors: [
            Actor(id: "a", responded: true), Actor(id: "b", responded: false), Actor(id: "c"),
        ],
        ties: [
            Tie(source: "a", target: "b", relation: "advice", weight: 2, isDirected: true),
            Tie(source: "c", target: "b", relation: "advice", isDirected: true),
            Tie(source: "a", target: "c", relation: "advice", isDirected: true),
            Tie(source: "a", target: "b", relation: "collaboration"),
        ],
        engagements: [Engagement(id: "w")], attendance: [Attendance(engagement: "w", actor: "b")])

    @Test func observedChangesNothing() {
        #expect(MissingDataPolicy.observed.applied(to: Self.map) == Self.map)
    }

    @Test func reconstructAddsTheReverseOfEachReportedArcToANonRespondent() {
        let rebuilt = MissingDataPolicy.reconstruct.applied(to: Self.map)
        // b → a (weight 2, as a reported) and b → c are added; the undirected tie needs nothing.
        #expect(rebuilt.ties.count == 6)
        #expect(rebuilt.ties.suffix(2) == [
            Tie(source: "b", target: "a", relation: "advice", weight: 2, isDirected: true, provenance: "reconstructed"),
            Tie(source: "b", target: "c", relation: "advice", isDirected: true, provenance: "reconstructed"),
        ])
        // Applying it again adds nothing: the reverse arcs are there.
        #expect(MissingDataPolicy.reconstruct.applied(to: rebuilt).ties.count == 6)
    }

    @Test func respondentsOnlyLeavesNonRespondentsOut() {
        let kept = MissingDataPolicy.respondents.applied(to: Self.map)
        #expect(kept.actors.map(\.id) == ["a", "c"])
        #expect(kept.ties == [Tie(source: "a", target: "c", relation: "advice", isDirected: true)])
        #expect(kept.attendance.isEmpty)
    }
}

/// The policies on the planted surveys against NetworkX on graphs reconstructed independently
/// (Scripts/oracles/missing_data.py).
@Suite struct MissingDataPolicyOracleTests {
    struct Fixture: Decodable {
        struct Reconstructed: Decodable {
            var arcs: Int
            var in_degree: [Int]
            var out_degree: [Int]
            var betweenness: [Double]
        }
        struct Respondents: Decodable {
            var actors: [String]
            var arcs: Int
            var betweenness: [Double]
        }
        var seed: Int
        var actors: [String]
        var reconstruct: Reconstructed
        var respondents: Respondents
    }

    @Test(arguments: [1, 2, 3])
    func matchesNetworkX(seed: Int) throws {
        let name = String(format: "seed-%02d", seed)
        let fixture = try JSONDecoder().decode(Fixture.self, from: TestSupport.fixture("missing-data/\(name).json"))
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("planted-missing-25/\(name)")
        let map = try DatasetFolder(url: folder).read()
        #expect(map.actors.map(\.id) == fixture.actors)

        let reconstructed = NetworkIndex(MissingDataPolicy.reconstruct.applied(to: map))
        #expect(reconstructed.arcCount == fixture.reconstruct.arcs)
        #expect(reconstructed.inDegrees() == fixture.reconstruct.in_degree)
        #expect(reconstructed.outDegrees() == fixture.reconstruct.out_degree)
        for (got, want) in zip(reconstructed.betweenness(), fixture.reconstruct.betweenness) { #expect(abs(got - want) < 1e-9) }

        let respondents = NetworkIndex(MissingDataPolicy.respondents.applied(to: map))
        #expect(respondents.actorIDs == fixture.respondents.actors)
        #expect(respondents.arcCount == fixture.respondents.arcs)
        for (got, want) in zip(respondents.betweenness(), fixture.respondents.betweenness) { #expect(abs(got - want) < 1e-9) }
    }
}
