import Foundation
import InclusionMap

/// Reads a GML graph (Himsolt 1997: keyed values and nested lists), as NetworkX (`write_gml`), igraph (`write_gml`),
/// Gephi, Cytoscape and yEd write it, into a map.
///
/// - The first `graph [ … ]` is read (a second is named in a warning and not read); its
///   `directed 1` makes every edge an arc.
/// - Nodes: each `node [ … ]` needs an `id`. When every node has a `label` and no two share
///   one, the labels are the actor ids (as NetworkX's `read_gml` does, so a file NetworkX
///   wrote reads back with its node keys); otherwise the ids are the GML ids and a `label` is
///   the actor's name. Other scalar keys are fields as `GraphRecords` reads them (`name`,
///   `department`, `kind` … or free attributes).
/// - Edges: `source` and `target` name node ids; `weight`, else `value` (Newman's and Gephi's
///   files), is the weight; `label` or `relation` the relation; a multigraph's `key` (NetworkX)
///   is dropped; `directed 0` on an edge of a directed graph makes it undirected (as
///   InclusionMap writes a mixed map). Other scalar keys are kept.
/// - Not kept, each counted in a warning: `graphics` and other nested lists (positions,
///   colours), graph-level keys other than `directed` and `multigraph`.
public struct GMLReader: Sendable {
    /// The file's name, for issues.
    public var fileName: String

    /// A reader naming `fileName` in every issue.
    public init(fileName: String = "map.gml") {
        self.fileName = fileName
    }

    /// The map in `text`, and warnings about what was not kept.
    public func read(_ text: String) throws(DatasetError) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        let document = try GMLDocument(text, fileName: fileName)
        let graphs = document.entries.filter { $0.key.lowercased() == "graph" }
        guard let graph = graphs.first, case let .list(entries) = graph.value else {
            throw DatasetError(issues: [DatasetIssue(file: fileName, line: 1, message: "no graph [ … ] in the file; expected a GML graph (graph [ node [ id 0 ] edge [ source 0 target 1 ] ])")])
        }
        var records = GraphRecords(fileName: fileName)
        if graphs.count > 1 {
            records.note("\(graphs.count) graphs in the file; only the first (line \(graph.line)) is read", line: graphs[1].line, severity: .warning)
        }
        var directed = false, isMultigraph = false
        var graphFields: [String] = []
        var nodes: [(entry: GMLDocument.Entry, fields: [GMLDocument.Entry])] = []
        var edges: [(entry: GMLDocument.Entry, fields: [GMLDocument.Entry])] = []
        for entry in entries {
            switch (entry.key.lowercased(), entry.value) {
            case ("node", .list(let fields)): nodes.append((entry, fields))
            case ("edge", .list(let fields)): edges.append((entry, fields))
            case ("directed", let value): directed = value.text == "1"
            case ("multigraph", let value): isMultigraph = value.text == "1"
            case ("node", _), ("edge", _):
                records.note("\(entry.key) is not a list; expected \(entry.key) [ … ]", line: entry.line, column: entry.column)
            default: graphFields.append(entry.key)
            }
        }
        // Ids: the labels when every node has one and they are all different.
        func scalar(_ fields: [GMLDocument.Entry], _ key: String) -> String? {
            fields.first { $0.key.lowercased() == key }?.value.text
        }
        let gmlIDs = nodes.map { scalar($0.fields, "id") }
        let labels = nodes.map { scalar($0.fields, "label") }
        let labelsAreIDs = !nodes.isEmpty && labels.allSatisfy { $0?.isEmpty == false } && Set(labels.compactMap { $0 }).count == nodes.count
        var actorOfGMLID: [String: String] = [:]
        var nestedLists = 0
        for (index, node) in nodes.enumerated() {
            guard let gmlID = gmlIDs[index] else {
                records.note("node without an id; expected id followed by a number", line: node.entry.line, column: node.entry.column)
                continue
            }
            let id = labelsAreIDs ? labels[index]! : gmlID
            var fields: [(name: String, value: String)] = []
            for field in node.fields {
                let key = field.key.lowercased()
                if key == "id" { continue }
                if key == "label" {
                    if !labelsAreIDs, let label = field.value.text { fields.append(("name", label)) }
                    continue
                }
                guard let value = field.value.text else { nestedLists += 1; continue }
                fields.append((field.key, value))
            }
            if actorOfGMLID[gmlID] != nil {
                records.note("node id \(gmlID) is used twice; expected each node id once", line: node.entry.line, column: node.entry.column)
                continue
            }
            actorOfGMLID[gmlID] = id
            records.add(records.actor(id: id, fields: fields, line: node.entry.line), line: node.entry.line)
        }
        for edge in edges {
            var source: String?, target: String?, isDirected = directed
            var fields: [(name: String, value: String)] = []
            var hasWeight = false
            for field in edge.fields {
                let key = field.key.lowercased()
                guard let value = field.value.text else { nestedLists += 1; continue }
                switch key {
                case "source": source = value
                case "target": target = value
                case "key" where isMultigraph: continue
                case "directed": isDirected = directed && value != "0"
                case "weight": hasWeight = true; fields.append(("weight", value))
                case "value": fields.append((hasWeight ? field.key : "weight", value))
                default: fields.append((field.key, value))
                }
            }
            guard let source, let target else {
                records.note("edge without \(source == nil ? "a source" : "a target"); expected source and target node ids", line: edge.entry.line, column: edge.entry.column)
                continue
            }
            guard let from = actorOfGMLID[source], let to = actorOfGMLID[target] else {
                records.note("edge from \(source) to \(target): node \(actorOfGMLID[source] == nil ? source : target) is not in the graph", line: edge.entry.line, column: edge.entry.column)
                continue
            }
            records.add(records.tie(source: from, target: to, isDirected: isDirected, fields: fields, line: edge.entry.line), line: edge.entry.line)
        }
        if nestedLists > 0 {
            records.note("\(nestedLists) nested lists of nodes and edges (graphics: positions, shapes, colours) are not kept", severity: .warning)
        }
        let described = graphFields.filter { !["creator", "version", "comment"].contains($0.lowercased()) }
        if !described.isEmpty {
            let one = described.count == 1
            records.note("graph field\(one ? "" : "s") \(described.map { "\"\($0)\"" }.joined(separator: ", ")) describe\(one ? "s" : "") the whole graph, which a stakeholder map has no place for; \(one ? "it is" : "they are") not kept", severity: .warning)
        }
        let map = try records.map()
        return BipartiteGraph.reading(map, warnings: records.issues.filter { $0.severity == .warning }, fileName: records.fileName)
    }
}
