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

    /// Whether the same drawing always gives the same picture, byte for byte. Every engine
    /// does except ``fdp`` with clusters: Graphviz 2.43's fdp places boxes differently from
    /// run to run (its own `fdp` program does too, on the same file).
    public func isReproducible(withClusters hasClusters: Bool) -> Bool { !(self == .fdp && hasClusters) }

    /// Maps with group boxes and at most this many nodes are drawn with ``dot`` when no engine
    /// is chosen: reproducible, and under two seconds at this size. Above it dot's crossing
    /// minimisation takes too long (42 s for 1,000 actors in 10 boxes) and ``fdp`` is used.
    public static let layeredMapThreshold = 300

    /// Maps with more nodes than this are drawn with ``sfdp`` when no engine is chosen.
    public static let largeMapThreshold = 2_000

    /// The engine InclusionMap uses when none is chosen:
    /// - with group boxes: ``dot`` up to ``layeredMapThreshold`` nodes, ``fdp`` up to
    ///   ``largeMapThreshold`` (fast, boxes drawn, but see ``isReproducible(withClusters:)``);
    /// - without boxes: ``neato`` up to ``largeMapThreshold``;
    /// - above ``largeMapThreshold``: ``sfdp``, which ignores the boxes (colour still shows
    ///   the groups) because no engine draws them at that size in reasonable time.
    public static func automatic(nodeCount: Int, hasClusters: Bool) -> LayoutEngine {
        if nodeCount > largeMapThreshold { return .sfdp }
        guard hasClusters else { return .neato }
        return nodeCount <= layeredMapThreshold ? .dot : .fdp
    }
}
