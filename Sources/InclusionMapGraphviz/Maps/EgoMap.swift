import InclusionMap

extension NetworkMap {
    /// One actor and everyone within `depth` ties of it (either direction, chosen relations),
    /// drawn without boxes in rings around the ego (``LayoutEngine/twopi`` with the ego as root).
    /// Other filters apply too; the ego is always shown and highlighted.
    func egoDrawing(of map: StakeholderMap, actor ego: String, depth: Int) throws(MapError) -> Drawing {
        guard depth >= 1 else { throw .invalidOption("the ego map's depth must be at least 1, not \(depth)") }
        guard let egoActor = map.actor(withID: ego) else { throw .unknownActor(ego, role: "the ego") }
        try checkHighlights(in: map)
        var options = options
        if !options.highlighted.contains(ego) { options.highlighted.append(ego) }
        if options.title == nil { options.title = "Within \(depth) tie\(depth == 1 ? "" : "s") of \(egoActor.displayName)" }
        var selection = try MapSelection(map: map, options: options)
        let index = selection.index
        let start = index.node(of: ego)!

        // Breadth-first search over ties in either direction.
        var distance = [Int](repeating: -1, count: index.nodeCount)
        distance[Int(start)] = 0
        var frontier = [start]
        for level in 1...depth where !frontier.isEmpty {
            var next: [Int32] = []
            for node in frontier {
                for neighbour in index.outNeighbours(of: node) where distance[Int(neighbour)] < 0 {
                    distance[Int(neighbour)] = level
                    next.append(neighbour)
                }
                if index.isDirected {
                    for neighbour in index.inNeighbours(of: node) where distance[Int(neighbour)] < 0 {
                        distance[Int(neighbour)] = level
                        next.append(neighbour)
                    }
                }
            }
            frontier = next
        }
        for node in selection.shown.indices {
            selection.shown[node] = selection.shown[node] && distance[node] >= 0
        }
        selection.shown[Int(start)] = true

        var drawing = Drawing(
            isDirected: true, attributes: Self.commonAttributes, nodeDefaults: Self.commonNodeDefaults,
            edgeDefaults: Self.commonEdgeDefaults)
        drawing.attributes["root"] = .plain(ego)
        drawing.attributes["ranksep"] = "1.1"
        // The ego first.
        let order = [Int(start)] + selection.shown.indices.filter { selection.shown[$0] && $0 != Int(start) }
        Self.drawActors(order, selection: selection, options: options, boxes: false, into: &drawing) { _ in nil }
        return drawing
    }
}
