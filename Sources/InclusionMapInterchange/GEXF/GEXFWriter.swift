import Foundation
import InclusionMap

/// Writes a map as GEXF 1.3, which Gephi (0.9 and later) and NetworkX (`nx.read_gexf`,
/// version="1.3") read.
///
/// Each actor is a `<node>` with its id and, when it has a name, `label`; its known fields
/// (`kind`, `department`, `organisation`, `sector`, `roles`, `consent` as a boolean) and free
/// attributes are `<attvalue>`s of declared node attribute columns. Attributes named
/// `viz_color` (`#RRGGBB[AA]`), `viz_position` (`x,y[,z]`), `viz_size` and `viz_shape`, as
/// the reader keeps them, are written back as Gephi's `viz:` elements. Each tie is an
/// `<edge>` with a positional id, `weight`, `kind` (the relation), and `start` = `end` = its
/// date when it has one (the graph is then `mode="dynamic"`, `timeformat="date"`); tie waves,
/// provenance and free attributes are edge attribute columns.
///
/// Direction: `defaultedgetype` is `directed` when any tie is, else `undirected`; in a map
/// that mixes both, undirected ties carry the edge column `directed` = false (NetworkX
/// refuses a per-edge `type` against the default), and the loss report says other tools read
/// them as directed. Departments, engagements and attendance, and `viz_` values that are not
/// valid, are counted in the loss report.
public struct GEXFWriter: Sendable {
    /// A writer.
    public init() {}

    static let vizNames: Set<String> = ["viz_color", "viz_position", "viz_size", "viz_shape"]

    /// The GEXF text of `map` and what it could not hold.
    public func write(_ map: StakeholderMap) -> ConvertedMap {
        var losses = LossTally()
        var xml = XMLWriting()
        var invalidViz = 0
        let directed = map.ties.contains(where: \.isDirected)
        let mixed = directed && map.ties.contains { !$0.isDirected }
        let dynamic = map.ties.contains { $0.date != nil }
        var nodeColumns = GraphMLWriter.nodeKeys(map).filter { $0.name != "name" && !Self.vizNames.contains($0.name) }
        // A label equal to the id reads as no name (Gephi and NetworkX write the id there), so a
        // name that is the id itself goes in a `name` column too.
        if map.actors.contains(where: { $0.name == $0.id }) {
            nodeColumns.insert(GraphMLWriter.Key(name: "name", type: "string") { $0.name == $0.id ? $0.name : nil }, at: 0)
        }
        var edgeColumns = GraphMLWriter.edgeKeys(map, mixed: mixed).filter { !["relation", "weight", "date"].contains($0.name) }
        edgeColumns = edgeColumns.map { key in
            var key = key
            if key.name == "directed" { key.type = "boolean" }
            return key
        }

        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        xml.raw("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
        xml.raw("xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n")
        xml.raw("  <meta><creator>InclusionMap \(InclusionMapVersion.current)</creator></meta>\n")
        xml.raw("  <graph defaultedgetype=\"\(directed ? "directed" : "undirected")\" mode=\"\(dynamic ? "dynamic" : "static")\"\(dynamic ? " timeformat=\"date\"" : "")>\n")
        declare(&xml, cls: "node", columns: nodeColumns.map { ($0.name, $0.type) })
        declare(&xml, cls: "edge", columns: edgeColumns.map { ($0.name, $0.type) })
        xml.raw("    <nodes>\n")
        for actor in map.actors {
            xml.raw("      <node id=\"")
            xml.attribute(actor.id)
            xml.raw("\"")
            if let name = actor.name {
                xml.raw(" label=\"")
                xml.attribute(name)
                xml.raw("\"")
            }
            xml.raw(">")
            attvalues(&xml, columns: nodeColumns.map(\.value), of: actor)
            invalidViz += viz(&xml, actor.attributes)
            xml.raw("</node>\n")
        }
        xml.raw("    </nodes>\n    <edges>\n")
        for (position, tie) in map.ties.enumerated() {
            xml.raw("      <edge id=\"\(position)\" source=\"")
            xml.attribute(tie.source)
            xml.raw("\" target=\"")
            xml.attribute(tie.target)
            xml.raw("\" weight=\"\(Tie.text(ofWeight: tie.weight))\" kind=\"")
            xml.attribute(tie.relation)
            xml.raw("\"")
            if let time = tie.date?.description {
                xml.raw(" start=\"")
                xml.attribute(time)
                xml.raw("\" end=\"")
                xml.attribute(time)
                xml.raw("\"")
            }
            xml.raw(">")
            attvalues(&xml, columns: edgeColumns.map(\.value), of: tie)
            xml.raw("</edge>\n")
        }
        xml.raw("    </edges>\n  </graph>\n</gexf>\n")

        if mixed {
            losses.add("undirected ties in a graph with directed ties: kept in the edge column 'directed' for InclusionMap, read as directed by other tools", count: map.ties.count { !$0.isDirected })
        }
        losses.add("viz_ attribute values that are not a valid colour (#RRGGBB[AA]), position (x,y[,z]) or size", count: invalidViz)
        losses.addRecordsOutsideAGraph(of: map, format: "GEXF")
        losses.add("values with a character XML cannot hold (a control character), dropped from the value", count: xml.dropped)
        return ConvertedMap(data: Data(xml.text.utf8), losses: losses.losses)
    }

    private func declare(_ xml: inout XMLWriting, cls: String, columns: [(name: String, type: String)]) {
        guard !columns.isEmpty else { return }
        xml.raw("    <attributes class=\"\(cls)\" mode=\"static\">\n")
        for (index, column) in columns.enumerated() {
            xml.raw("      <attribute id=\"\(index)\" title=\"")
            xml.attribute(column.name)
            xml.raw("\" type=\"\(column.type)\"/>\n")
        }
        xml.raw("    </attributes>\n")
    }

    private func attvalues<Record>(_ xml: inout XMLWriting, columns: [(Record) -> String?], of record: Record) {
        let values = columns.enumerated().compactMap { index, value in value(record).map { (index, $0) } }
        guard !values.isEmpty else { return }
        xml.raw("<attvalues>")
        for (index, value) in values {
            xml.raw("<attvalue for=\"\(index)\" value=\"")
            xml.attribute(value)
            xml.raw("\"/>")
        }
        xml.raw("</attvalues>")
    }

    /// Gephi's visual attributes, from the attributes the reader keeps them in; returns how
    /// many were not valid and so not written.
    private func viz(_ xml: inout XMLWriting, _ attributes: [String: String]) -> Int {
        var invalid = 0
        if let color = attributes["viz_color"], !color.isEmpty {
            guard color.hasPrefix("#"), color.count == 7 || color.count == 9, let value = UInt64(color.dropFirst(), radix: 16) else {
                invalid += 1
                return invalid + viz(&xml, attributes.filter { $0.key != "viz_color" })
            }
            let hasAlpha = color.count == 9
            let shift: UInt64 = hasAlpha ? 8 : 0
            let r = (value >> (16 + shift)) & 0xFF, g = (value >> (8 + shift)) & 0xFF, b = (value >> shift) & 0xFF
            xml.raw("<viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"")
            if hasAlpha { xml.raw(" a=\"\(Tie.text(ofWeight: (Double(value & 0xFF) / 255 * 100).rounded() / 100))\"") }
            xml.raw("/>")
        }
        if let position = attributes["viz_position"], !position.isEmpty {
            let parts = position.split(separator: ",").map(String.init)
            if (2...3).contains(parts.count), parts.allSatisfy({ Double($0) != nil }) {
                xml.raw("<viz:position x=\"\(parts[0])\" y=\"\(parts[1])\"\(parts.count == 3 ? " z=\"\(parts[2])\"" : "")/>")
            } else {
                invalid += 1
            }
        }
        if let size = attributes["viz_size"], !size.isEmpty {
            if Double(size) != nil { xml.raw("<viz:size value=\"\(size)\"/>") } else { invalid += 1 }
        }
        if let shape = attributes["viz_shape"], !shape.isEmpty {
            xml.raw("<viz:shape value=\"")
            xml.attribute(shape)
            xml.raw("\"/>")
        }
        return invalid
    }
}
