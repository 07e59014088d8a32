import Foundation
import InclusionMap

/// Writes a map as GML the way NetworkX's `write_gml` does, so NetworkX, igraph, Gephi and
/// Cytoscape read it: `directed 1` when any tie is directed, `multigraph 1` when a pair of
/// actors has more than one tie, each node's `id` (its position) and `label` (the actor id, so
/// NetworkX's `read_gml` gives the actor ids back), each field as a key, each edge's `source`,
/// `target`, `relation` and `weight`.
///
/// Strings are in double quotes with `"` and `&` and every character outside printable ASCII
/// written as an HTML entity (`&#233;`), as NetworkX writes them. What GML cannot hold is
/// counted in the loss report: departments, engagements, attendance; fields whose names are
/// not GML keys (a letter or `_`, then letters, digits or `_`); undirected ties in a directed
/// graph, written with `directed 0`, which other tools keep as an edge attribute.
public struct GMLWriter: Sendable {
    /// A writer.
    public init() {}

    /// The GML text of `map` and what it could not hold.
    public func write(_ map: StakeholderMap) -> ConvertedMap {
        var losses = LossTally()
        let directed = map.ties.contains(where: \.isDirected)
        let mixed = directed && map.ties.contains { !$0.isDirected }
        var seen = Set<String>(), isMultigraph = false
        for tie in map.ties {
            let ends = tie.isDirected || directed ? [tie.source, tie.target] : [tie.source, tie.target].sorted()
            if !seen.insert(ends.joined(separator: "\u{1F}")).inserted { isMultigraph = true; break }
        }
        let allNodeKeys = GraphMLWriter.nodeKeys(map), allEdgeKeys = GraphMLWriter.edgeKeys(map, mixed: false)
        let nodeKeys = allNodeKeys.filter { Self.isKey($0.name) }, edgeKeys = allEdgeKeys.filter { Self.isKey($0.name) }
        let badNames = allNodeKeys.count - nodeKeys.count + allEdgeKeys.count - edgeKeys.count
        var text = "graph [\n"
        if directed { text += "  directed 1\n" }
        if isMultigraph { text += "  multigraph 1\n" }
        var number: [String: Int] = [:]
        for (position, actor) in map.actors.enumerated() {
            number[actor.id] = position
            text += "  node [\n    id \(position)\n    label \(Self.quoted(actor.id))\n"
            for key in nodeKeys {
                guard let value = key.value(actor) else { continue }
                text += "    \(key.name) \(Self.quoted(value))\n"
            }
            text += "  ]\n"
        }
        for tie in map.ties {
            text += "  edge [\n    source \(number[tie.source]!)\n    target \(number[tie.target]!)\n"
            for key in edgeKeys {
                guard let value = key.value(tie) else { continue }
                text += key.name == "weight" ? "    weight \(value)\n" : "    \(key.name) \(Self.quoted(value))\n"
            }
            if mixed, !tie.isDirected { text += "    directed 0\n" }
            text += "  ]\n"
        }
        text += "]\n"
        if mixed {
            losses.add("undirected ties in a graph with directed ties: written with directed 0, which only InclusionMap reads as undirected", count: map.ties.count { !$0.isDirected })
        }
        losses.add("fields whose names are not GML keys (a letter or _, then letters, digits or _), left out", count: badNames)
        losses.addRecordsOutsideAGraph(of: map, format: "GML")
        return ConvertedMap(data: Data(text.utf8), losses: losses.losses)
    }

    /// Whether `name` is a GML key.
    static func isKey(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }

    /// `value` in double quotes, `"`, `&` and every character outside printable ASCII as an entity.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "&quot;"
            case "&": out += "&amp;"
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "&#\(scalar.value);"
            }
        }
        return out + "\""
    }
}
