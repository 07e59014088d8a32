/// A graph ready for Graphviz: nodes, edges and nested clusters, each with Graphviz
/// attributes. Pure Swift; ``GraphvizRenderer`` turns it into cgraph calls.
///
/// Values are handed to Graphviz as they are, never parsed as DOT, so no value can inject
/// attributes. Graphviz still reads escape sequences (`\N`, `\n`, `\l`) and HTML entities
/// inside labels: build every label from user text with ``LabelText/plain(_:)``.
public struct Drawing: Sendable, Hashable {
    /// An attribute value: plain text, or an HTML-like label (Graphviz's `<...>` labels).
    public enum Value: Sendable, Hashable, ExpressibleByStringLiteral {
        case plain(String)
        case html(String)

        public init(stringLiteral value: String) { self = .plain(value) }
    }

    /// Attributes by Graphviz attribute name.
    public typealias Attributes = [String: Value]

    /// A node. Its `name` is its key in the graph (the actor id, or a group name).
    public struct Node: Sendable, Hashable {
        public var name: String
        /// The index in ``Drawing/clusters`` of the innermost cluster holding the node.
        public var cluster: Int?
        public var attributes: Attributes

        public init(name: String, cluster: Int? = nil, attributes: Attributes = [:]) {
            self.name = name
            self.cluster = cluster
            self.attributes = attributes
        }
    }

    /// An edge between two nodes, by their positions in ``Drawing/nodes``.
    public struct Edge: Sendable, Hashable {
        public var tail: Int
        public var head: Int
        public var attributes: Attributes

        public init(tail: Int, head: Int, attributes: Attributes = [:]) {
            self.tail = tail
            self.head = head
            self.attributes = attributes
        }
    }

    /// A box around nodes (a `subgraph cluster_*`), possibly inside another cluster.
    public struct Cluster: Sendable, Hashable {
        /// The index in ``Drawing/clusters`` of the enclosing cluster; it must come earlier.
        public var parent: Int?
        public var attributes: Attributes

        public init(parent: Int? = nil, attributes: Attributes = [:]) {
            self.parent = parent
            self.attributes = attributes
        }
    }

    /// Whether edges have a direction (undirected edges in a directed drawing use `dir=none`).
    public var isDirected: Bool
    /// Attributes of the whole graph.
    public var attributes: Attributes
    /// Defaults for every node.
    public var nodeDefaults: Attributes
    /// Defaults for every edge.
    public var edgeDefaults: Attributes
    public var nodes: [Node]
    public var edges: [Edge]
    public var clusters: [Cluster]

    public init(
        isDirected: Bool = true, attributes: Attributes = [:], nodeDefaults: Attributes = [:],
        edgeDefaults: Attributes = [:], nodes: [Node] = [], edges: [Edge] = [], clusters: [Cluster] = []
    ) {
        self.isDirected = isDirected
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
    }
}
