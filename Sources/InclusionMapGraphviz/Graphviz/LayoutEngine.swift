/// A Graphviz layout program.
///
/// Only ``dot`` and ``fdp`` draw clusters (the boxes around groups); the others lay out the
/// nodes and ignore the boxes. ``automatic(nodeCount:hasClusters:)`` picks one by size.
public enum LayoutEngine: String, CaseIterable, Sendable, Hashable {
    /// Layered (hierarchical) drawing; draws clusters. Best for directed maps and nested groups.
    case dot
    /// Spring model (stress majorisation); good for small undirected maps.
    case neato
    /// Force-directed, with clusters drawn as boxes.
    case fdp
    /// Multiscale force-directed; the choice for large maps. Ignores clusters.
    case sfdp
    /// Circular layout, one circle per biconnected component.
    case circo
    /// Radial layout around a root node; used for ego maps.
    case twopi

    /// Whether the engine draws `cluster_*` subgraphs as boxes.
    public var drawsClusters: Bool { self == .dot || self == .fdp }

    /// Whether the engine places nodes from a random start, so needs a fixed seed to be
    /// deterministic (the renderer sets Graphviz's `start` attribute).
    public var needsSeed: Bool { self == .neato || self == .fdp || self == .sfdp }

    /// Maps with more nodes than this are drawn with ``sfdp`` when no engine is chosen.
    public static let largeMapThreshold = 2_000

    /// The engine InclusionMap uses when none is chosen: ``fdp`` for maps with group boxes
    /// (force-directed, so ties, not ranks, decide where actors go), ``neato`` for small maps
    /// without boxes, and ``sfdp`` above ``largeMapThreshold`` nodes, where the boxes are
    /// dropped because no engine draws them at that size in reasonable time.
    public static func automatic(nodeCount: Int, hasClusters: Bool) -> LayoutEngine {
        if nodeCount > largeMapThreshold { return .sfdp }
        return hasClusters ? .fdp : .neato
    }
}
