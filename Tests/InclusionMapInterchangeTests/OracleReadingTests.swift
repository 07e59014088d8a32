import Foundation
import InclusionMap
import InclusionMapInterchange
import Testing

/// Files NetworkX and igraph wrote, read by our readers: the same nodes, attributes, edges,
/// weights and directions as NetworkX holds (Scripts/oracles/interchange.py).
@Suite struct OracleReadingTests {
    static let graphs = ["karate", "krackhardt", "lazega", "random-multigraph"]

    func checkSame(_ map: StakeholderMap, as expected: OracleGraph, attributes: Bool = true, relations: Bool = true) {
        #expect(Set(map.actors.map(\.id)) == Set(expected.nodes.keys))
        #expect(map.ties.allSatisfy { $0.isDirected == expected.directed })
        #expect(map.edgeRows() == expected.edgeRows(keepingRelation: relations))
        guard attributes else { return }
        for (id, fields) in expected.nodes {
            for (field, value) in fields {
                #expect(map.value(field, of: id) == value, "\(id).\(field)")
            }
        }
    }

    @Test(arguments: graphs) func networkXGraphML(_ name: String) throws {
        let expected = try OracleGraph.named(name)
        let (map, _) = try GraphMLReader().read(Data(contentsOf: OracleGraph.file("\(name).networkx.graphml")))
        checkSame(map, as: expected)
    }

    @Test(arguments: graphs) func networkXNodeLink(_ name: String) throws {
        let expected = try OracleGraph.named(name)
        let (map, warnings) = try NodeLinkJSON.read(Data(contentsOf: OracleGraph.file("\(name).node-link.json")))
        checkSame(map, as: expected)
        // Karate's graph-level "name" is the one thing a map cannot hold, and it is said.
        if name == "karate" { #expect(warnings.map(\.message) == ["graph field \"name\" describes the whole graph, which a stakeholder map has no place for; it is not kept"]) }
    }

    /// igraph writes its own node ids (n0, n1, …) and the names in a `name` attribute.
    @Test(arguments: ["karate", "krackhardt"]) func igraphGraphML(_ name: String) throws {
        let expected = try OracleGraph.named(name)
        let (map, _) = try GraphMLReader().read(Data(contentsOf: OracleGraph.file("\(name).igraph.graphml")))
        let nameOf = Dictionary(uniqueKeysWithValues: map.actors.map { ($0.id, $0.name ?? $0.id) })
        #expect(map.actors.map(\.id) == (0..<expected.nodes.count).map { "n\($0)" })
        #expect(Set(nameOf.values) == Set(expected.nodes.keys))
        #expect(map.edgeRows(renaming: { nameOf[$0]! }) == expected.edgeRows(keepingRelation: false))
        for actor in map.actors {
            for (field, value) in expected.nodes[actor.name!]! where field != "name" {
                #expect(map.value(field, of: actor.id) == value, "\(actor.id).\(field)")
            }
        }
    }

    @Test(arguments: ["karate", "krackhardt"]) func pajekFromNetworkXAndIgraph(_ name: String) throws {
        let expected = try OracleGraph.named(name)
        for tool in ["networkx", "igraph"] {
            let text = try String(contentsOf: OracleGraph.file("\(name).\(tool).net"), encoding: .utf8)
            let (map, warnings) = try PajekReader().read(text)
            checkSame(map, as: expected, attributes: false, relations: false)
            // NetworkX writes coordinates and a shape after each label; they are reported.
            #expect(warnings.map(\.message) == (tool == "networkx" ? ["coordinates, shapes or colours of \(expected.nodes.count) vertices are not kept"] : []))
        }
    }
}

extension OracleReadingTests {
    @Test(arguments: graphs) func networkXGEXF(_ name: String) throws {
        let expected = try OracleGraph.named(name)
        let (map, warnings) = try GEXFReader().read(Data(contentsOf: OracleGraph.file("\(name).networkx.gexf")))
        checkSame(map, as: expected)
        if name == "karate" { #expect(warnings.map(\.message) == ["the graph's name \"Zachary's Karate Club\" describes the whole graph, which a stakeholder map has no place for; it is not kept"]) }
    }
}
