import Testing
import InclusionMap

/// The shortlist's three rules (BrokerShortlist): a floor on potential, a gap, a cap.
@Suite struct BrokerShortlistTests {
    /// Rivertown's four planted under-used brokers (Scripts/datasets/rivertown.py) all pass:
    /// 16 groups is a cap of 16; with a cap of 2 the two highest scores remain.
    @Test func rivertownKeepsItsFourPlantedBrokers() throws {
        let finder = try BrokerFinder(map: BundledDataset.rivertown.read())
        let shortlist = finder.shortlist
        #expect(shortlist.cap == 16)
        #expect(Set(shortlist.brokers.map(\.actorID)) == ["eh07", "pi03", "ho02", "vo03"])
        let two = BrokerShortlist(finder, cap: 2)
        #expect(two.brokers.map(\.actorID) == Array(finder.underUsed.prefix(2).map(\.actorID)))
        #expect(two.ending == "the cap of 2")
    }

    /// On every planted organisation the list keeps the rules it states: every broker on it
    /// is under-used with potential ≥ 0.8; taken by potential it has no drop over 0.1; and an
    /// under-used broker left out (under the cap) is below 0.8 or after such a drop.
    @Test func everyListKeepsItsRules() throws {
        for seed in PlantedOrganisationTests.seeds {
            let (map, _) = try PlantedOrganisationTests.load(seed)
            let finder = try BrokerFinder(map: map)
            let shortlist = finder.shortlist
            let underUsed = Set(finder.underUsed.map(\.actorID))
            #expect(shortlist.brokers.allSatisfy { underUsed.contains($0.actorID) && $0.potential >= BrokerShortlist.minimumPotential })
            let potentials = shortlist.brokers.map(\.potential).sorted(by: >)
            #expect(zip(potentials, potentials.dropFirst()).allSatisfy { $0 - $1 <= BrokerShortlist.maximumGap }, "\(seed)")
            let scores = shortlist.brokers.map(\.score)
            #expect(scores == scores.sorted(by: >), "\(seed): not in score order")
            if shortlist.brokers.count < shortlist.cap, let lowest = potentials.last {
                for left in finder.underUsed where !shortlist.brokers.contains(where: { $0.actorID == left.actorID }) {
                    // Below the floor, or below every listed potential: after the gap.
                    #expect(left.potential < BrokerShortlist.minimumPotential || left.potential < lowest,
                            "\(seed): \(left.actorID) left out without a rule")
                }
            }
        }
    }
}
