import InclusionMap
import InclusionMapGraphviz
import InclusionMapReport

/// One map's analyses as the workbench shows them, computed once when the map is opened:
/// the view, its groups, every centrality measure with percentiles, the broker ranking, the
/// audit and the silo report. Read-only afterwards, so requests share it freely.
///
/// The settings are the command line's defaults (`department` groups, or detected
/// communities when no actor has a department; the last 8 engagements; path sampling
/// automatic), so the numbers the page shows equal `brokers`, `audit`, `silos` and `metrics`
/// on the same input.
struct MapAnalyses: Sendable {
    /// The map as shown: masked, read with the policy, pseudonymised when asked.
    let map: StakeholderMap
    let name: String
    let groupColumn: String
    let summary: MapSummary
    let centrality: CentralityTable
    /// Each metric's percentile rank of each actor, in the table's actor order.
    let percentiles: [CentralityMetric: [Double]]
    let brokers: BrokerFinder
    let audit: UsualSuspects
    let silos: SiloReport
    /// How sure each finding is, from resampled maps as `--confidence` makes them (100
    /// resamples, 10% of ties left out, the map's own non-response rate, seed 1); `nil` for
    /// maps above the configuration's `confidenceActorLimit`, where it would keep the page waiting.
    let confidence: FindingConfidence?
    let warnings: [String]
    /// The masked map before the policy and without pseudonyms, and the policy: what the
    /// report is made from (it applies both itself, as the `report` command does).
    let reportInput: StakeholderMap
    let policy: MissingDataPolicy
    /// The codes every actor is shown under, when the workbench pseudonymises.
    let pseudonyms: Pseudonyms?

    /// The number of recent engagements that measure use, as every command's default.
    static let window = 8
    /// The most actors the whole map draws, and the most whose findings are resampled.
    let drawnActorLimit: Int, confidenceLimit: Int

    /// The id the report knows an actor by, from the id the page shows: the same, unless
    /// pseudonymised (the report makes the same codes from the same map itself).
    func reportID(of shown: String) -> String {
        pseudonyms?.entries.first { $0.code == shown }?.id ?? shown
    }

    init(_ shown: WorkbenchMap, configuration: WorkbenchConfiguration) throws {
        let pseudonymises = configuration.pseudonymises
        drawnActorLimit = configuration.drawnActorLimit
        confidenceLimit = configuration.confidenceActorLimit
        reportInput = shown.prepared.asRead
        policy = shown.prepared.policy
        var map = shown.prepared.analysed
        var asRead = shown.prepared.asRead
        if pseudonymises {
            let pseudonyms = Pseudonyms(for: asRead)
            map = pseudonyms.applied(to: map)
            asRead = pseudonyms.applied(to: asRead)
            self.pseudonyms = pseudonyms
        } else {
            pseudonyms = nil
        }
        let column = map.actors.contains { $0.department != nil } ? "department" : Grouping.louvainColumn
        map = map.rollingUp(column)
        self.map = map
        name = shown.name
        groupColumn = column
        warnings = shown.warnings
        summary = MapSummary(map, asRead: asRead)
        let index = NetworkIndex(map)
        centrality = CentralityTable(index: index, paths: .automatic)
        var percentiles: [CentralityMetric: [Double]] = [:]
        for metric in centrality.metrics { percentiles[metric] = PercentileRanks.of(centrality.columns[metric] ?? []) }
        self.percentiles = percentiles
        brokers = try BrokerFinder(map: map, column: column, window: Self.window)
        audit = UsualSuspects(map: map, options: UsualSuspects.Options(column: column, window: Self.window))
        silos = try SiloReport(map: map, column: column)
        if map.actors.count <= confidenceLimit {
            let rate = Perturbation.observedNonResponse(of: asRead)
            let options = FindingConfidence.Options(
                resamples: 100, perturbation: Perturbation(tieDropout: 0.1, nonResponse: min(rate, 0.95), policy: policy),
                seed: 1, column: column, window: Self.window)
            confidence = try FindingConfidence(map: asRead.rollingUp(column), options: options)
        } else {
            confidence = nil
        }
    }
}
