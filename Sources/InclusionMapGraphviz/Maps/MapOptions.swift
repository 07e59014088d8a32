import InclusionMap

/// What a map shows and how: the grouping drawn as boxes, what sets node size, colour and
/// shape, who is highlighted, and which actors and ties are left out.
public struct MapOptions: Sendable, Hashable {
    /// The actor column whose values become boxes (`subgraph cluster_*`): `department` by
    /// default, any actor column, or `louvain` for detected communities. With `department`,
    /// departments with a `parent` in departments.csv are drawn nested in their parent's box.
    /// `nil` draws no boxes.
    public var groupColumn: String?
    /// The actor column that sets the fill colour; `nil` means `sector` when any actor has a
    /// sector, the group column otherwise.
    public var colorColumn: String?
    /// The actor column that sets the node shape, the second cue besides colour (`kind` by
    /// default: person ellipse, team box, organisation hexagon, group octagon).
    public var shapeColumn: String
    /// The centrality measure node size follows (area proportional to the value), computed on
    /// the chosen relations before the other filters; `nil` draws every actor the same size.
    public var sizeMetric: CentralityMetric?
    /// Actors drawn with a thick red double outline, e.g. the broker finder's under-used brokers.
    public var highlighted: [String]
    /// Which actors and ties to show.
    public var filter: MapFilter
    /// A title drawn above the legend.
    public var title: String?
    /// Whether the legend is drawn.
    public var showsLegend: Bool
    /// Whether sub-departments are drawn inside their parent department's box.
    public var nestsDepartments: Bool

    public init(
        groupColumn: String? = "department", colorColumn: String? = nil, shapeColumn: String = "kind",
        sizeMetric: CentralityMetric? = .degree, highlighted: [String] = [], filter: MapFilter = MapFilter(),
        title: String? = nil, showsLegend: Bool = true, nestsDepartments: Bool = true
    ) {
        self.nestsDepartments = nestsDepartments
        self.groupColumn = groupColumn
        self.colorColumn = colorColumn
        self.shapeColumn = shapeColumn
        self.sizeMetric = sizeMetric
        self.highlighted = highlighted
        self.filter = filter
        self.title = title
        self.showsLegend = showsLegend
    }
}

/// Which actors and ties a map shows. Filters apply in the order written here.
public struct MapFilter: Sendable, Hashable {
    /// The relations drawn; `nil` for all.
    public var relations: Set<String>?
    /// Ties lighter than this are not drawn (each tie is compared before ties are merged).
    public var minimumWeight: Double?
    /// Only actors in these groups (values of the group column) are shown; `nil` for all.
    public var groups: Set<String>?
    /// Only the actors with the highest values of the size measure (degree when there is
    /// none) are shown, ties broken by actor id; `nil` for all.
    public var topActors: Int?

    public init(relations: Set<String>? = nil, minimumWeight: Double? = nil, groups: Set<String>? = nil, topActors: Int? = nil) {
        self.relations = relations
        self.minimumWeight = minimumWeight
        self.groups = groups
        self.topActors = topActors
    }
}
