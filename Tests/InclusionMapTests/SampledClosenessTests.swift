import Testing
@testable import InclusionMap

/// Closeness and harmonic centrality estimated from a sample of sources (Eppstein & Wang
/// 2004): every value and standard error worked out by hand on small paths, and exact when
/// the sample is everyone.
@Suite struct SampledClosenessTests {
    /// The path 0 – 1 – 2 – 3 – 4 (ids a…e), unweighted or with every tie of weight 2.
    static func path(weight: Double? = nil, directed: Bool = false) throws -> NetworkIndex {
        let ids = ["a", "b", "c", "d", "e"]
        let map = try StakeholderMap(
            actors: ids.map { Actor(id: $0) },
            ties: zip(ids, ids.dropFirst()).map { Tie(source: $0, target: $1, weight: weight ?? 1, isDirected: directed) })
        return NetworkIndex(map, options: .init(weighted: weight != nil))
    }

    /// Sources {a, c, e} = {0, 2, 4}; N = 4 other nodes for each.
    ///
    /// Node b (1): all three sources are others, at distances 1, 1, 3.
    /// Harmonic: z = (1, 1, 1/3), mean 7/9, Ĥ = 4 · 7/9 = 28/9 (exact 1 + 1 + 1/2 + 1/3 = 17/6);
    /// S² = ((2/9)² + (2/9)² + (4/9)²)/2 = (24/81)/2 = 4/27; SE = 4 · √((1 − 3/4) · (4/27)/3) = 4/9.
    /// Closeness: y = (1, 1, 1), x = (1, 1, 3); r̂ − 1 = 4, D̂ = 4 · 5/3 = 20/3, Ĉ = 16/(20/3 · 4) = 0.6
    /// (exact 4/7); V(r̂) = 0, S²(x) = ((2/3)² + (2/3)² + (4/3)²)/2 = 4/3,
    /// V(D̂) = 16 · (1/4) · (4/3)/3 = 16/9, SE = 0.6 · (4/3)/(20/3) = 0.12.
    ///
    /// Node c (2), itself a source: the others are a and e, both at distance 2.
    /// Harmonic: Ĥ = 4 · 1/2 = 2 (exact 3), SE = 4 · √((1 − 2/4) · 0/2) = 0.
    /// Closeness: D̂ = 4 · 2 = 8, Ĉ = 16/(8 · 4) = 0.5 (exact 4/6), SE 0.
    @Test func valuesAndErrorsByHand() throws {
        let index = try Self.path()
        let sample = index.distanceSample(sources: [0, 2, 4], threads: 1)
        let harmonic = index.harmonicCentrality(from: sample, seed: 0)
        let closeness = index.closeness(from: sample, seed: 0)
        #expect(abs(harmonic.values[1]! - 28.0 / 9) < 1e-12)
        #expect(abs(harmonic.standardErrors[1]! - 4.0 / 9) < 1e-12)
        #expect(abs(closeness.values[1]! - 0.6) < 1e-12)
        #expect(abs(closeness.standardErrors[1]! - 0.12) < 1e-12)
        #expect(abs(harmonic.values[2]! - 2) < 1e-12 && harmonic.standardErrors[2]! == 0)
        #expect(abs(closeness.values[2]! - 0.5) < 1e-12 && closeness.standardErrors[2]! < 1e-12)
        #expect(harmonic.sampleSize == 3 && harmonic.population == 5)
    }

    /// Weight 2 is length 1/2 (Opsahl et al. 2010): every distance halves, so at b the
    /// inverses double, Ĥ = 56/9, and the distance total halves, Ĉ = 16/(10/3 · 4) = 1.2.
    @Test func weightedViewsUseLengthsOneOverWeight() throws {
        let index = try Self.path(weight: 2)
        let sample = index.distanceSample(sources: [0, 2, 4], threads: 1)
        #expect(abs(index.harmonicCentrality(from: sample, seed: 0).values[1]! - 56.0 / 9) < 1e-12)
        #expect(abs(index.closeness(from: sample, seed: 0).values[1]! - 1.2) < 1e-12)
    }

    /// On the directed path a → b → c → d → e with sources {a, c}: distances run from the
    /// sources, as closeness reads them (incoming). b is reached by a only (d = 1) and c is not
    /// counted at b: y = (1, 0), x = (1, 0), r̂ − 1 = 4 · 1/2 = 2, D̂ = 4 · 1/2 = 2,
    /// Ĉ = 4/(2 · 4) = 0.5 (exact: only a reaches b, 1/1 · 1/4 = 0.25). Nothing sampled
    /// reaches a: Ĉ = 0 and Ĥ = 0.
    @Test func directedDistancesRunFromTheSources() throws {
        let index = try Self.path(directed: true)
        let sample = index.distanceSample(sources: [0, 2], threads: 1)
        let closeness = index.closeness(from: sample, seed: 0)
        #expect(abs(closeness.values[1]! - 0.5) < 1e-12)
        #expect(closeness.values[0] == 0)
        #expect(index.harmonicCentrality(from: sample, seed: 0).values[0] == 0)
    }

    /// A sample of everyone is the exact measure, with no error.
    @Test func aSampleOfEveryoneIsExact() throws {
        let index = try Self.path()
        let closeness = index.sampledCloseness(sampleSize: 5, seed: 3)
        let harmonic = index.sampledHarmonicCentrality(sampleSize: 9, seed: 3)
        #expect(closeness.values == index.closeness().map { $0 })
        #expect(harmonic.values == index.harmonicCentrality().map { $0 })
        #expect(closeness.standardErrors.allSatisfy { $0 == 0 })
        // Sampling four of five with the same seed draws betweenness's pivots.
        #expect(index.sampledCloseness(sampleSize: 4, seed: 3).sampleSize == 4)
        let pivots = index.pivots(sampleSize: 4, seed: 3)
        let direct = index.closeness(from: index.distanceSample(sources: pivots, threads: 1), seed: 3)
        #expect(index.sampledCloseness(sampleSize: 4, seed: 3, threads: 2).values == direct.values)
    }

    /// A table asked for closeness and harmonic centrality from a sample holds both samples,
    /// drawn from the same sources.
    @Test func theTableSamplesBothFromOneSearch() throws {
        let index = try Self.path()
        let table = CentralityTable(index: index, metrics: [.closeness, .harmonic, .betweenness], paths: .sources(3, seed: 7))
        let pivots = index.pivots(sampleSize: 3, seed: 7)
        let sample = index.distanceSample(sources: pivots, threads: nil)
        #expect(table.closenessSample?.values == index.closeness(from: sample, seed: 7).values)
        #expect(table.harmonicSample?.values == index.harmonicCentrality(from: sample, seed: 7).values)
        #expect(table.betweennessSample != nil)
        // Automatic sampling leaves a small map exact.
        let automatic = CentralityTable(index: index, metrics: [.closeness], paths: .automatic)
        #expect(automatic.closenessSample == nil)
    }
}
