import Testing
import InclusionMap

/// The shortlist's four rules (BrokerShortlist): reach that survives one tie, a floor on
/// potential, a gap, a cap; ordered by groups reached twice, then score.
@Suite struct BrokerShortlistTests {
    /// Rivertown's four planted under-used brokers (Scripts/datasets/rivertown.py) all pass:
    /// 16 groups is a cap of 15 (one per group, never more than 15); with a cap of 2 the first two by groups reached through two
    /// people, then score, remain.
    @Test func rivertownKeepsItsFourPlantedBrokers() throws {
        let finder = try BrokerFinder(map: BundledDataset.rivertown.read())
        let shortlist = finder.shortlist
        #expect(shortlist.cap == 15)
        #expect(Set(shortlist.brokers.map(\.actorID)) == ["eh07", "pi03", "ho02", "vo03"])
        let two = BrokerShortlist(finder, cap: 2)
        #expect(two.brokers.map(\.actorID) == Array(Self.inListOrder(finder.underUsed).prefix(2).map(\.actorID)))
        #expect(two.ending == "the cap of 2")
    }

    /// `candidates` (in score order) as the shortlist orders them: more groups reached through
    /// two or more people first, then the score order.
    static func inListOrder(_ candidates: [BrokerFinder.Candidate]) -> [BrokerFinder.Candidate] {
        candidates.enumerated().sorted {
            let (a, b) = ($0.element.measures.groupsReachedTwice.count, $1.element.measures.groupsReachedTwice.count)
            return a != b ? a > b : $0.offset < $1.offset
        }.map(\.element)
    }

    /// On every planted organisation the list keeps the rules it states: every broker on it
    /// is under-used, reaches some group through two people and has potential ≥ 0.8; taken
    /// by potential it has no drop over 0.1; it is in list order; and an under-used broker
    /// left out (under the cap) reaches no group twice, is below 0.8 or is after such a drop.
    @Test func everyListKeepsItsRules() throws {
        for seed in PlantedOrganisationTests.seeds {
            let (map, _) = try PlantedOrganisationTests.load(seed)
            let finder = try BrokerFinder(map: map)
            let shortlist = finder.shortlist
            let underUsed = Set(finder.underUsed.map(\.actorID))
            #expect(shortlist.brokers.allSatisfy {
                underUsed.contains($0.actorID) && $0.potential >= BrokerShortlist.minimumPotential && !$0.measures.groupsReachedTwice.isEmpty
            })
            let potentials = shortlist.brokers.map(\.potential).sorted(by: >)
            #expect(zip(potentials, potentials.dropFirst()).allSatisfy { $0 - $1 <= BrokerShortlist.maximumGap }, "\(seed)")
            #expect(shortlist.brokers.map(\.actorID) == Self.inListOrder(shortlist.brokers).map(\.actorID), "\(seed): not in list order")
            if shortlist.brokers.count < shortlist.cap, let lowest = potentials.last {
                for left in finder.underUsed where !shortlist.brokers.contains(where: { $0.actorID == left.actorID }) {
                    // Below the floor, or below every listed potential: after the gap.
                    #expect(left.measures.groupsReachedTwice.isEmpty || left.potential < BrokerShortlist.minimumPotential || left.potential < lowest,
                            "\(seed): \(left.actorID) left out without a rule")
                }
            }
        }
    }

    /// Groups reached twice, by hand: x is tied to b1 and b2 of B and to c1 of C, so it reaches
    /// B and C but only B through two people; y is tied to one person in each of B and C, so it
    /// reaches both and neither twice, and is never shortlisted, whatever its potential.
    @Test func reachThroughTwoPeopleIsCountedByHand() throws {
        var map = StakeholderMap()
        for id in ["a1", "a2", "x", "y"] { try map.addActor(Actor(id: id, department: "A")) }
        for id in ["b1", "b2", "b3"] { try map.addActor(Actor(id: id, department: "B")) }
        for id in ["c1", "c2", "c3"] { try map.addActor(Actor(id: id, department: "C")) }
        for clique in [["a1", "a2", "x", "y"], ["b1", "b2", "b3"], ["c1", "c2", "c3"]] {
            for i in clique.indices { for j in clique.indices where i < j { try map.addTie(Tie(source: clique[i], target: clique[j])) } }
        }
        for (s, t) in [("x", "b1"), ("x", "b2"), ("x", "c1"), ("y", "b3"), ("y", "c2")] { try map.addTie(Tie(source: s, target: t)) }
        let finder = try BrokerFinder(map: map)
        let twice = Dictionary(uniqueKeysWithValues: finder.candidates.map { ($0.actorID, $0.measures.groupsReachedTwice.map { finder.grouping.names[$0] }) })
        #expect(twice["x"] == ["B"])
        #expect(twice["y"] == [])
        #expect(twice["b1"] == [] && twice["c1"] == [])
        let reached = try #require(finder.candidate(for: "y")).measures.groupsReached.map { finder.grouping.names[$0] }
        #expect(reached == ["B", "C"])
    }
}
