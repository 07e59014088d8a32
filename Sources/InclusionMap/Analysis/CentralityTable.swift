/// Chosen centrality measures of every node of a ``NetworkIndex``, computed once, as columns
/// aligned with ``NetworkIndex/actorIDs``.
///
/// A value is `nil` where the measure is undefined (eigenvector centrality or PageRank that
/// did not converge).
public struct CentralityTable: Sendable {
    /// The measures, in the order asked for.
    public let metrics: [CentralityMetric]
    /// The actor id of each row.
    public let actorIDs: [String]
    /// Each measure's column.
    public let columns: [CentralityMetric: [Double?]]
    /// The sample betweenness was estimated from, with every value's standard error; `nil`
    /// when it is exact (or not asked for).
    public let betweennessSample: SampledMeasure?
    /// The sample closeness was estimated from (``NetworkIndex/sampledCloseness(sampleSize:seed:threads:)``);
    /// `nil` when it is exact (or not asked for).
    public let closenessSample: SampledMeasure?
    /// The sample harmonic centrality was estimated from
    /// (``NetworkIndex/sampledHarmonicCentrality(sampleSize:seed:threads:)``); `nil` when it is
    /// exact (or not asked for).
    public let harmonicSample: SampledMeasure?

    /// Computes `metrics` on `index`.
    ///
    /// - Parameters:
    ///   - index: the view to measure.
    ///   - metrics: the measures, in the order the table keeps them.
    ///   - threads: threads for betweenness, closeness and harmonic centrality; `nil` for every core.
    ///   - paths: whether betweenness searches from every node (``PathSampling/exact``, the
    ///     default) or estimates from a seeded sample of pivots
    ///     (``NetworkIndex/sampledBetweenness(sampleSize:seed:growth:threads:)``):
    ///     ``PathSampling/automatic`` samples ``PathSampling/automaticSampleSize`` of them when
    ///     the exact work (nodes × (nodes + arcs)) is above ``PathSampling/automaticWork``, and closeness and harmonic centrality from
    ///     as many above ``PathSampling/automaticDistanceLimit`` (one search per source serves
    ///     both).
    ///   - progress: told of each measure as it starts, and how many are done.
    public init(
        index: NetworkIndex, metrics: [CentralityMetric] = CentralityMetric.allCases, threads: Int? = nil,
        paths: PathSampling = .exact, progress: ProgressReporter = .silent
    ) {
        self.metrics = metrics
        actorIDs = index.actorIDs
        var columns: [CentralityMetric: [Double?]] = [:]
        var sample: SampledMeasure?
        var closenessSample: SampledMeasure?, harmonicSample: SampledMeasure?
        // Sampled closeness and harmonic centrality share their searches.
        var distances: (sample: DistanceSample, seed: UInt64)?
        func distanceSample() -> (sample: DistanceSample, seed: UInt64)? {
            guard let (size, seed) = paths.distanceSample(among: index.nodeCount), size < index.nodeCount, index.nodeCount > 2 else { return nil }
            if distances == nil {
                distances = (index.distanceSample(sources: index.pivots(sampleSize: size, seed: seed), threads: threads), seed)
            }
            return distances
        }
        for (done, metric) in metrics.enumerated() {
            progress.step("computing \(metric.rawValue)")
            progress.advance(done, metrics.count)
            switch metric {
            case .degree: columns[metric] = index.degrees().map { Double($0) }
            case .inDegree: columns[metric] = index.inDegrees().map { Double($0) }
            case .outDegree: columns[metric] = index.outDegrees().map { Double($0) }
            case .strength: columns[metric] = index.strengths()
            case .betweenness:
                if let (size, seed) = paths.sample(among: index.nodeCount, in: index) {
                    sample = index.sampledBetweenness(sampleSize: size, seed: seed, growth: paths.growth, threads: threads)
                    columns[metric] = sample!.values
                } else {
                    columns[metric] = index.betweenness(threads: threads)
                }
            case .closeness:
                if let (distances, seed) = distanceSample() {
                    closenessSample = index.closeness(from: distances, seed: seed)
                    columns[metric] = closenessSample!.values
                } else {
                    columns[metric] = index.closeness(threads: threads)
                }
            case .harmonic:
                if let (distances, seed) = distanceSample() {
                    harmonicSample = index.harmonicCentrality(from: distances, seed: seed)
                    columns[metric] = harmonicSample!.values
                } else {
                    columns[metric] = index.harmonicCentrality(threads: threads)
                }
            case .eigenvector:
                columns[metric] = index.eigenvectorCentrality() ?? [Double?](repeating: nil, count: index.nodeCount)
            case .pagerank:
                columns[metric] = index.pageRank() ?? [Double?](repeating: nil, count: index.nodeCount)
            case .clustering: columns[metric] = index.clustering()
            case .core: columns[metric] = index.coreNumbers().map { Double($0) }
            }
        }
        self.columns = columns
        betweennessSample = sample
        self.closenessSample = closenessSample
        self.harmonicSample = harmonicSample
    }

    /// A value as text: whole numbers for counts, the shortest form that reads back to the
    /// same Double otherwise, and "" when undefined.
    public func text(_ metric: CentralityMetric, row: Int) -> String {
        guard let value = columns[metric]?[row] ?? nil else { return "" }
        return metric.isCount ? String(Int(value)) : "\(value)"
    }
}
