import Foundation

/// Whether a shortest-path measure searches from every actor or from a seeded sample of them.
///
/// Exact betweenness-type measures run one search per source, O(n·m) in all; from k sources
/// drawn at random the sums are unbiased estimates at O(k·m) (Brandes & Pich 2007, "Centrality
/// estimation in large networks", *International Journal of Bifurcation and Chaos* 17,
/// 2303–2318). ``automatic`` keeps every result exact while the estimated work of the exact
/// run — sources × (actors + arcs), one breadth-first search per source — is at most
/// ``automaticWork`` (about 30 s on two cores), and above it samples ``automaticSampleSize``
/// sources, then doubles the sample while its estimates are less accurate than
/// stated (``growth``, ``SampleGrowth/automatic``: a median standard error of 25% over the top
/// 20, at most 2,000 sources). Closeness and harmonic centrality are sampled the same way above
/// ``automaticDistanceLimit`` (``distanceSample(among:)``). Each sampled value comes with its standard error
/// (``SampledMeasure``), and every output that uses a sample says so.
public enum PathSampling: Hashable, Sendable {
    /// Every candidate source: the published definition, O(n·m).
    case exact
    /// `count` sources drawn with SplitMix64 seeded with `seed` (exact when `count` is at
    /// least the number of candidates).
    case sources(Int, seed: UInt64)
    /// Exact while the work is at most ``automaticWork``, else ``automaticSampleSize`` sources
    /// drawn with ``defaultSeed``.
    case automatic
    /// Exact up to ``resampleExactLimit`` candidate sources, else ``resampleSampleSize`` of them
    /// drawn with `seed`: how each resampled map of a confidence run measures
    /// (``forResample(_:seed:)``).
    case resampled(seed: UInt64)

    /// The most work ``automatic`` does exactly, in sources × (actors + arcs): 8 × 10⁹.
    ///
    /// Measured with `brokers --exact` on planted organisations (release build, 2 cores):
    /// 20,000 actors and 65,579 ties (3.0 × 10⁹) took 10.1 s, 30,000 actors and 98,106 ties
    /// (6.8 × 10⁹) 24.6 s — 3.3 to 3.6 ns per unit — so a map within this limit takes about
    /// 30 s exact or less, and everything up to about 30,000 actors at a few ties each is
    /// exact by default. Betweenness of the whole map follows the same rule.
    public static let automaticWork = 8_000_000_000
    /// The most candidate sources each resampled map of a confidence run searches from
    /// exhaustively: 5,000. A run measures a hundred maps, so each stays far below
    /// ``automaticWork``.
    public static let resampleExactLimit = 5_000
    /// How many sources ``automatic`` draws above the limit: 500. On ten planted
    /// organisations of 10,000 actors (five with 20% tie noise) the broker shortlist holds the
    /// planted brokers as often sampled as exact (recall 0.94 both), 90% of the exact top 20
    /// stay in the top 20, and the shortlists share 81–100% of their names
    /// (`Scripts/bench/SAMPLING.md`), at a fifth of the time.
    public static let automaticSampleSize = 500
    /// The most nodes ``automatic`` computes closeness and harmonic centrality for from every
    /// source: 50,000. Their exact searches run 256 at a time, so they cost about 2 s at this
    /// size, but 20 minutes at 1,000,000 actors; above it ``automaticSampleSize`` sources
    /// estimate them (Eppstein & Wang 2004) with a standard error near 1% of the value, since
    /// distances vary far less from source to source than dependencies do.
    public static let automaticDistanceLimit = 50_000
    /// The seed ``automatic`` draws with, so a run can be repeated exactly.
    public static let defaultSeed: UInt64 = 1
    /// How many sources each resampled map of ``FindingConfidence`` draws above
    /// ``resampleExactLimit``: 125, a quarter of ``automaticSampleSize``, each resample with a
    /// seed of its own. A hundred resamples then cost 12,500 searches instead of 50,000, and
    /// the sampling error enters the confidence with the perturbation (independent draws, where
    /// one shared sample would hide it), so confidence at scale errs on the low side.
    public static let resampleSampleSize = 125

    /// The sampling for resample `number` of a confidence run seeded with `seed`:
    /// ``automatic`` draws ``resampleSampleSize`` sources with the resample's own seed above
    /// ``resampleExactLimit`` (exact below it), as does ``resampled(seed:)``; ``exact`` stays
    /// exact; a fixed count keeps its count and draws with the resample's own seed.
    public func forResample(_ number: Int, seed: UInt64) -> PathSampling {
        let own = seed ^ (UInt64(number + 1) &* 0xBF58_476D_1CE4_E5B9)
        switch self {
        case .exact: return .exact
        case let .sources(count, _): return .sources(count, seed: own)
        case .automatic, .resampled: return .resampled(seed: own)
        }
    }

    /// How a sample of betweenness-type measures grows for a stated accuracy:
    /// ``SampleGrowth/automatic`` for ``automatic``, `nil` (a fixed size) otherwise.
    public var growth: SampleGrowth? {
        self == .automatic ? .automatic : nil
    }

    /// The sample size and seed for closeness and harmonic centrality among `candidates`
    /// sources; `nil` for every source. ``automatic`` and ``resampled(seed:)`` sample above
    /// ``automaticDistanceLimit``; a fixed count samples whenever it is below `candidates`.
    public func distanceSample(among candidates: Int) -> (size: Int, seed: UInt64)? {
        switch self {
        case .exact: return nil
        case let .sources(count, seed): return count < candidates ? (max(count, 2), seed) : nil
        case .automatic, .resampled:
            return candidates > Self.automaticDistanceLimit ? (Self.automaticSampleSize, self.seed) : nil
        }
    }

    /// The sample size and seed for betweenness-type measures among `candidates` sources, each
    /// search costing `searchCost` (the view's actors + arcs); `nil` for every source.
    /// ``automatic`` samples when `candidates × searchCost` exceeds ``automaticWork``,
    /// ``resampled(seed:)`` above ``resampleExactLimit`` candidates.
    public func sample(among candidates: Int, searchCost: Int) -> (size: Int, seed: UInt64)? {
        switch self {
        case .exact: return nil
        case let .sources(count, seed): return count < candidates ? (max(count, 2), seed) : nil
        case .automatic:
            let (work, overflow) = candidates.multipliedReportingOverflow(by: max(searchCost, 1))
            return overflow || work > Self.automaticWork ? (Self.automaticSampleSize, Self.defaultSeed) : nil
        case let .resampled(seed): return candidates > Self.resampleExactLimit ? (Self.resampleSampleSize, seed) : nil
        }
    }

    /// The sample for betweenness-type measures searching from `candidates` sources of `index`.
    public func sample(among candidates: Int, in index: NetworkIndex) -> (size: Int, seed: UInt64)? {
        sample(among: candidates, searchCost: index.nodeCount + index.arcCount)
    }

    /// Whether ``automatic`` chose to search from every one of `candidates` sources of
    /// `index` where it once sampled (more than ``resampleExactLimit`` of them): a run the
    /// output should say was exact.
    public func isExactAtScale(among candidates: Int, in index: NetworkIndex) -> Bool {
        self == .automatic && candidates > Self.resampleExactLimit && sample(among: candidates, in: index) == nil
    }

    /// The sentence that says `measure` was computed exactly from `count` `sources` of `index`
    /// where it once was sampled: "Bridging betweenness is exact: every one of the 20000
    /// grouped actors is a path source (the work, 3.0 × 10⁹ steps, is within the automatic
    /// limit of 8 × 10⁹, about 30 s on two cores)."
    public static func exactNote(measure: String, count: Int, sources: String, in index: NetworkIndex) -> String {
        let work = Double(count) * Double(index.nodeCount + index.arcCount) / 1e9
        return "\(measure) is exact: every one of the \(count) \(sources) is a path source (the work, \(String(format: "%.1f", work)) × 10⁹ steps, is within the automatic limit of 8 × 10⁹, about 30 s on two cores)."
    }

    /// The seed a sampled distance measure draws with.
    private var seed: UInt64 {
        if case let .resampled(seed) = self { return seed }
        return Self.defaultSeed
    }
}
