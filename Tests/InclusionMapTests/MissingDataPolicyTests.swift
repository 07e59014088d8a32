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
