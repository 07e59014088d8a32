import Testing
@testable import InclusionMap

/// Bridging betweenness from a sample of sources: unbiased over every possible sample, the
/// standard error as Cochran's formula gives it by hand, and exact when the sample is everyone.
@Suite struct SampledBridgingTests {
    /// The path a – b – c – d with a, b in group X and c, d in group Y.
    static func path() throws -> (NetworkIndex, Grouping) {
        let ids = ["a", "b", "c", "d"], groups = ["X", "X", "Y", "Y"]
        let map = try StakeholderMap(
            actors: zip(ids, groups).map { Actor(id: $0, department: $1) },
            ties: [("a", "b"), ("b", "c"), ("c", "d")].map { Tie(source: $0, target: $1, relation: "r") })
        let index = NetworkIndex(map)
        return (index, try Grouping(index, map: map))
    }

    /// By hand. Cross-group ordered pairs: P = 2·2 + 2·2 = 8; those not involving b:
    /// P(b) = 8 − 2·(4 − 2) = 4, and b lies on all 4 of them (a→c, a→d, c→a, d→a), so BB(b) = 1.
    /// What each source adds to b (cross-group targets only): X_a = 2 (c and d), X_b = 0,
    /// X_c = 1 (a), X_d = 1 (a).
    /// Two sources of four, six samples. With b drawn, the other source is one of the 3 others:
    /// {b,a}: 3·2/1/4 = 1.5, {b,c}: 3·1/1/4 = 0.75, {b,d}: 0.75. Without b, two of the three:
    /// {a,c}: 3·(2+1)/2/4 = 1.125, {a,d}: 1.125, {c,d}: 3·(1+1)/2/4 = 0.75.
    /// Mean of the six: (1.5 + 0.75 + 0.75 + 1.125 + 1.125 + 0.75)/6 = 6/6 = 1 = BB(b).
    @Test func everySampleAveragesToTheExactValue() throws {
        let (index, grouping) = try Self.path()
        let b = 1
        let samples: [[Int32]] = [[1, 0], [1, 2], [1, 3], [0, 2], [0, 3], [2, 3]]
        let estimates: [Double] = samples.map { index.bridgingBetweenness(grouping: grouping, sources: $0, threads: 1).values[b]! }
        let expected = [1.5, 0.75, 0.75, 1.125, 1.125, 0.75]
        for (got, want) in zip(estimates, expected) { #expect(abs(got - want) < 1e-12) }
        let mean = estimates.reduce(0, +) / 6
        #expect(abs(mean - 1) < 1e-12)
    }

    /// By hand for the sample {a, c} at b: N = 3 possible sources, k = 2, X = (2, 1), mean 1.5,
    /// S² = (0.5² + 0.5²)/1 = 0.5; SE of the sum = 3·√((1 − 2/3)·0.5/2) = 3·√(1/12) = 0.8660254;
    /// divided by P(b) = 4: 0.21650635.
    @Test func standardErrorIsCochransByHand() throws {
        let (index, grouping) = try Self.path()
        let estimate = index.bridgingBetweenness(grouping: grouping, sources: [0, 2], threads: 1)
        #expect(abs(estimate.standardErrors[1]! - 0.21650635) < 1e-8)
        // a drawn: the other source c adds nothing to a (a is an end of every path), so a's
        // estimate and its error are 0, as is the exact BB(a).
        #expect(estimate.values[0] == 0 && estimate.standardErrors[0] == 0)
    }

    /// On a seeded 14-actor graph in three groups (two ungrouped), the mean over all C(12, 3) =
    /// 220 three-source samples equals the value counted from every shortest path by brute force.
    @Test func meanOverAllSamplesEqualsBruteForce() throws {
        var generator = SplitMix64(seed: 8)
        let n = 14
        var adjacency = [[Int]](repeating: [], count: n)
        var ties: [Tie] = []
        for u in 0..<n {
            for v in (u + 1)..<n where generator.next(below: 100) < 22 {
                adjacency[u].append(v)
                adjacency[v].append(u)
                ties.append(Tie(source: "n\(u)", target: "n\(v)", relation: "r"))
            }
        }
        let group: [String?] = (0..<n).map { $0 >= 12 ? nil : ["x", "y", "z"][$0 % 3] }
        let map = try StakeholderMap(actors: (0..<n).map { Actor(id: "n\($0)", department: group[$0]) }, ties: ties)
        let index = NetworkIndex(map)
        let grouping = try Grouping(index, map: map)
        var mean = [Double](repeating: 0, count: n)
        var count = 0
        for i in 0..<12 {
            for j in (i + 1)..<12 {
                for k in (j + 1)..<12 {
                    let values = index.bridgingBetweenness(grouping: grouping, sources: [Int32(i), Int32(j), Int32(k)], threads: 1).values
                    for v in 0..<n { mean[v] += values[v]! }
                    count += 1
                }
            }
        }
        #expect(count == 220)
        for v in 0..<n {
            var sum = 0.0, pairs = 0
            for s in 0..<n where s != v && group[s] != nil {
                for t in 0..<n where t != v && t != s && group[t] != nil && group[t] != group[s] {
                    pairs += 1
                    let paths = SiloHandTests.allShortestPaths(adjacency, from: s, to: t)
                    guard !paths.isEmpty else { continue }
                    sum += Double(paths.filter { $0.contains(v) }.count) / Double(paths.count)
                }
            }
            #expect(abs(mean[v] / Double(count) - sum / Double(pairs)) < 1e-12, "n\(v)")
        }
    }

    /// Below the limit nothing is sampled; a sample as large as the grouped actors is exact; a
    /// smaller one is stated, and repeats exactly with its seed.
    @Test func brokerFinderSaysWhenItSamples() throws {
        let map = try BundledDataset.rivertown.read()
        let exact = try BrokerFinder(map: map)
        #expect(exact.bridgingSample == nil && exact.bridgingSampleNote == nil)
        let everyone = try BrokerFinder(map: map, paths: .sources(111, seed: 3))
        #expect(everyone.candidates == exact.candidates)
        let sampled = try BrokerFinder(map: map, paths: .sources(40, seed: 3))
        #expect(sampled.bridgingSample?.sampleSize == 40 && sampled.bridgingSample?.population == 111)
        #expect(sampled.bridgingSampleNote?.hasPrefix("Bridging betweenness is estimated from 40 of the 111 grouped actors as path sources (seed 3;") == true)
        #expect(try BrokerFinder(map: map, paths: .sources(40, seed: 3)).candidates == sampled.candidates)
        // Issue 34 part 7: the choice follows the work, not the count. 10,000 actors with
        // 50,000 ties (10⁴ × 1.1 × 10⁵ = 1.1 × 10⁹, about 4 s exact) were sampled; now exact.
        #expect(PathSampling.automatic.sample(among: 10_000, searchCost: 10_000 + 100_000) == nil)
        // 30,000 actors and 98,106 ties: 30,000 × 226,212 = 6.8 × 10⁹, measured 24.6 s: exact.
        #expect(PathSampling.automatic.sample(among: 30_000, searchCost: 30_000 + 196_212) == nil)
        // 100,000 actors and 500,000 ties: 10⁵ × 1.1 × 10⁶ = 1.1 × 10¹¹, minutes: sampled.
        #expect(PathSampling.automatic.sample(among: 100_000, searchCost: 100_000 + 1_000_000)?.size == 500)
        // Exactly at the limit is exact; one unit more is sampled; no overflow at any size.
        #expect(PathSampling.automatic.sample(among: 8_000, searchCost: 1_000_000) == nil)
        #expect(PathSampling.automatic.sample(among: 8_001, searchCost: 1_000_000) != nil)
        #expect(PathSampling.automatic.sample(among: Int.max / 2, searchCost: 4) != nil)
        // Rivertown in the view: exact, and not "exact at scale" (it never sampled).
        let index = NetworkIndex(map)
        #expect(PathSampling.automatic.sample(among: 111, in: index) == nil)
        #expect(!PathSampling.automatic.isExactAtScale(among: 111, in: index))
    }

    /// Each resample of a confidence run draws a quarter of the sources with a seed of its
    /// own above the limit, and is exact below it; exact stays exact; a fixed count keeps it.
    @Test func resamplesDrawTheirOwnSmallerSample() throws {
        let first = PathSampling.automatic.forResample(0, seed: 7), second = PathSampling.automatic.forResample(1, seed: 7)
        #expect(first.sample(among: 5_000, searchCost: 1) == nil)
        let a = try #require(first.sample(among: 5_001, searchCost: 1)), b = try #require(second.sample(among: 5_001, searchCost: 1))
        #expect(a.size == 125 && b.size == 125)
        #expect(a.seed != b.seed && a.seed != 7 && PathSampling.automatic.forResample(0, seed: 7) == first)
        #expect(PathSampling.exact.forResample(3, seed: 7) == .exact)
        #expect(PathSampling.sources(40, seed: 3).forResample(2, seed: 7).sample(among: 111, searchCost: 1)?.size == 40)
        // Rivertown (111 grouped actors) is below the limit: the resampled finder is exact.
        let map = try BundledDataset.rivertown.read()
        #expect(try BrokerFinder(map: map, paths: first).candidates == BrokerFinder(map: map).candidates)
    }

    /// Sampled betweenness on the path 0 – 1 – 2 – 3 – 4, against the dependencies written out
    /// by hand: δ_s(v), the targets beyond v seen from s, is 4 − v for s < v and v for s > v:
    ///
    ///     s\v   0  1  2  3  4
    ///     0     0  3  2  1  0
    ///     1     0  0  2  1  0
    ///     2     0  1  0  1  0
    ///     3     0  1  2  0  0
    ///     4     0  1  2  3  0
    ///
    /// For v, the sources that can add are the N = 4 others; the estimate is
    /// N · mean_{s ∈ K, s ≠ v} δ_s(v) / ((n − 1)(n − 2)) and its error
    /// N · √((1 − k/N) · S²/k) / 12 (Cochran), k the pivots other than v.
    @Test func sampledBetweennessIsCochransByHand() throws {
        let delta: [[Double]] = [[0, 3, 2, 1, 0], [0, 0, 2, 1, 0], [0, 1, 0, 1, 0], [0, 1, 2, 0, 0], [0, 1, 2, 3, 0]]
        let ids = ["p0", "p1", "p2", "p3", "p4"]
        let map = try StakeholderMap(actors: ids.map { Actor(id: $0) }, ties: (0..<4).map { Tie(source: ids[$0], target: ids[$0 + 1], isDirected: false) })
        let index = NetworkIndex(map)
        for seed: UInt64 in [1, 2, 3] {
            let sampled = index.sampledBetweenness(sampleSize: 3, seed: seed, threads: 1)
            let pivots = index.pivots(sampleSize: 3, seed: seed).map(Int.init)
            #expect(sampled.sampleSize == 3 && sampled.population == 5 && Set(pivots).count == 3)
            let plain = index.betweenness(sampleSize: 3, seed: seed, threads: 1)
            for v in 0..<5 {
                let xs = pivots.filter { $0 != v }.map { delta[$0][v] }
                let k = Double(xs.count), mean = xs.reduce(0, +) / k
                let s2 = xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (k - 1)
                let want = 4 * mean / 12, error = 4 * ((1 - k / 4) * s2 / k).squareRoot() / 12
                #expect(abs(sampled.values[v]! - want) < 1e-12, "seed \(seed) node \(v)")
                #expect(abs(sampled.standardErrors[v]! - error) < 1e-12, "seed \(seed) node \(v)")
                #expect(abs(plain[v] - want) < 1e-12)
            }
        }
        // As many pivots as nodes: the exact values, P5's 0, 0.5, 2/3, 0.5, 0, with no error.
        let all = index.sampledBetweenness(sampleSize: 5, seed: 1, threads: 1)
        #expect(all.values.map { $0! } == index.betweenness(threads: 1) && all.standardErrors.allSatisfy { $0 == 0 })
        #expect(abs(all.values[2]! - 2.0 / 3) < 1e-12)
    }
}
