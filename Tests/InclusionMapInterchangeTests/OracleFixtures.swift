import Foundation
import InclusionMap

/// The files NetworkX and igraph wrote (Scripts/oracles/interchange.py) and what NetworkX says
/// is in them.
struct OracleGraph: Decodable {
    struct Edge: Decodable {
        var source: String
        var target: String
        var attributes: [String: String]
    }

    var directed: Bool
    var nodes: [String: [String: String]]
    var edges: [Edge]

    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/interchange")

    static func named(_ name: String) throws -> OracleGraph {
        try JSONDecoder().decode(OracleGraph.self, from: Data(contentsOf: folder.appendingPathComponent("\(name).expected.json")))
    }

    static func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The edges as comparable rows: ends (sorted when undirected), weight, relation.
    func edgeRows(keepingRelation: Bool = true) -> [String] {
        edges.map { edge in
            let ends = directed ? [edge.source, edge.target] : [edge.source, edge.target].sorted()
            let relation = keepingRelation ? edge.attributes["relation"] ?? Tie.defaultRelation : Tie.defaultRelation
            return Self.row(ends, weight: Double(edge.attributes["weight"] ?? "1")!, relation: relation)
        }.sorted()
    }

    static func row(_ ends: [String], weight: Double, relation: String) -> String {
        "\(ends[0]) → \(ends[1]) weight \(Tie.text(ofWeight: weight)) \(relation)"
    }
}

extension StakeholderMap {
    /// The ties as ``OracleGraph/edgeRows(keepingRelation:)`` writes them, ids renamed by
    /// `id` (for files whose node ids are not the names NetworkX used).
    func edgeRows(renaming id: (String) -> String = { $0 }) -> [String] {
        ties.map { tie in
            let ends = tie.isDirected ? [id(tie.source), id(tie.target)] : [id(tie.source), id(tie.target)].sorted()
            return OracleGraph.row(ends, weight: tie.weight, relation: tie.relation)
        }.sorted()
    }

    /// An actor's value in a field NetworkX named: known fields as actors.csv writes them,
    /// others from the free attributes.
    func value(_ field: String, of id: String) -> String? {
        guard let actor = actor(withID: id) else { return nil }
        if Actor.knownFields.contains(field) { return actor.datasetValue(ofColumn: field) }
        return actor.attributes[field]
    }
}
