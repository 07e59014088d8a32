import Foundation
import Testing
import InclusionMap

// The README's "Use as a library" example, verbatim, so that it keeps compiling.
func describeRivertown() throws -> String {
    // A dataset folder on disk: DatasetFolder(url: URL(fileURLWithPath: "Datasets/rivertown")).read()
    var map = try BundledDataset.rivertown.read()

    let summary = MapSummary(map)
    let champions = map.designatedSpanners(withRole: "evidence champion").map(\.displayName)
    let hubCoordinator = map.actor(withID: "eh07")!
    let attended = map.attendance(of: hubCoordinator.id).count

    // Edits are checked: an unknown actor is a typed error, and the map is left unchanged.
    do {
        try map.addTie(Tie(source: "eh07", target: "nobody", relation: "advice", isDirected: true))
    } catch {
        print("refused:", error)  // error is a StakeholderMapError: .unknownActor("nobody", field: "target")
    }

    return """
        \(summary.actors) actors, \(summary.ties) ties in \(summary.relations.count) relations, \
        \(summary.components) components; evidence champions: \(champions.joined(separator: ", ")); \
        \(hubCoordinator.displayName) attended \(attended) of \(map.engagements.count) engagements
        """
}

// The README's second example: a metric and the broker finder.
func findRivertownsBrokers() throws -> (top: String, betweenness: Double, underUsed: [String]) {
    let map = try BundledDataset.rivertown.read()

    // A view of the map (every relation, as recorded), built once and measured many times.
    let index = NetworkIndex(map)
    let betweenness = index.betweenness()  // NetworkX's normalisation, one value per actor
    let top = betweenness.indices.max { betweenness[$0] < betweenness[$1] }!

    // Who bridges departments but is rarely in the room, each with the reason why.
    let brokers = try BrokerFinder(map: map, column: "department")
    for broker in brokers.underUsed {
        print(map.actor(withID: broker.actorID)!.displayName, "-", broker.reason)
    }
    return (index.actorIDs[top], betweenness[top], brokers.underUsed.map(\.actorID))
}

@Suite struct ReadmeExampleTests {
    @Test func exampleRunsAndSaysWhatTheREADMEPromises() throws {
        #expect(try describeRivertown() == "111 actors, 408 ties in 3 relations, 3 components; evidence champions: "
            + "Priya Raman, Philippa Drury, Natalie Quinn, Lorraine Hughes, Adeola Bankole; "
            + "Samira Haddad attended 0 of 8 engagements")
    }

    /// The top broker's betweenness is NetworkX's (`Fixtures/centrality/rivertown.json`, the
    /// whole-map case: `nx.betweenness_centrality` gives eh07 0.309773346195089), and the
    /// under-used brokers are the four `Scripts/datasets/rivertown.py` planted.
    @Test func brokerExampleFindsThePlantedBrokers() throws {
        let found = try findRivertownsBrokers()
        #expect(found.top == "eh07")
        #expect(abs(found.betweenness - 0.309773346195089) < 1e-9)
        #expect(Set(found.underUsed) == ["eh07", "pi03", "ho02", "vo03"])
    }

    @Test(arguments: ["func describeRivertown", "func findRivertownsBrokers"])
    func readmeHoldsTheSameExample(_ name: String) throws {
        let readme = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let start = source.range(of: name)!.lowerBound
        let end = source.range(of: "\n}\n", range: start..<source.endIndex)!.upperBound
        #expect(readme.contains(String(source[start..<end])))
    }
}
