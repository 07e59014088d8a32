import Foundation
import InclusionMap

/// Writes a map as GraphML that NetworkX (`nx.read_graphml`), igraph (`Graph.Read_GraphML`),
/// Gephi and yEd read.
///
/// Each actor is a `<node>` with its id, and a `<data>` for each known field it has (`name`,
/// `kind`, `department`, `organisation`, `sector`, `roles` joined by `;`, `consent` as a
/// boolean) and each free attribute, all declared as `<key>`s of type `string` (`boolean` for
/// consent). Each tie is an `<edge>` with `relation` (string) and `weight` (double) data and,
/// when any tie has them, `wave`, `date`, `source_of_evidence` and free attributes. Repeated
/// ties are written as parallel edges, which GraphML allows.
///
/// Direction: `edgedefault` is `directed` when any tie is directed, else `undirected`. GraphML
/// allows a per-edge `directed` attribute, but NetworkX refuses a file that uses it against the
/// default; so in a map that mixes both, each undirected tie carries the data field
/// `directed` = false instead, which this library reads back, and the loss report says that
/// other tools will read those ties as directed.
///
/// What GraphML cannot hold is counted in the loss report: departments (their names,
/// organisations and nesting), engagements, attendance, and values that held a character
/// XML 1.0 forbids (dropped).
public struct GraphMLWriter: Sendable {
    /// A writer.
    public init() {}

    /// The GraphML text of `map` and what it could not hold.
    public func write(_ map: StakeholderMap) -> ConvertedMap {
        var losses = LossTally()
        var xml = XMLWriting()
        let directed = map.ties.contains(where: \.isDirected)
        let nodeKeys = Self.nodeKeys(map)
        let edgeKeys = Self.edgeKeys(map, mixed: directed && map.ties.contains { !$0.isDirected })

        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        xml.raw("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
        xml.raw("xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        for (index, key) in nodeKeys.enumerated() { declare(&xml, id: "n\(index)", domain: "node", key: key) }
        for (index, key) in edgeKeys.enumerated() { declare(&xml, id: "e\(index)", domain: "edge", key: key) }
        xml.raw("  <graph id=\"G\" edgedefault=\"\(directed ? "directed" : "undirected")\">\n")
        for actor in map.actors {
            xml.raw("    <node id=\"")
            xml.attribute(actor.id)
            xml.raw("\">")
            for (index, key) in nodeKeys.enumerated() {
                guard let value = key.value(actor) else { continue }
                data(&xml, id: "n\(index)", value: value)
            }
            xml.raw("</node>\n")
        }
        for tie in map.ties {
            xml.raw("    <edge source=\"")
            xml.attribute(tie.source)
            xml.raw("\" target=\"")
            xml.attribute(tie.target)
            xml.raw("\">")
            for (index, key) in edgeKeys.enumerated() {
                guard let value = key.value(tie) else { continue }
                data(&xml, id: "e\(index)", value: value)
            }
            xml.raw("</edge>\n")
        }
        xml.raw("  </graph>\n</graphml>\n")

        if directed {
            losses.add("undirected ties in a graph with directed ties: kept in the data field 'directed' for InclusionMap, read as directed by other tools", count: map.ties.count { !$0.isDirected })
        }
        losses.addRecordsOutsideAGraph(of: map, format: "GraphML")
        losses.add("values with a character XML cannot hold (a control character), dropped from the value", count: xml.dropped)
        return ConvertedMap(data: Data(xml.text.utf8), losses: losses.losses)
    }

    struct Key<Record> {
        var name: String
        var type: String
        var value: (Record) -> String?
    }

    private func declare<Record>(_ xml: inout XMLWriting, id: String, domain: String, key: Key<Record>) {
        xml.raw("  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"")
        xml.attribute(key.name)
        xml.raw("\" attr.type=\"\(key.type)\"/>\n")
    }

    private func data(_ xml: inout XMLWriting, id: String, value: String) {
        xml.raw("<data key=\"\(id)\">")
        xml.content(value)
        xml.raw("</data>")
    }

    static func nodeKeys(_ map: StakeholderMap) -> [Key<Actor>] {
        var keys: [Key<Actor>] = []
        for field in Actor.knownFields where map.actors.contains(where: { $0.datasetValue(ofColumn: field) != nil }) {
            keys.append(Key(name: field, type: Actor.booleanFields.contains(field) ? "boolean" : "string") { $0.datasetValue(ofColumn: field) })
        }
        for name in ExtraColumns.columns(listed: map.extraColumns.actors, used: map.actors.map(\.attributes)) {
            keys.append(Key(name: name, type: "string") { $0.attributes[name] })
        }
        return keys
    }

    static func edgeKeys(_ map: StakeholderMap, mixed: Bool) -> [Key<Tie>] {
        var keys: [Key<Tie>] = [
            Key(name: "relation", type: "string") { $0.relation },
            Key(name: "weight", type: "double") { Tie.text(ofWeight: $0.weight) },
        ]
        if mixed { keys.append(Key(name: "directed", type: "boolean") { $0.isDirected ? nil : "false" }) }
        for field in ["wave", "date", "source_of_evidence"] where map.ties.contains(where: { $0.datasetValue(ofColumn: field) != nil }) {
            keys.append(Key(name: field, type: "string") { $0.datasetValue(ofColumn: field) })
        }
        for name in ExtraColumns.columns(listed: map.extraColumns.ties, used: map.ties.map(\.attributes)) {
            keys.append(Key(name: name, type: "string") { $0.attributes[name] })
        }
        return keys
    }
}
