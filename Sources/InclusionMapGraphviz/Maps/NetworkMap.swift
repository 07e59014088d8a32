import InclusionMap

/// A picture of a stakeholder map: the whole network with groups as boxes, one actor's
/// neighbourhood, or the groups themselves and the ties between them.
///
/// ```swift
/// let picture = NetworkMap(.whole, options: MapOptions(highlighted: ["eh07"]))
/// let svg = try picture.render(map, format: .svg).text
/// ```
public struct NetworkMap: Sendable, Hashable {
    /// Which picture.
    public enum Kind: Sendable, Hashable {
        /// Every shown actor, in a box per group (nested departments in nested boxes).
        case whole
        /// One actor and everyone within `depth` ties of it, in either direction, in rings.
        case ego(actor: String, depth: Int)
        /// One node per group, sized by its actor count, and an edge per linked pair of groups
        /// with width and label by the number of ties between them: how siloed the map is.
        case silo
    }

    /// Which picture.
    public var kind: Kind
    /// How it is drawn: grouping, colours, shapes, sizes, filters.
    public var options: MapOptions

    /// A picture of `kind` drawn with `options`.
    public init(_ kind: Kind = .whole, options: MapOptions = MapOptions()) {
        self.kind = kind
        self.options = options
    }

    /// The drawing of `map`, ready for ``GraphvizRenderer``.
    ///
    /// The map is masked first (`ConsentMask`): an actor whose consent is false is drawn
    /// under its code (`withheld-1`), never its id or name, in the label, the SVG `id`, the
    /// tooltip and the DOT text. The ego and highlighted actors may be given by original id
    /// or by code. A group, colour or shape column that identifies people
    /// (`StakeholderMap.columnIdentifiesActors(_:)`) is refused.
    public func drawing(of map: StakeholderMap) throws(MapError) -> Drawing {
        let mask = ConsentMask(for: map)
        let map = mask.applied(to: map)
        var picture = self
        picture.options.highlighted = options.highlighted.map(mask.shown)
        try picture.checkLabelColumns(in: map)
        switch kind {
        case .whole: return try picture.wholeDrawing(of: map)
        case let .ego(actor, depth): return try picture.egoDrawing(of: map, actor: mask.shown(actor), depth: depth)
        case .silo: return try picture.siloDrawing(of: map)
        }
    }

    /// Refuses group, colour and shape columns that would write what identifies people on
    /// the map.
    private func checkLabelColumns(in map: StakeholderMap) throws(MapError) {
        let hasColumn = { (column: String) in map.actors.contains { $0.value(ofColumn: column) != nil } }
        if let column = options.groupColumn, column != Grouping.louvainColumn || hasColumn(column), map.columnIdentifiesActors(column) {
            throw .identifyingColumn(column, role: "the group column")
        }
        if let column = options.colorColumn, map.columnIdentifiesActors(column) {
            throw .identifyingColumn(column, role: "the colour column")
        }
        if map.columnIdentifiesActors(options.shapeColumn) {
            throw .identifyingColumn(options.shapeColumn, role: "the shape column")
        }
    }

    /// The engine used when none is chosen: ``LayoutEngine/twopi`` for ego maps (rings by
    /// distance), ``LayoutEngine/neato`` for silo maps, and for the whole map
    /// ``LayoutEngine/automatic(nodeCount:edgeCount:hasClusters:)``.
    public func automaticEngine(for drawing: Drawing) -> LayoutEngine {
        switch kind {
        case .ego: return .twopi
        case .silo: return .neato
        case .whole: return .automatic(nodeCount: drawing.nodes.count, edgeCount: drawing.edges.count, hasClusters: !drawing.clusters.isEmpty)
        }
    }

    /// Draws `map` and renders it, with `engine` or the automatic choice.
    ///
    /// - Throws: ``MapError`` when the map cannot be drawn as asked, ``GraphvizError`` when
    ///   Graphviz fails.
    public func render(
        _ map: StakeholderMap, format: OutputFormat, engine: LayoutEngine? = nil, renderer: GraphvizRenderer = .shared
    ) throws -> Rendering {
        let drawing = try drawing(of: map)
        return try renderer.render(drawing, engine: engine ?? automaticEngine(for: drawing), format: format)
    }

    /// Draws `map`, lays it out once and renders that layout in each of `formats`, in order.
    ///
    /// - Throws: as ``render(_:format:engine:renderer:)``.
    public func render(
        _ map: StakeholderMap, formats: [OutputFormat], engine: LayoutEngine? = nil, renderer: GraphvizRenderer = .shared
    ) throws -> [Rendering] {
        let drawing = try drawing(of: map)
        return try renderer.render(drawing, engine: engine ?? automaticEngine(for: drawing), formats: formats)
    }
}
