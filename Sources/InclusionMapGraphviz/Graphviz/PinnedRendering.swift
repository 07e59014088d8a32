import CGraphviz
import Foundation

extension GraphvizRenderer {
    /// Lays `drawing` out with `engine` and returns where every node and box went, without
    /// rendering: the positions to pin other drawings to with ``render(_:pinnedTo:formats:)``.
    public func layout(_ drawing: Drawing, engine: LayoutEngine) throws(GraphvizError) -> Layout {
        try withGraphvizLock { () throws(GraphvizError) -> Layout in
            guard let context else { throw .contextUnavailable }
            _ = takeMessages()
            _ = agreseterrors()
            guard let graph = GraphBuilder.build(drawing, seedFor: engine) else {
                throw .buildFailed(takeMessages().errors.joined(separator: "; "))
            }
            defer { agclose(graph) }
            srand(1)
            srand48(1)
            guard engine.rawValue.withCString({ gvLayout(context, graph, $0) }) == 0 else {
                throw .layoutFailed(engine, messages: takeMessages().errors)
            }
            defer { gvFreeLayout(context, graph) }
            _ = takeMessages()
            var positions: [String: Layout.Point] = [:]
            for node in drawing.nodes {
                guard let made = node.name.withCString({ agnode(graph, UnsafeMutablePointer(mutating: $0), 0) }) else { continue }
                let point = inclusionmap_node_position(made)
                positions[node.name] = Layout.Point(x: point.x, y: point.y)
            }
            var boxes: [String: Layout.Box] = [:]
            var made: [UnsafeMutablePointer<Agraph_t>?] = []
            for (i, cluster) in drawing.clusters.enumerated() {
                let parent = cluster.parent.flatMap { made[$0] } ?? graph
                let subgraph = "cluster_\(i)".withCString { agsubg(parent, UnsafeMutablePointer(mutating: $0), 0) }
                made.append(subgraph)
                if let subgraph, case let .plain(id)? = cluster.attributes["id"] {
                    boxes[id] = Self.box(inclusionmap_bounding_box(subgraph))
                }
            }
            return Layout(positions: positions, boxes: boxes, boundingBox: Self.box(inclusionmap_bounding_box(graph)))
        }
    }

    /// Renders `drawing` with every node at its place in `layout` and every box (matched by
    /// its `id`) at its corners, in a frame the size of the layout's: Graphviz's `nop2` mode
    /// (`neato -n2`), which keeps the positions and routes the edges.
    ///
    /// - Throws: ``GraphvizError/layoutFailed(_:messages:)`` naming a node `layout` does not place.
    public func render(_ drawing: Drawing, pinnedTo layout: Layout, formats: [OutputFormat]) throws(GraphvizError) -> [Rendering] {
        var pinned = drawing
        let unplaced = drawing.nodes.filter { layout.positions[$0.name] == nil }.map(\.name)
        guard unplaced.isEmpty else {
            throw .layoutFailed(.neato, messages: ["no pinned position for \(unplaced.count) node(s), such as \(unplaced[0]); lay out a drawing that holds every node"])
        }
        for index in pinned.nodes.indices {
            let point = layout.positions[pinned.nodes[index].name]!
            pinned.nodes[index].attributes["pos"] = .plain(String(format: "%.2f,%.2f!", point.x, point.y))
        }
        for index in pinned.clusters.indices {
            guard case let .plain(id)? = pinned.clusters[index].attributes["id"], let box = layout.boxes[id] else { continue }
            pinned.clusters[index].attributes["bb"] = .plain(box.attribute)
        }
        pinned.attributes["bb"] = .plain(layout.boundingBox.attribute)
        // Straight edges: spline routing around pinned nodes and boxes takes seconds even for a
        // hundred actors, where straight lines take milliseconds.
        pinned.attributes["splines"] = "line"
        return try render(pinned, engine: .neato, engineName: "nop2", formats: formats)
    }

    private static func box(_ box: boxf) -> Layout.Box {
        Layout.Box(minX: box.LL.x, minY: box.LL.y, maxX: box.UR.x, maxY: box.UR.y)
    }
}
