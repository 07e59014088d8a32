import Foundation
import InclusionMap
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads GraphML (graphml.graphdrawing.org) as NetworkX, igraph, Gephi and yEd write it.
///
/// - `<key>` declarations give each data key its name (`attr.name`, else the key's id), its
///   type (`boolean`, `int`, `long`, `float`, `double`, `string`) and a `<default>`; keys
///   `for="all"` apply to nodes and edges.
/// - Each `<node>` becomes an actor with its id; its data fields are read as
///   `GraphRecords` says (`name` or `label` → name, `department`, `roles`, …, every other
///   field a free attribute). yEd's `nodegraphics` data give the name from `<y:NodeLabel>`
///   when no other field does.
/// - Each `<edge>` becomes a tie, directed by its `directed` attribute or else the graph's
///   `edgedefault`; a `relation` (else `label`) field names the relation, `weight` weighs it.
///   Parallel edges are kept, as the map keeps repeated ties. An edge `id` is kept as the
///   attribute `id`.
/// - Graph-level data cannot be held by a map: each such field is reported as a warning.
///
/// Nested graphs (a `<graph>` inside a `<node>`) and `<hyperedge>` have no place in a map
/// and are errors naming their line. Every problem is reported at once, with its line and
/// column, and nothing is returned unless the whole file reads.
///
/// Complexity: O(size of the file), one pass with Foundation's streaming `XMLParser`.
public struct GraphMLReader: Sendable {
    /// The file name used in issues.
    public var fileName: String

    /// A reader that names `fileName` in its issues.
    public init(fileName: String = "map.graphml") {
        self.fileName = fileName
    }

    /// The map the GraphML document `data` describes, and the warnings about what it could
    /// not hold.
    ///
    /// - Throws: `DatasetError` with every problem found.
    public func read(_ data: Data) throws(DatasetError) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        try Handler(fileName: fileName).read(data, format: "GraphML")
    }

    /// The streaming handler: a small state machine over elements.
    private final class Handler: GraphDocumentHandler {
        struct Key {
            var name: String
            var type: String
            var domain: String
            var defaultValue: String?
            var yfilesType: String?
        }

        var keys: [String: Key] = [:]
        var graphDepth = 0
        var edgeDefaultDirected = false
        var lostGraphData: Set<String> = []

        // The element being read.
        var nodeID: String?
        var nodeLine = 0
        var edge: (source: String, target: String, directed: Bool?, id: String?, line: Int)?
        var fields: [(name: String, value: String)] = []
        var dataKey: String?
        var dataText = ""
        var keyID: String?
        var inDefault = false
        var defaultText = ""
        var graphicsLabel: String?
        var inGraphicsLabel = false
        var graphicsText = ""

        override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if let namespace = namespaceURI, !namespace.isEmpty, namespace != Self.graphmlNamespace {
                // yEd's graphics: a label inside <y:NodeLabel> or <y:EdgeLabel>.
                if name == "NodeLabel" || name == "EdgeLabel" { inGraphicsLabel = true; graphicsText = "" }
                return
            }
            switch name {
            case "key":
                guard let id = attributes["id"] else { return records.note("a <key> without an id", line: parser.lineNumber) }
                if let earlier = keys[id] {
                    // A second declaration would silently give every value of the key another
                    // name (a person's name read as their department).
                    return fail(parser, "a second <key id=\"\(id)\"> (the first names \"\(earlier.name)\"); expected each key id once")
                }
                keyID = id
                keys[id] = Key(
                    name: attributes["attr.name"] ?? id, type: attributes["attr.type"] ?? "string",
                    domain: attributes["for"] ?? "all", defaultValue: nil, yfilesType: attributes["yfiles.type"])
            case "default":
                inDefault = keyID != nil
                defaultText = ""
            case "graph":
                if nodeID != nil || graphDepth > 0 {
                    return fail(parser, "a nested graph (a <graph> inside a node); a stakeholder map is one graph, so flatten it first")
                }
                if sawGraph {
                    return fail(parser, "a second <graph>; a stakeholder map is one graph, so save each graph as its own file")
                }
                sawGraph = true
                graphDepth += 1
                edgeDefaultDirected = attributes["edgedefault"] == "directed"
            case "node":
                guard let id = attributes["id"] else {
                    return records.note("a <node> without an id; expected id=\"…\"", line: parser.lineNumber, column: parser.columnNumber)
                }
                nodeID = id
                nodeLine = parser.lineNumber
                fields = []
                graphicsLabel = nil
            case "edge":
                guard let source = attributes["source"], let target = attributes["target"] else {
                    return records.note("an <edge> without source and target", line: parser.lineNumber, column: parser.columnNumber)
                }
                var directed: Bool?
                if let value = attributes["directed"] { directed = value == "true" }
                edge = (source, target, directed, attributes["id"], parser.lineNumber)
                fields = []
                graphicsLabel = nil
            case "hyperedge":
                fail(parser, "a <hyperedge> joins more than two nodes; a stakeholder map has ties between two actors only")
            case "data":
                dataKey = attributes["key"]
                dataText = ""
            default:
                break
            }
        }

        override func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inGraphicsLabel { graphicsText += string } else if dataKey != nil { dataText += string } else if inDefault { defaultText += string }
        }

        override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if let namespace = namespaceURI, !namespace.isEmpty, namespace != Self.graphmlNamespace {
                if name == "NodeLabel" || name == "EdgeLabel" {
                    inGraphicsLabel = false
                    let text = graphicsText.trimmingCharacters(in: .whitespacesAndNewlines)
                    if graphicsLabel == nil, !text.isEmpty { graphicsLabel = text }
                }
                return
            }
            switch name {
            case "default":
                if let keyID, inDefault { keys[keyID]?.defaultValue = defaultText }
                inDefault = false
            case "key":
                keyID = nil
            case "data":
                defer { dataKey = nil }
                guard let id = dataKey else { return }
                guard let key = keys[id] else {
                    return records.note("data for the undeclared key \"\(id)\"; expected a <key id=\"\(id)\"> first", line: parser.lineNumber)
                }
                if key.yfilesType != nil { return }  // graphics, resources: read through their labels only
                let value = Self.normalised(dataText, type: key.type)
                if nodeID != nil || edge != nil {
                    fields.append((key.name, value))
                } else {
                    lostGraphData.insert(key.name)
                }
            case "node":
                guard let id = nodeID else { return }
                let line = nodeLine
                withDefaults(for: "node")
                if let label = graphicsLabel, !fields.contains(where: { ["name", "label"].contains($0.name.lowercased()) }) {
                    fields.append(("label", label))
                }
                let actor = records.actor(id: id, fields: fields, line: line)
                records.add(actor, line: line)
                nodeID = nil
            case "edge":
                guard let edge else { return }
                withDefaults(for: "edge")
                if let label = graphicsLabel, !fields.contains(where: { ["relation", "label"].contains($0.name.lowercased()) }) {
                    fields.append(("label", label))
                }
                if let id = edge.id { fields.append(("id", id)) }
                let tie = records.tie(
                    source: edge.source, target: edge.target, isDirected: edge.directed ?? edgeDefaultDirected,
                    fields: fields, line: edge.line)
                records.add(tie, line: edge.line)
                self.edge = nil
            case "graph":
                graphDepth -= 1
            case "graphml":
                for name in lostGraphData.sorted() {
                    records.note("graph data \"\(name)\" describes the whole graph, which a stakeholder map has no place for; it is not kept", severity: .warning)
                }
            default:
                break
            }
        }

        /// Adds the default of every key of `domain` the element did not give.
        private func withDefaults(for domain: String) {
            let given = Set(fields.map(\.name))
            for key in keys.values.sorted(by: { $0.name < $1.name })
            where (key.domain == domain || key.domain == "all") && key.defaultValue != nil && key.yfilesType == nil && !given.contains(key.name) {
                fields.append((key.name, Self.normalised(key.defaultValue!, type: key.type)))
            }
        }

        /// Booleans as `true`/`false` (GraphML writers differ in case); other values as written.
        static func normalised(_ value: String, type: String) -> String {
            guard type == "boolean" else { return value }
            switch value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
            case "true", "1": return "true"
            case "false", "0": return "false"
            default: return value
            }
        }

        static let graphmlNamespace = "http://graphml.graphdrawing.org/xmlns"
    }
}
