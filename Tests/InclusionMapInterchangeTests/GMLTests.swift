import Foundation
import InclusionMap
import InclusionMapInterchange
import Testing

/// GML (issue 40): files NetworkX and igraph wrote (Scripts/oracles/gml.py) read as the graph
/// NetworkX holds (NAME.expected.json of Scripts/oracles/interchange.py); our files read back;
/// damaged files refused with their line and column. NetworkX and igraph reading our GML is
/// checked by Scripts/check-interchange.
@Suite struct GMLTests {
    @Test(arguments: OracleReadingTests.graphs) func networkXGML(_ name: String) throws {
        let expected = try OracleGraph.named(name)
        let text = try String(contentsOf: OracleGraph.file("\(name).networkx.gml"), encoding: .utf8)
        let (map, warnings) = try GMLReader().read(text)
        OracleReadingTests().checkSame(map, as: expected)
        // Karate's graph-level "name" is the one thing a map cannot hold, and it is said.
        #expect(warnings.map(\.message) == (name == "karate" ? ["graph field \"name\" describes the whole graph, which a stakeholder map has no place for; it is not kept"] : []))
    }

    /// igraph writes ids 0…n−1 and no label; the NetworkX node key is its "name" attribute.
    @Test(arguments: ["karate", "krackhardt"]) func igraphGML(_ name: String) throws {
        let expected = try OracleGraph.named(name)
        let (map, _) = try GMLReader().read(String(contentsOf: OracleGraph.file("\(name).igraph.gml"), encoding: .utf8))
        #expect(map.actors.map(\.id) == (0..<expected.nodes.count).map { "\($0)" })
        let nameOf = Dictionary(uniqueKeysWithValues: map.actors.map { ($0.id, $0.name ?? $0.id) })
        #expect(Set(nameOf.values) == Set(expected.nodes.keys))
        #expect(map.edgeRows(renaming: { nameOf[$0]! }) == expected.edgeRows(keepingRelation: false))
        // igraph writes a key without its non-alphanumeric characters (level_label → levellabel).
        for actor in map.actors {
            for (field, value) in expected.nodes[actor.name!]! where field != "name" {
                let key = field.filter { $0.isLetter || $0.isNumber }
                #expect(map.value(key, of: actor.id) == value, "\(actor.id).\(key)")
            }
        }
    }

    @Test(arguments: ["krackhardt-hightech", "lazega-lawfirm", "rivertown"]) func ourGMLReadsBack(_ name: String) throws {
        let map = try InterchangeRoundTripTests.dataset(name)
        let written = GMLWriter().write(map)
        let back = try GMLReader().read(String(decoding: written.data, as: UTF8.self)).map
        #expect(back.actors.map(\.id) == map.actors.map(\.id))
        #expect(back.actors.map(\.name) == map.actors.map(\.name))
        #expect(back.actors.map(\.department) == map.actors.map(\.department))
        #expect(back.edgeRows() == map.edgeRows())
        // A dataset's engagements are what GML cannot hold, and the loss report says so.
        if !map.engagements.isEmpty { #expect(written.losses.contains { $0.what.contains("engagements") }) }
    }

    @Test func escapesAndEntitiesRoundTrip() throws {
        let map = try StakeholderMap(
            actors: [Actor(id: "a", name: "Zoë \"Z\" Ōtsuka & co"), Actor(id: "b b", name: "李 明")],
            ties: [Tie(source: "a", target: "b b", relation: "advice", weight: 2.5, isDirected: true)])
        let text = String(decoding: GMLWriter().write(map).data, as: UTF8.self)
        // Written as NetworkX writes it: ASCII only, entities for the rest.
        let ascii = text.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii)
        #expect(text.contains("name \"Zo&#235; &quot;Z&quot; &#332;tsuka &amp; co\""))
        let back = try GMLReader().read(text).map
        #expect(back.actors.map(\.name) == ["Zoë \"Z\" Ōtsuka & co", "李 明"])
        let tie = try #require(back.ties.first)
        #expect(tie.weight == 2.5 && tie.isDirected && tie.relation == "advice")
    }

    @Test(arguments: [
        ("graph [\n  node [ id 0 ]\n  edge [ source 0 target 7 ]\n]\n", 3, 3, "node 7 is not in the graph"),
        ("graph [\n  node [ id 0 label \"a ]\n]\n", 2, 21, "a string that is never closed"),
        ("graph [\n  node [ id 0\n", 3, 1, "the file ends inside a list"),
        ("graph [\n  node [ id zero ]\n]\n", 2, 13, "\"zero\" after \"id\" is not a value"),
        ("node [ id 0 ]\n", 1, nil, "no graph [ … ] in the file"),
    ] as [(String, Int, Int?, String)]) func damagedFilesSayWhereAndWhat(text: String, line: Int, column: Int?, words: String) {
        do {
            _ = try GMLReader(fileName: "bad.gml").read(text)
            Issue.record("read \(text)")
        } catch {
            let issue = error.issues.first
            #expect(issue?.line == line && issue?.column == column, "\(String(describing: issue))")
            #expect(issue?.message.contains(words) == true, "\(String(describing: issue?.message))")
        }
    }

    @Test func aGMLFileIsFoundByItsContent() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gml-\(UUID().uuidString).txt")
        try "# made by hand\nCreator \"someone\"\ngraph [\n  node [ id 1 label \"x\" ]\n]\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(try MapFileFormat.detect(url) == .gml)
        #expect(try MapFile.read(url).actors.map(\.id) == ["x"])
    }
}
