import Testing
import InclusionMap

/// A structural broker needs ties to at least two actors of other groups: a place that rests
/// on one tie is said to, and is not called structural.
@Suite struct StructuralBrokerTests {
    /// Two cliques, A = {a1, a2, a3, x} and B = {b1, b2, b3}, joined by the one tie x – b1.
    /// By hand: x and b1 each have one contact outside their group, everyone else none; so
    /// nobody is structural, and whichever of x and b1 has the highest potential (the
    /// maximum is always at or above the 90th percentile) has a reason saying it rests on
    /// one tie.
    @Test func aPlaceOnOneCrossGroupTieIsNotStructural() throws {
        var map = StakeholderMap()
        for id in ["a1", "a2", "a3", "x"] { try map.addActor(Actor(id: id, department: "A")) }
        for id in ["b1", "b2", "b3"] { try map.addActor(Actor(id: id, department: "B")) }
        for clique in [["a1", "a2", "a3", "x"], ["b1", "b2", "b3"]] {
            for i in clique.indices { for j in clique.indices where i < j { try map.addTie(Tie(source: clique[i], target: clique[j])) } }
        }
        try map.addTie(Tie(source: "x", target: "b1"))
        let brokers = try BrokerFinder(map: map)
        let contacts = Dictionary(uniqueKeysWithValues: brokers.candidates.map { ($0.actorID, $0.measures.crossGroupContacts) })
        #expect(contacts == ["a1": 0, "a2": 0, "a3": 0, "x": 1, "b1": 1, "b2": 0, "b3": 0])
        #expect(brokers.candidates.allSatisfy { !$0.isStructural })
        #expect(brokers.structuralButUndesignated.isEmpty)
        let top = try #require(brokers.candidates.max { $0.potential < $1.potential })
        #expect(["x", "b1"].contains(top.actorID))
        #expect(top.reason.contains("rests on a single tie outside \(top.actorID == "x" ? "A" : "B"), so it is not counted as a structural broker"))

        // A second contact in B (x – b2) makes x's place rest on two ties: the sentence goes.
        try map.addTie(Tie(source: "x", target: "b2"))
        let again = try BrokerFinder(map: map)
        let x = try #require(again.candidate(for: "x"))
        #expect(x.measures.crossGroupContacts == 2)
        #expect(!x.reason.contains("rests on a single tie"))
    }
}
