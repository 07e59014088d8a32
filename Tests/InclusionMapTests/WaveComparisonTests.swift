import Foundation
import Testing
import InclusionMap

/// Wave comparison on a hand-worked example and on the two Rivertown waves, whose planted
/// story and NetworkX measures Scripts/datasets/rivertown_waves.py wrote to truth.json.
@Suite struct WaveComparisonTests {
    /// a, b in group X; c, d in Y. Before: a–b, c–d. After: a–b, c–d, a–c, b–d, and a joiner
    /// e (Y) tied to a.
    static func handWaves() throws -> (StakeholderMap, StakeholderMap) {
        let four = ["a": "X", "b": "X", "c": "Y", "d": "Y"].sorted { $0.key < $1.key }.map { Actor(id: $0.key, department: $0.value) }
        let before = try StakeholderMap(actors: four, ties: [Tie(source: "a", target: "b"), Tie(source: "c", target: "d")])
        let after = try StakeholderMap(
            actors: four + [Actor(id: "e", department: "Y")],
            ties: [Tie(source: "a", target: "b"), Tie(source: "c", target: "d"), Tie(source: "a", target: "c"),
                   Tie(source: "b", target: "d"), Tie(source: "e", target: "a")])
        return (before, after)
    }

    @Test func eiChangeAndItsExactTestByHand() throws {
        let (before, after) = try Self.handWaves()
        let change = EIChange(before: before, after: after, column: "department")
        // Before: I = 2 (a–b, c–d), E = 0: E-I = −1. After: I = 2, E = 3 (a–c, b–d, a–e): 1/5 = 0.2.
        #expect(change.before == -1)
        #expect(abs(change.after! - 0.2) < 1e-12)
        // Swappable: a–c and b–d (tied after only, both ends in both waves); a–e has a joiner.
        // Arrangements (a–c, b–d tied before?): neither → Δ = 0.2 − (−1) = 1.2 (observed);
        // a–c only → before (2 − 1)... E-I before = (1 − 2)/3 = −1/3, after (2 − 2)/4 = 0 → Δ = 1/3;
        // b–d only → 1/3; both → before 0, after (1 − 2)/3 = −1/3 → Δ = −1/3.
        // |Δ| ≥ 1.2 in 1 of 4: p = 0.25, exact.
        #expect(change.swappablePairs == 2)
        #expect(change.isExact)
        #expect(change.pValue == 0.25)
        // Groups: X before I 1, E 0 → −1; after I 1, E 3 (a–c, b–d, a–e) → 0.5. Y the same.
        #expect(change.groups.map(\.group) == ["X", "Y"])
        #expect(change.groups.map(\.before) == [-1, -1])
        #expect(change.groups.map(\.after) == [0.5, 0.5])
    }

    @Test func tieChangesAndJaccardByHand() throws {
        let (before, after) = try Self.handWaves()
        let comparison = try WaveComparison(before: before, after: after)
        #expect(comparison.joined == ["e"])
        #expect(comparison.left.isEmpty)
        let ties = try #require(comparison.relations.first)
        // Among a–d: before {ab, cd}, after {ab, cd, ac, bd}: J = 2 / 4.
        #expect(ties.jaccard == 0.5)
        #expect((ties.before, ties.after, ties.gained, ties.lost, ties.kept) == (2, 5, 3, 0, 2))
        #expect(ties.gainedWithJoiners == 1)
        // X and Y were unlinked before and are linked after, by more than one person.
        #expect(comparison.newlyLinked == [["X", "Y"]])
        #expect(comparison.singlePointsNew.isEmpty)
        #expect(comparison.findings.allSatisfy { !$0.reason.isEmpty })
    }

    @Test func theSampledTestIsTheSameForASeed() throws {
        // 30 actors in three groups; a path before, ties two apart after: 57 pairs change.
        let actors = (0..<30).map { Actor(id: "a\($0)", department: "g\($0 % 3)") }
        let before = try StakeholderMap(actors: actors, ties: (0..<29).map { Tie(source: "a\($0)", target: "a\($0 + 1)") })
        let after = try StakeholderMap(actors: actors, ties: (0..<28).map { Tie(source: "a\($0)", target: "a\($0 + 2)") })
        let first = EIChange(before: before, after: after, column: "department", permutations: 500, seed: 7)
        let second = EIChange(before: before, after: after, column: "department", permutations: 500, seed: 7)
        #expect(first.swappablePairs == 57)
        #expect(!first.isExact)
        #expect(first.pValue == second.pValue)
        #expect(first.pValue! > 0 && first.pValue! <= 1)
    }

    // MARK: The two Rivertown waves

    static func rivertownWaves() throws -> (StakeholderMap, StakeholderMap) {
        let folder = TestSupport.dataset("rivertown-waves")
        return (try DatasetFolder(url: folder.appendingPathComponent("wave-1")).read(),
                try DatasetFolder(url: folder.appendingPathComponent("wave-2")).read())
    }

    struct Truth: Decodable {
        var leavers: [String], joiners: [String], engaged_brokers: [String], planned_space: [String]
        var jaccard: [String: Double], ties_gained: [String: Int], ties_lost: [String: Int]
        var ei_before: Double, ei_after: Double
        var newly_linked: [[String]], newly_unlinked: [[String]]
        var single_points_resolved: [[[String]]], single_points_new: [[[String]]]
        var cut_points_new: [String], cut_points_gone: [String], bridges_new: [[String]], bridges_gone: [[String]]
    }

    static func truth() throws -> Truth {
        try JSONDecoder().decode(Truth.self, from: Data(contentsOf: TestSupport.dataset("rivertown-waves").appendingPathComponent("truth.json")))
    }

    @Test func findsExactlyThePlantedStory() throws {
        let (before, after) = try Self.rivertownWaves()
        let truth = try Self.truth()
        let comparison = try WaveComparison(before: before, after: after, options: .init(space: truth.planned_space))
        #expect(comparison.left == truth.leavers)
        #expect(comparison.joined == truth.joiners)
        #expect(comparison.engagedBrokers == truth.engaged_brokers)
        func points(_ list: [CohesionSnapshot.SinglePoint]) -> Set<[[String]]> { Set(list.map { [$0.groups.sorted(), $0.via.sorted()] }) }
        #expect(points(comparison.singlePointsResolved) == Set(truth.single_points_resolved))
        #expect(points(comparison.singlePointsNew) == Set(truth.single_points_new))
        #expect(comparison.newlyLinked == truth.newly_linked)
        #expect(comparison.newlyUnlinked == truth.newly_unlinked)
        #expect(comparison.cutPointsNew == truth.cut_points_new)
        #expect(comparison.cutPointsGone == truth.cut_points_gone)
        #expect(comparison.bridgesNew == truth.bridges_new)
        #expect(comparison.bridgesGone == truth.bridges_gone)
        for change in comparison.relations {
            #expect(abs(change.jaccard! - truth.jaccard[change.relation]!) < 1e-12, "\(change.relation)")
            #expect(change.gained == truth.ties_gained[change.relation], "\(change.relation)")
            #expect(change.lost == truth.ties_lost[change.relation], "\(change.relation)")
        }
        #expect(abs(comparison.ei.before! - truth.ei_before) < 1e-12)
        #expect(abs(comparison.ei.after! - truth.ei_after) < 1e-12)
        let whatIf = try #require(comparison.whatIf)
        #expect(whatIf.members == truth.planned_space)
        #expect(comparison.findings.contains { $0.kind == .brokerEngaged && $0.subject == "eh07" })
        #expect(comparison.findings.contains { $0.kind == .singlePointNew && $0.subject == "early-help + social-care" })
    }

    @Test func whatIfPredictsTheEIThatCompareObservesOnceItsTiesAreAdded() throws {
        // Issue 34 defect 2: whatif counted rows of the ties file (a tie both people reported
        // twice) while compare counted pairs, so on Rivertown the prediction was about half the
        // change compare then observed. Both now count linked pairs.
        let (before, _) = try Self.rivertownWaves()
        #expect(before.ties.contains { $0.isDirected }, "the check needs reported (directed) ties")
        let space = try Self.truth().planned_space
        for view in [NetworkIndex.Options(), NetworkIndex.Options(symmetrised: true)] {
            let predicted = try WhatIf(map: before, change: .reflectionSpace(space), options: view, suggestions: 0)
            let observed = EIChange(before: before, after: predicted.changedMap, column: "department")
            #expect(predicted.before.eiIndex == observed.before)
            #expect(predicted.after.eiIndex == observed.after)
            #expect(observed.before != observed.after)
        }
    }
}
