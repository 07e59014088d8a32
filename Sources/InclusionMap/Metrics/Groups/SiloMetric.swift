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
    /// Expected coordinator count under ``Brokerage``'s random graph (sna's `exp.w_I`).
    case coordinatorExpected = "coordinator_expected"
    /// Expected itinerant count under ``Brokerage``'s random graph (sna's `exp.w_O`).
    case itinerantExpected = "itinerant_expected"
    /// Expected representative count under ``Brokerage``'s random graph (sna's `exp.b_IO`).
    case representativeExpected = "representative_expected"
    /// Expected gatekeeper count under ``Brokerage``'s random graph (sna's `exp.b_OI`).
    case gatekeeperExpected = "gatekeeper_expected"
    /// Expected liaison count under ``Brokerage``'s random graph (sna's `exp.b_O`).
    case liaisonExpected = "liaison_expected"
    /// Expected total brokerage count under ``Brokerage``'s random graph (sna's `exp.t`).
    case brokerageTotalExpected = "brokerage_total_expected"
    /// Standard deviation of the coordinator count under that graph (sna's `sd.w_I`).
    case coordinatorSD = "coordinator_sd"
    /// Standard deviation of the itinerant count under that graph (sna's `sd.w_O`).
    case itinerantSD = "itinerant_sd"
    /// Standard deviation of the representative count under that graph (sna's `sd.b_IO`).
    case representativeSD = "representative_sd"
    /// Standard deviation of the gatekeeper count under that graph (sna's `sd.b_OI`).
    case gatekeeperSD = "gatekeeper_sd"
    /// Standard deviation of the liaison count under that graph (sna's `sd.b_O`).
    case liaisonSD = "liaison_sd"
    /// Standard deviation of the total brokerage count under that graph (sna's `sd.t`).
    case brokerageTotalSD = "brokerage_total_sd"
    /// Z-score of the coordinator count; empty where the deviation is 0 (sna's `z.w_I`).
    case coordinatorZ = "coordinator_z"
    /// Z-score of the itinerant count; empty where the deviation is 0 (sna's `z.w_O`).
    case itinerantZ = "itinerant_z"
    /// Z-score of the representative count; empty where the deviation is 0 (sna's `z.b_IO`).
    case representativeZ = "representative_z"
    /// Z-score of the gatekeeper count; empty where the deviation is 0 (sna's `z.b_OI`).
    case gatekeeperZ = "gatekeeper_z"
    /// Z-score of the liaison count; empty where the deviation is 0 (sna's `z.b_O`).
    case liaisonZ = "liaison_z"
    /// Z-score of the total brokerage count; empty where the deviation is 0 (sna's `z.t`).
    case brokerageTotalZ = "brokerage_total_z"

    /// Whether values are whole numbers (printed without a decimal point).
    public var isCount: Bool {
        switch self {
        case .coordinator, .itinerant, .representative, .gatekeeper, .liaison, .brokerageTotal: return true
        default: return false
        }
    }

    /// What a Gould–Fernandez column holds: the count, its expectation, its standard deviation
    /// or its z-score.
    enum BrokerageStatistic { case count, expected, standardDeviation, zScore }

    /// The brokerage role and statistic of this column, if it is a brokerage column.
    var brokerage: (role: Brokerage.Role, statistic: BrokerageStatistic)? {
        switch self {
        case .coordinator: (.coordinator, .count)
        case .itinerant: (.itinerant, .count)
        case .representative: (.representative, .count)
        case .gatekeeper: (.gatekeeper, .count)
        case .liaison: (.liaison, .count)
        case .brokerageTotal: (.total, .count)
        case .coordinatorExpected: (.coordinator, .expected)
        case .itinerantExpected: (.itinerant, .expected)
        case .representativeExpected: (.representative, .expected)
        case .gatekeeperExpected: (.gatekeeper, .expected)
        case .liaisonExpected: (.liaison, .expected)
        case .brokerageTotalExpected: (.total, .expected)
        case .coordinatorSD: (.coordinator, .standardDeviation)
        case .itinerantSD: (.itinerant, .standardDeviation)
        case .representativeSD: (.representative, .standardDeviation)
        case .gatekeeperSD: (.gatekeeper, .standardDeviation)
        case .liaisonSD: (.liaison, .standardDeviation)
        case .brokerageTotalSD: (.total, .standardDeviation)
        case .coordinatorZ: (.coordinator, .zScore)
        case .itinerantZ: (.itinerant, .zScore)
        case .representativeZ: (.representative, .zScore)
        case .gatekeeperZ: (.gatekeeper, .zScore)
        case .liaisonZ: (.liaison, .zScore)
        case .brokerageTotalZ: (.total, .zScore)
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
    /// The sample bridging betweenness was estimated from, with every value's standard error;
    /// `nil` when it is exact (or not asked for).
    public let bridgingSample: SampledMeasure?

    /// Computes `metrics` on the view `index` of `map` grouped by `grouping`; bridging
    /// betweenness searches from every grouped actor or a sample of them as `paths` says
    /// (``NetworkIndex/bridgingBetweenness(grouping:sampleSize:seed:growth:threads:)``); `progress`
    /// is told of each family of measures as it starts.
    public init(
        index: NetworkIndex, map: StakeholderMap, grouping: Grouping, metrics: [SiloMetric] = SiloMetric.allCases, threads: Int? = nil,
        paths: PathSampling = .exact, progress: ProgressReporter = .silent
    ) {
        var sample: SampledMeasure?
        self.metrics = metrics
        let wanted = Set(metrics)
        var columns: [SiloMetric: [Double?]] = [:]
        progress.step("computing silo-bridging measures")
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
            progress.step("computing bridging betweenness")
            let grouped = grouping.groupOfNode.lazy.filter { $0 >= 0 }.count
            if let (size, seed) = paths.sample(among: grouped, in: index) {
                sample = index.bridgingBetweenness(grouping: grouping, sampleSize: size, seed: seed, growth: paths.growth, threads: threads)
                columns[.bridgingBetweenness] = sample!.values
            } else {
                columns[.bridgingBetweenness] = index.bridgingBetweenness(grouping: grouping, threads: threads)
            }
        }
        if metrics.contains(where: { $0.brokerage != nil }) {
            let brokerage = Brokerage(index: index, grouping: grouping)
            for metric in metrics {
                guard let (role, statistic) = metric.brokerage else { continue }
                columns[metric] = brokerage.actors.map { scores in
                    guard let scores else { return nil }
                    switch statistic {
                    case .count: return Double(scores.count(role))
                    case .expected: return scores.expected(role)
                    case .standardDeviation: return scores.standardDeviation(role)
                    case .zScore: return scores.zScore(role)
                    }
                }
            }
        }
        self.columns = columns.filter { wanted.contains($0.key) }
        self.roles = roles
        bridgingSample = sample
    }

    /// A value as text: whole numbers for counts, the role code (R1–R7) for roles, the shortest
    /// form that reads back to the same Double otherwise, and "" when undefined.
    public func text(_ metric: SiloMetric, row: Int) -> String {
        if metric == .role { return row < roles.count ? roles[row]?.rawValue ?? "" : "" }
        guard let value = columns[metric]?[row] ?? nil else { return "" }
        return metric.isCount ? String(Int(value)) : "\(value)"
    }
}
