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

@Suite struct ReadmeExampleTests {
    @Test func exampleRunsAndSaysWhatTheREADMEPromises() throws {
        #expect(try describeRivertown() == "111 actors, 408 ties in 3 relations, 3 components; evidence champions: "
            + "Priya Raman, Philippa Drury, Natalie Quinn, Lorraine Hughes, Adeola Bankole; "
            + "Samira Haddad attended 0 of 8 engagements")
    }

    @Test func readmeHoldsTheSameExample() throws {
        let readme = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let start = source.range(of: "func describeRivertown")!.lowerBound
        let end = source.range(of: "\n}\n", range: start..<source.endIndex)!.upperBound
        #expect(readme.contains(String(source[start..<end])))
    }
}
