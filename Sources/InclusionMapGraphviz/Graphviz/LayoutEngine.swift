/// A Graphviz layout program.
///
/// Only ``dot`` and ``fdp`` draw clusters (the boxes around groups); the others lay out the
/// nodes and ignore the boxes. ``LayoutEngine/automatic(nodeCount:edgeCount:hasClusters:)`` picks one by size.
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

    /// Whether the same drawing always gives the same picture. Every engine does except
    /// ``fdp``, which in Graphviz 2.43 places nodes and boxes differently from run to run
    /// (its own `fdp` program does too, on the same file, even with `maxiter=0`), so this is
    /// `false` for fdp with clusters, the only way InclusionMap chooses it.
    /// ``sfdp`` pictures are the same, but one run in a few prints a coordinate 0.01 pt apart.
    public func isReproducible(withClusters hasClusters: Bool) -> Bool { !(self == .fdp && hasClusters) }

    /// Maps with group boxes, at most this many nodes and a mean degree of at most
    /// ``layeredMapMeanDegree`` are drawn with ``dot`` when no engine is chosen:
    /// reproducible, and under two seconds at this size. Larger maps take dot too long (42 s
    /// for 1,000 actors in 10 boxes) and denser ones become a tangle of long flat edges.
    public static let layeredMapThreshold = 300

    /// The densest map (lines per node × 2) drawn with ``dot`` automatically.
    public static let layeredMapMeanDegree = 8.0

    /// Maps with more nodes than this are drawn with ``sfdp`` when no engine is chosen.
    public static let largeMapThreshold = 2_000

    /// The engine InclusionMap uses when none is chosen:
    /// - with group boxes: ``dot`` for small sparse maps (``layeredMapThreshold``,
    ///   ``layeredMapMeanDegree``), otherwise ``fdp`` up to ``largeMapThreshold`` (fast and
    ///   readable, boxes drawn, but see ``isReproducible(withClusters:)``);
    /// - without boxes: ``neato`` up to ``largeMapThreshold``;
    /// - above ``largeMapThreshold``: ``sfdp``, which ignores the boxes (colour still shows
    ///   the groups) because no engine draws them at that size in reasonable time.
    public static func automatic(nodeCount: Int, edgeCount: Int = 0, hasClusters: Bool) -> LayoutEngine {
        if nodeCount > largeMapThreshold { return .sfdp }
        guard hasClusters else { return .neato }
        let meanDegree = nodeCount == 0 ? 0 : 2 * Double(edgeCount) / Double(nodeCount)
        return nodeCount <= layeredMapThreshold && meanDegree <= layeredMapMeanDegree ? .dot : .fdp
    }
}
