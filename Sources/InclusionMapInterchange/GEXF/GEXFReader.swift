import Foundation
import InclusionMap
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads GEXF 1.1, 1.2 and 1.3 (gexf.net), as Gephi and NetworkX (`nx.write_gexf`) write it.
///
/// - `<attributes class="node|edge">` declare attribute columns (`id`, `title`, `type`,
///   `<default>`); each `<attvalue for="id" value="…">` gives a node or edge that column's
///   value, read as `GraphRecords` says by its title (`department`, `roles`, `relation`, …;
///   others free attributes).
/// - A node's `label` is its name (unless it only repeats the id). `viz:color`,
///   `viz:position`, `viz:size` and `viz:shape` are kept as the attributes `viz_color`
///   (`#RRGGBB`, or `#RRGGBBAA` when not opaque), `viz_position` (`x,y[,z]`), `viz_size` and
///   `viz_shape`.
/// - An edge's `type` (`directed`, `undirected`, `mutual` — the last read as undirected)
///   overrides the graph's `defaultedgetype`; `kind`, else a `relation` column, else `label`,
///   names the relation; `weight` weighs it. Edge ids, which GEXF requires, are not kept, nor
///   NetworkX's `networkx_key` column, which only numbers parallel edges.
/// - Time (a dynamic graph): an edge whose `start` and `end` (or single `<spell>`, or
///   `timestamp`) are one instant gets it as its date when it is a `YYYY-MM-DD` date, else as
///   its wave. Other times are kept as the field `period` of the node or edge, its intervals
///   written `start/end` (ISO 8601's form, `..` for an open end) and joined with `; ` when it
///   has several spells. A value that changes over time (an `attvalue` with `start` or `end`)
///   keeps the value listed last as the field, and every value with its interval in the field
///   `<title>_periods` (`Finance 2001/2003; HR 2003/..`). Nothing of the time is dropped.
///
/// Every problem is reported at once with its line; nothing is returned unless the whole
/// file reads.
///
/// Complexity: O(size of the file), one streaming pass.
public struct GEXFReader: Sendable {
    /// The file name used in issues.
    public var fileName: String

    /// A reader that names `fileName` in its issues.
    public init(fileName: String = "map.gexf") {
        self.fileName = fileName
    }

    /// The map the GEXF document `data` describes, and warnings about what it could not hold.
    ///
    /// - Throws: `DatasetError` with every problem found.
    public func read(_ data: Data) throws(DatasetError) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        try Handler(fileName: fileName).read(data, format: "GEXF")
    }

    private final class Handler: GraphDocumentHandler {
        struct Column {
            var title: String
            var defaultValue: String?
        }

        var defaultDirected = false
        var columns: [String: [String: Column]] = ["node": [:], "edge": [:]]
        var attributeClass: String?
        var columnID: String?
        var inDefault = false
        var defaultText = ""
        /// A node's or edge's intervals, and its dynamic values by column title.
        var periods: [String] = []
        var dynamicValues: [(title: String, value: String, period: String)] = []

        var node: (id: String, label: String?, line: Int)?
        var edge: (source: String, target: String, directed: Bool?, kind: String?, label: String?, weight: String?, line: Int)?
        var fields: [(name: String, value: String)] = []
        var instant: String?
        var spells: [(start: String?, end: String?)] = []

        /// An interval as `start/end`, `..` for an open end; a timestamp alone as itself.
        static func period(start: String?, end: String?) -> String {
            if let start, start == end { return start }
            return "\(start ?? "..")/\(end ?? "..")"
        }

        /// The node's or edge's own times (`start`/`end`/`timestamp` attributes), if any.
        static func ownPeriod(_ attributes: [String: String]) -> String? {
            if let timestamp = attributes["timestamp"] { return timestamp }
            guard attributes["start"] != nil || attributes["end"] != nil else { return nil }
            return period(start: attributes["start"], end: attributes["end"])
        }

        /// Adds the `period` field and the dynamic values (the last listed as the field, all
        /// with their intervals under `<title>_periods`).
        func addTimes() {
            if !periods.isEmpty { fields.append(("period", periods.joined(separator: "; "))) }
            var order: [String] = []
            var byTitle: [String: [(value: String, period: String)]] = [:]
            for entry in dynamicValues {
                if byTitle[entry.title] == nil { order.append(entry.title) }
                byTitle[entry.title, default: []].append((entry.value, entry.period))
            }
            for title in order {
                let values = byTitle[title]!
                fields.removeAll { $0.name == title }
                fields.append((title, values.last!.value))
                fields.append((title + "_periods", values.map { "\($0.value) \($0.period)" }.joined(separator: "; ")))
            }
            periods = []
            dynamicValues = []
        }

        override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let isViz = namespaceURI?.contains("viz") == true || qualifiedName?.hasPrefix("viz:") == true
            if isViz {
                guard node != nil else { return }
                switch name {
                case "color":
                    let hex = { (key: String) in String(format: "%02X", Int(attributes[key] ?? "0") ?? 0) }
                    var color = "#" + hex("r") + hex("g") + hex("b")
                    if let alpha = attributes["a"].flatMap(Double.init), alpha < 1 { color += String(format: "%02X", Int((alpha * 255).rounded())) }
                    if attributes["hex"] != nil { color = attributes["hex"]! }
                    fields.append(("viz_color", color))
                case "position":
                    let parts = ["x", "y", "z"].compactMap { attributes[$0] }
                    fields.append(("viz_position", parts.joined(separator: ",")))
                case "size": if let value = attributes["value"] { fields.append(("viz_size", value)) }
                case "shape": if let value = attributes["value"] { fields.append(("viz_shape", value)) }
                default: break
                }
                return
            }
            switch name {
            case "graph":
                if sawGraph { return fail(parser, "a second <graph>; expected one graph per file") }
                sawGraph = true
                if let name = attributes["name"], !name.isEmpty {
                    records.note("the graph's name \"\(name)\" describes the whole graph, which a stakeholder map has no place for; it is not kept", severity: .warning)
                }
                defaultDirected = attributes["defaultedgetype"] != "undirected" && attributes["defaultedgetype"] != "mutual"
                if attributes["defaultedgetype"] == nil { defaultDirected = false }
            case "attributes":
                attributeClass = attributes["class"] ?? "node"
            case "attribute":
                guard let cls = attributeClass, let id = attributes["id"] else { return }
                columnID = id
                columns[cls, default: [:]][id] = Column(title: attributes["title"] ?? id, defaultValue: nil)
            case "default":
                inDefault = columnID != nil
                defaultText = ""
            case "node":
                if let parent = node {
                    // Read as before, the parent vanished without a word when its children ended.
                    return fail(parser, "a <node> inside node \"\(parent.id)\" (a GEXF hierarchy); a stakeholder map is flat, so flatten it first: each child its own node, its parent in an attribute")
                }
                guard let id = attributes["id"] else {
                    return records.note("a <node> without an id; expected id=\"…\"", line: parser.lineNumber, column: parser.columnNumber)
                }
                node = (id, attributes["label"], parser.lineNumber)
                fields = []
                periods = Self.ownPeriod(attributes).map { [$0] } ?? []
                dynamicValues = []
            case "edge":
                guard let source = attributes["source"], let target = attributes["target"] else {
                    return records.note("an <edge> without source and target", line: parser.lineNumber, column: parser.columnNumber)
                }
                var directed: Bool?
                switch attributes["type"] {
                case "directed": directed = true
                case "undirected", "mutual": directed = false
                default: directed = nil
                }
                edge = (source, target, directed, attributes["kind"], attributes["label"], attributes["weight"], parser.lineNumber)
                fields = []
                spells = []
                periods = []
                dynamicValues = []
                instant = attributes["timestamp"]
                if attributes["start"] != nil || attributes["end"] != nil { spells.append((attributes["start"], attributes["end"])) }
            case "spell":
                if edge != nil {
                    spells.append((attributes["start"] ?? attributes["timestamp"], attributes["end"] ?? attributes["timestamp"]))
                } else if node != nil {
                    periods.append(Self.period(start: attributes["start"] ?? attributes["timestamp"], end: attributes["end"] ?? attributes["timestamp"]))
                }
            case "attvalue":
                let cls = edge != nil ? "edge" : "node"
                guard node != nil || edge != nil, let id = attributes["for"] ?? attributes["id"] else { return }
                guard let column = columns[cls]?[id] else {
                    return records.note("a value for the undeclared \(cls) attribute \"\(id)\"", line: parser.lineNumber)
                }
                if column.title == "networkx_key" { return }
                if let period = Self.ownPeriod(attributes) {
                    dynamicValues.append((column.title, attributes["value"] ?? "", period))
                } else {
                    fields.append((column.title, attributes["value"] ?? ""))
                }
            default:
                break
            }
        }

        override func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inDefault { defaultText += string }
        }

        override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if namespaceURI?.contains("viz") == true { return }
            switch name {
            case "default":
                if let columnID, let cls = attributeClass, inDefault { columns[cls]?[columnID]?.defaultValue = defaultText }
                inDefault = false
            case "attribute":
                columnID = nil
            case "attributes":
                attributeClass = nil
            case "node":
                guard let current = node else { return }
                addDefaults("node")
                addTimes()
                if let label = current.label, label != current.id, !fields.contains(where: { $0.name.lowercased() == "name" }) {
                    fields.insert(("name", label), at: 0)
                }
                let actor = records.actor(id: current.id, fields: fields, line: current.line)
                records.add(actor, line: current.line)
                node = nil
            case "edge":
                guard let current = edge else { return }
                addDefaults("edge")
                if let kind = current.kind { fields.insert(("relation", kind), at: 0) }
                if let label = current.label { fields.append(("label", label)) }
                if let weight = current.weight { fields.append(("weight", weight)) }
                if let time = singleInstant() {
                    fields.append((CalendarDate(parsing: time) != nil ? "date" : "wave", time))
                } else {
                    periods = spells.map { Self.period(start: $0.start, end: $0.end) } + (instant.map { [$0] } ?? [])
                }
                addTimes()
                let tie = records.tie(source: current.source, target: current.target, isDirected: current.directed ?? defaultDirected, fields: fields, line: current.line)
                records.add(tie, line: current.line)
                edge = nil
            default:
                break
            }
        }

        /// The edge's one instant: a timestamp, or a single spell or start/end whose ends agree.
        private func singleInstant() -> String? {
            if let instant, spells.isEmpty { return instant }
            guard spells.count == 1, let start = spells[0].start, start == spells[0].end ?? start, instant == nil else { return nil }
            return spells[0].end == nil && spells[0].start != nil ? nil : start
        }

        private func addDefaults(_ cls: String) {
            let given = Set(fields.map(\.name))
            for column in (columns[cls] ?? [:]).values.sorted(by: { $0.title < $1.title })
            where column.defaultValue != nil && !given.contains(column.title) && column.title != "networkx_key" {
                fields.append((column.title, column.defaultValue!))
            }
        }
    }
}
