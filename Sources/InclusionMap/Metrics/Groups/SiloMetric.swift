/// The node-level silo-bridging measures a ``SiloTable`` can hold, named as the columns of the
/// `metrics` command's CSV output (after the centrality columns).
public enum SiloMetric: String, CaseIterable, Sendable, Hashable {
    /// The actor's E-I index over its ties (``EIIndex/actorValues``).
    case eiIndex = "ei_index"
    /// Burt's constraint (``StructuralHoles/constraint``).
    case constraint
    /// Burt's effective size (``StructuralHoles/effectiveSize``).
    case effectiveSize = "effective_size"
    /// Effective size per contact (``StructuralHoles/efficiency``).
    case efficiency
    /// Burt's hierarchy (``StructuralHoles/hierarchy``).
    case hierarchy
    /// Guimerà–Amaral participation coefficient (``Participation/participation``).
    case participation
    /// Within-module degree z-score (``Participation/withinModuleZ``).
    case withinModuleZ = "within_module_z"
    /// Guimerà–Amaral role class R1–R7 (``Participation/roles``).
    case role
    /// Share of cross-group shortest paths through the actor (``NetworkIndex/bridgingBetweenness(grouping:threads:)``).
    case bridgingBetweenness = "bridging_betweenness"
    /// Gould–Fernandez coordinator count (``Brokerage``).
    case coordinator
    /// Gould–Fernandez itinerant count.
    case itinerant
    /// Gould–Fernandez representative count.
    case representative
    /// Gould–Fernandez gatekeeper count.
    case gatekeeper
    /// Gould–Fernandez liaison count.
    case liaison
    /// All Gould–Fernandez brokerage roles together.
    case brokerageTotal = "brokerage_total"

    /// Whether values are whole numbers (printed without a decimal point).
    public var isCount: Bool {
        switch self {
        case .coordinator, .itinerant, .representative, .gatekeeper, .liaison, .brokerageTotal: return true
        default: return false
        }
    }

    /// The brokerage role this column counts, if it is one.
    var brokerageRole: Brokerage.Role? {
        switch self {
        case .coordinator: .coordinator
        case .itinerant: .itinerant
        case .representative: .representative
        case .gatekeeper: .gatekeeper
        case .liaison: .liaison
        case .brokerageTotal: .total
        default: nil
        }
    }
}

/// Chosen silo-bridging measures of every node of a view for one grouping, computed once, as
/// columns aligned with ``NetworkIndex/actorIDs``. A value is `nil` where it is undefined
/// (isolates for structural holes, ungrouped actors for group measures).
public struct SiloTable: Sendable {
    /// The measures, in the order asked for.
    public let metrics: [SiloMetric]
    /// Each numeric measure's column (every measure but ``SiloMetric/role``).
    public let columns: [SiloMetric: [Double?]]
    /// The role classes, when ``SiloMetric/role`` was asked for.
    public let roles: [Participation.Role?]

    /// Computes `metrics` on the view `index` of `map` grouped by `grouping`.
    public init(index: NetworkIndex, map: StakeholderMap, grouping: Grouping, metrics: [SiloMetric] = SiloMetric.allCases, threads: Int? = nil) {
        self.metrics = metrics
        let wanted = Set(metrics)
        var columns: [SiloMetric: [Double?]] = [:]
        if wanted.contains(.eiIndex) {
            columns[.eiIndex] = EIIndex(index: index, map: map, grouping: grouping).actorValues
        }
        if !wanted.isDisjoint(with: [.constraint, .effectiveSize, .efficiency, .hierarchy]) {
            let holes = StructuralHoles(index: index)
            columns[.constraint] = holes.constraint
            columns[.effectiveSize] = holes.effectiveSize
            columns[.efficiency] = holes.efficiency
            columns[.hierarchy] = holes.hierarchy
        }
        var roles: [Participation.Role?] = []
        if !wanted.isDisjoint(with: [.participation, .withinModuleZ, .role]) {
            let participation = Participation(index: index, grouping: grouping)
            columns[.participation] = participation.participation
            columns[.withinModuleZ] = participation.withinModuleZ
            roles = participation.roles
        }
        if wanted.contains(.bridgingBetweenness) {
            columns[.bridgingBetweenness] = index.bridgingBetweenness(grouping: grouping, threads: threads)
        }
        if metrics.contains(where: { $0.brokerageRole != nil }) {
            let brokerage = Brokerage(index: index, grouping: grouping)
            for metric in SiloMetric.allCases {
                guard let role = metric.brokerageRole else { continue }
                columns[metric] = brokerage.actors.map { $0.map { Double($0.count(role)) } }
            }
        }
        self.columns = columns.filter { wanted.contains($0.key) }
        self.roles = roles
    }

    /// A value as text: whole numbers for counts, the role code (R1–R7) for roles, the shortest
    /// form that reads back to the same Double otherwise, and "" when undefined.
    public func text(_ metric: SiloMetric, row: Int) -> String {
        if metric == .role { return row < roles.count ? roles[row]?.rawValue ?? "" : "" }
        guard let value = columns[metric]?[row] ?? nil else { return "" }
        return metric.isCount ? String(Int(value)) : "\(value)"
    }
}
