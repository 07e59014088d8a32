import Foundation
import InclusionMap

/// Node-link JSON: the shape `networkx.node_link_data` writes and `networkx.node_link_graph`
/// and D3's force layouts read.
///
/// ```json
/// {"directed": false, "multigraph": false, "graph": {},
///  "nodes": [{"id": "eh07", "name": "Samira Haddad", "department": "early-help"}],
///  "edges": [{"source": "eh07", "target": "ho02", "relation": "advice", "weight": 2}]}
/// ```
///
/// Reading: node ids may be strings or numbers; the list of ties is `edges` (NetworkX 3.4
/// and later) or `links` (earlier NetworkX, D3). Each node's and edge's other fields are read
/// as ``GraphRecords`` says; numbers and booleans become text, and a nested value is kept as
/// its JSON text. `directed` sets every tie's direction unless an edge has its own `directed`
/// field. `graph` fields cannot be held by a map and are reported as warnings; `key`, which
/// numbers parallel edges, is dropped.
///
/// Writing: `directed` is true when any tie is directed (undirected ties in such a map carry
/// `"directed": false`, which this library reads back and the loss report mentions);
/// `multigraph` is true when two ties join the same pair, and then each edge has a `key`.
/// Actor fields and free attributes are written as strings (consent as a boolean), the
/// weight as a number; departments, engagements and attendance are counted in the loss report.
public enum NodeLinkJSON {
    /// The map a node-link document describes, and warnings about what it could not hold.
    ///
    /// - Throws: `DatasetError` with every problem found.
    public static func read(_ data: Data, fileName: String = "map.json") throws(DatasetError) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        var records = GraphRecords(fileName: fileName)
        // Parsed with the place of every value, so each problem says where it is.
        let document: JSONDocument
        do {
            document = try JSONDocument(data)
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: fileName, line: error.line, column: error.column, message: "not valid JSON: \(error.message)")])
        }
        func fail(_ message: String, at node: JSONDocument.Node) -> DatasetError {
            DatasetError(issues: [DatasetIssue(file: fileName, line: node.line, column: node.column, message: message)])
        }
        guard case .object(let members) = document.root.value else {
            throw fail("expected a JSON object with nodes and edges; found \(document.root.value.kind)", at: document.root)
        }
        func member(_ key: String) -> JSONDocument.Node? { members.first { $0.key == key }?.node }
        var directed = false
        if let node = member("directed") {
            guard case .bool(let value) = node.value else { throw fail("directed: expected true or false; found \(node.value.kind)", at: node) }
            directed = value
        }
        guard let nodesNode = member("nodes") else {
            throw fail("nodes: missing; expected a list of nodes", at: document.root)
        }
        guard case .array(let nodes) = nodesNode.value else {
            throw fail("nodes: expected a list of nodes; found \(nodesNode.value.kind)", at: nodesNode)
        }
        for (index, node) in nodes.enumerated() {
            guard case .object(let fields) = node.value, let idNode = fields.first(where: { $0.key == "id" })?.node, let id = text(idNode.value) else {
                records.note("nodes[\(index)]: expected an object with an id", line: node.line, column: node.column)
                continue
            }
            let values = fields.filter { $0.key != "id" }.sorted { $0.key < $1.key }.map { (name: $0.key, value: text($0.node.value) ?? "") }
            records.add(records.actor(id: id, fields: values, line: node.line), line: node.line, column: node.column)
        }
        let edgeKey = member("edges") != nil ? "edges" : "links"
        var edges: [JSONDocument.Node] = []
        if let edgesNode = member(edgeKey) {
            guard case .array(let list) = edgesNode.value else {
                throw fail("\(edgeKey): expected a list of edges; found \(edgesNode.value.kind)", at: edgesNode)
            }
            edges = list
        }
        for (index, edge) in edges.enumerated() {
            guard case .object(let fields) = edge.value,
                  let source = fields.first(where: { $0.key == "source" }).flatMap({ text($0.node.value) }),
                  let target = fields.first(where: { $0.key == "target" }).flatMap({ text($0.node.value) }) else {
                records.note("\(edgeKey)[\(index)]: expected an object with a source and a target", line: edge.line, column: edge.column)
                continue
            }
            let values = fields.filter { !["source", "target", "key"].contains($0.key) }.sorted { $0.key < $1.key }
                .map { (name: $0.key, value: text($0.node.value) ?? "") }
            records.add(records.tie(source: source, target: target, isDirected: directed, fields: values, line: edge.line), line: edge.line)
        }
        if let graph = member("graph"), case .object(let fields) = graph.value {
            for name in fields.map(\.key).sorted() {
                records.note("graph field \"\(name)\" describes the whole graph, which a stakeholder map has no place for; it is not kept", severity: .warning)
            }
        }
        let map = try records.map()
        return BipartiteGraph.reading(map, warnings: records.issues.filter { $0.severity == .warning }, fileName: records.fileName)
    }

    /// A parsed JSON value as text, as the public `text(_:)` gives its Foundation form.
    static func text(_ value: JSONDocument.Value) -> String? {
        text(value.foundationObject)
    }

    /// The node-link JSON of `map` and what it could not hold.
    public static func write(_ map: StakeholderMap) -> ConvertedMap {
        var losses = LossTally()
        let directed = map.ties.contains(where: \.isDirected)
        var pairCounts: [[String]: Int] = [:]
        for tie in map.ties { pairCounts[pairKey(tie, directed), default: 0] += 1 }
        let multigraph = pairCounts.values.contains { $0 > 1 }
        let nodes: [[String: Any]] = map.actors.map { actor in
            var node: [String: Any] = ["id": actor.id]
            for field in Actor.knownFields {
                guard let value = actor.datasetValue(ofColumn: field) else { continue }
                node[field] = Actor.booleanFields.contains(field) ? (value == "true") as Any : value
            }
            for (name, value) in actor.attributes where node[name] == nil { node[name] = value }
            return node
        }
        var keys: [[String]: Int] = [:]
        let edges: [[String: Any]] = map.ties.map { tie in
            var edge: [String: Any] = ["source": tie.source, "target": tie.target, "relation": tie.relation, "weight": tie.weight]
            if directed && !tie.isDirected { edge["directed"] = false }
            if multigraph {
                let pair = pairKey(tie, directed)
                edge["key"] = keys[pair, default: 0]
                keys[pair, default: 0] += 1
            }
            for field in ["wave", "date", "source_of_evidence"] {
                if let value = tie.datasetValue(ofColumn: field) { edge[field] = value }
            }
            for (name, value) in tie.attributes where edge[name] == nil { edge[name] = value }
            return edge
        }
        let document: [String: Any] = ["directed": directed, "multigraph": multigraph, "graph": [String: Any](), "nodes": nodes, "edges": edges]
        // Strings, numbers and booleans only: serialisation cannot fail.
        let data = try! JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        if directed {
            losses.add("undirected ties in a graph with directed ties: kept as \"directed\": false for InclusionMap, read as directed by NetworkX", count: map.ties.count { !$0.isDirected })
        }
        losses.addRecordsOutsideAGraph(of: map, format: "node-link JSON")
        return ConvertedMap(data: data, losses: losses.losses)
    }

    /// The pair an edge key numbers: ordered as written in a directed document (NetworkX
    /// reads every edge of one as an arc), unordered in an undirected one.
    private static func pairKey(_ tie: Tie, _ directedDocument: Bool) -> [String] {
        directedDocument ? [tie.source, tie.target] : [tie.source, tie.target].sorted()
    }

    /// A JSON value as text: strings as they are, whole numbers without a point, booleans as
    /// true/false, anything else as its JSON text; `nil` for null.
    public static func text(_ value: Any) -> String? {
        switch value {
        case is NSNull: return nil
        case let string as String: return string
        case let number as NSNumber:
            // JSONSerialization gives booleans as NSNumbers of C type `char`.
            if String(cString: number.objCType) == "c" { return number.boolValue ? "true" : "false" }
            let double = number.doubleValue
            if double == double.rounded(), abs(double) < 1e15 { return String(Int64(double)) }
            return String(double)
        default:
            guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
