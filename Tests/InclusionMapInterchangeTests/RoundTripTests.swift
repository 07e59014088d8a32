import Foundation
import InclusionMap
import InclusionMapInterchange
import Testing

/// Every bundled dataset written by our writers and read back by our readers: the same map
/// wherever the format can hold it, and a loss report that names exactly the rest.
@Suite struct InterchangeRoundTripTests {
    static let datasets = [
        "bank-wiring", "freeman-eies", "krackhardt-hightech", "lazega-lawfirm", "rivertown", "uk-faculty",
        "workplace-invs13", "workplace-invs15",
    ]

    static func dataset(_ name: String) throws -> StakeholderMap {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try DatasetFolder(url: root.appendingPathComponent("Datasets").appendingPathComponent(name)).read()
    }

    /// The map without what no graph format holds.
    static func graphOnly(_ map: StakeholderMap) throws -> StakeholderMap {
        try StakeholderMap(actors: map.actors, ties: map.ties)
    }

    @Test(arguments: datasets) func graphMLAndNodeLinkHoldActorsAndTiesWhole(_ name: String) throws {
        let map = try Self.dataset(name)
        let graphML = GraphMLWriter().write(map)
        let fromGraphML = try GraphMLReader().read(graphML.data).map
        #expect(fromGraphML == (try Self.graphOnly(map)))
        let nodeLink = NodeLinkJSON.write(map)
        let fromNodeLink = try NodeLinkJSON.read(nodeLink.data).map
        #expect(fromNodeLink == (try Self.graphOnly(map)))
        // What is not held is named with its count, and nothing else is.
        let mixed = map.ties.contains(where: \.isDirected) ? map.ties.count { !$0.isDirected } : 0
        let expected = [
            ("undirected ties in a graph with directed ties", mixed), ("departments", map.departments.count),
            ("engagements", map.engagements.count), ("attendance records", map.attendance.count),
        ].filter { $0.1 > 0 }
        for converted in [graphML, nodeLink] {
            #expect(converted.losses.map(\.count) == expected.map(\.1), "\(converted.losses)")
            #expect(zip(converted.losses, expected).allSatisfy { $0.what.hasPrefix($1.0) }, "\(converted.losses)")
        }
    }

    @Test(arguments: datasets) func pajekHoldsIDsDirectionsWeightsAndRelations(_ name: String) throws {
        let map = try Self.dataset(name)
        let converted = PajekWriter().write(map)
        let back = try PajekReader().read(String(decoding: converted.data, as: UTF8.self)).map
        #expect(back.actors.map(\.id) == map.actors.map(\.id))
        let rows = { (m: StakeholderMap) in m.ties.map { "\($0.source) \($0.target) \($0.isDirected) \($0.weight) \($0.relation)" }.sorted() }
        #expect(rows(back) == rows(map))
        let named = map.actors.count { $0.name != nil && $0.name != $0.id }
        #expect(converted.losses.first { $0.what.hasPrefix("actor names") }?.count == (named > 0 ? named : nil))
    }

    @Test func hostileTextSurvivesGraphMLOrIsCounted() throws {
        let map = try StakeholderMap(
            actors: [
                Actor(id: "a 1", name: "]]> <b>Ann</b> & \"Co\" 'x'", department: "line\nbreak, comma", attributes: ["note": "tab\there\r\nCRLF"]),
                Actor(id: "Zoë", name: "Zoë Ōtsuka 李", attributes: ["note": "=HYPERLINK(\"x\")"]),
                Actor(id: "c", name: "bell\u{7}ring"),
            ],
            ties: [Tie(source: "a 1", target: "Zoë", relation: "<advice>", weight: 0.5, isDirected: true, attributes: ["why": "\"quoted\""])])
        let converted = GraphMLWriter().write(map)
        let back = try GraphMLReader().read(converted.data).map
        #expect(back.actors[0] == map.actors[0])
        #expect(back.actors[1] == map.actors[1])
        #expect(back.ties == map.ties)
        // BEL cannot be written in XML 1.0: dropped from the value and counted.
        #expect(back.actors[2].name == "bellring")
        #expect(converted.losses.contains(ConversionLoss("values with a character XML cannot hold (a control character), dropped from the value", count: 1)))
        let nodeLink = try NodeLinkJSON.read(NodeLinkJSON.write(map).data).map
        #expect(nodeLink == map)
    }
}
