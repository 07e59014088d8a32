import CGraphviz
import InclusionMap

/// Builds a cgraph graph from a ``Drawing`` (`agopen`, `agsubg`, `agnode`, `agedge`,
/// `agsafeset`). Call only under the Graphviz lock; the caller closes the graph.
enum GraphBuilder {
    /// The seed written to Graphviz's `start` attribute for engines with a random start.
    static let seed = "1"

    static func build(_ drawing: Drawing, seedFor engine: LayoutEngine) -> UnsafeMutablePointer<Agraph_t>? {
        // Clusters keep their creation order (see inclusionmap_open in the CGraphviz shim).
        guard let graph = withMutable("inclusion_map", { inclusionmap_open($0, drawing.isDirected ? 1 : 0) }) else { return nil }

        // Defaults first: they must exist before any node or edge is made.
        for (name, value) in drawing.nodeDefaults.sorted(by: { $0.key < $1.key }) {
            declare(graph, kind: AGNODE, name: name, value: value)
        }
        for (name, value) in drawing.edgeDefaults.sorted(by: { $0.key < $1.key }) {
            declare(graph, kind: AGEDGE, name: name, value: value)
        }
        // Graph attributes are inherited by clusters made afterwards, so the graph's own label
        // (the legend) is set last, after every cluster exists with its own label.
        var rootAttributes = drawing.attributes
        if engine.needsSeed, rootAttributes["start"] == nil { rootAttributes["start"] = .plain(seed) }
        let lateNames: Set<String> = ["label", "labelloc", "labeljust"]
        for (name, value) in rootAttributes.sorted(by: { $0.key < $1.key }) where !lateNames.contains(name) {
            set(graph, graph, name: name, value: value)
        }

        var clusters: [UnsafeMutablePointer<Agraph_t>] = []
        clusters.reserveCapacity(drawing.clusters.count)
        for (i, cluster) in drawing.clusters.enumerated() {
            let parent = cluster.parent.map { clusters[$0] } ?? graph
            guard let subgraph = withMutable("cluster_\(i)", { agsubg(parent, $0, 1) }) else { return close(graph) }
            var attributes = cluster.attributes
            if attributes["label"] == nil { attributes["label"] = "" }
            for name in lateNames where attributes[name] == nil && rootAttributes[name] != nil {
                attributes[name] = ""
            }
            for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
                set(graph, subgraph, name: name, value: value)
            }
            clusters.append(subgraph)
        }

        var nodes: [UnsafeMutablePointer<Agnode_t>] = []
        nodes.reserveCapacity(drawing.nodes.count)
        for node in drawing.nodes {
            let owner = node.cluster.map { clusters[$0] } ?? graph
            guard let made = withMutable(node.name, { agnode(owner, $0, 1) }) else { return close(graph) }
            for (name, value) in node.attributes.sorted(by: { $0.key < $1.key }) {
                set(graph, made, name: name, value: value)
            }
            nodes.append(made)
        }

        for edge in drawing.edges {
            guard let made = agedge(graph, nodes[edge.tail], nodes[edge.head], nil, 1) else { return close(graph) }
            for (name, value) in edge.attributes.sorted(by: { $0.key < $1.key }) {
                set(graph, made, name: name, value: value)
            }
        }

        for name in lateNames.sorted() {
            if let value = rootAttributes[name] { set(graph, graph, name: name, value: value) }
        }
        return graph
    }

    private static func close(_ graph: UnsafeMutablePointer<Agraph_t>) -> UnsafeMutablePointer<Agraph_t>? {
        agclose(graph)
        return nil
    }

    /// Declares an attribute for every node or edge with a default value.
    private static func declare(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32, name: String, value: Drawing.Value) {
        switch value {
        case .plain(let text):
            withMutable(name) { name in withMutable(text) { _ = agattr(graph, kind, name, $0) } }
        case .html(let text):
            withMutable(name) { name in
                withMutable(text) { text in
                    let html = agstrdup_html(graph, text)
                    _ = agattr(graph, kind, name, html)
                    _ = agstrfree(graph, html)
                }
            }
        }
    }

    /// Sets one attribute of a graph, cluster, node or edge, declaring it (default "") if new.
    private static func set(_ graph: UnsafeMutablePointer<Agraph_t>, _ object: UnsafeMutableRawPointer, name: String, value: Drawing.Value) {
        withMutable(name) { name in
            withMutable("") { empty in
                switch value {
                case .plain(let text):
                    withMutable(text) { _ = agsafeset(object, name, $0, empty) }
                case .html(let text):
                    // An HTML label is a string cgraph marks as HTML; agxset keeps the mark.
                    _ = agsafeset(object, name, empty, empty)
                    guard let symbol = agattrsym(object, name) else { return }
                    withMutable(text) { text in
                        let html = agstrdup_html(graph, text)
                        _ = agxset(object, symbol, html)
                        _ = agstrfree(graph, html)
                    }
                }
            }
        }
    }

    /// Calls `body` with a C string copy of `text` (cgraph's API takes `char *`; it copies).
    ///
    /// Every string handed to Graphviz passes here, so here each character XML 1.0 forbids
    /// (a NUL, which would also end the C string early, or another control), each C1 control
    /// and each bidirectional override becomes a visible `\u{…}` (``XMLText/escaped(_:)``):
    /// the SVG stays well-formed and two node names stay two. Labels have already dropped them
    /// (``LabelText``).
    @discardableResult
    private static func withMutable<T>(_ text: String, _ body: (UnsafeMutablePointer<CChar>) -> T) -> T {
        var bytes = Array(XMLText.escaped(text).utf8CString)
        return bytes.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
    }
}
