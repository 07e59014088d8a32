extension NetworkIndex {
    /// Shortest-path betweenness centrality of every node, exact (Brandes 2001), normalised as
    /// NetworkX's `betweenness_centrality(G, normalized=True, endpoints=False)`.
    ///
    /// For node v, B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st, where σ_st is the number of shortest
    /// paths from s to t and σ_st(v) the number through v. The result is
    /// - directed view: B(v) / ((n − 1)(n − 2));
    /// - undirected view: 2·B(v) / ((n − 1)(n − 2)), with B over unordered pairs {s, t}
    ///   (the sum over ordered pairs, divided by (n − 1)(n − 2));
    /// - n ≤ 2: B(v) unscaled (it is 0).
    ///
    /// Paths: hop counts on an unweighted view (breadth-first search); on a weighted view a
    /// tie's length is 1/weight, so strong ties are short (Opsahl, Agneessens & Skvoretz 2010),
    /// found with Dijkstra's algorithm. Two paths tie when their lengths are equal in exact
    /// arithmetic: lengths within a relative 10⁻¹⁰ of each other are one length
    /// (`PathLength`, igraph's rule), so 1/3 + 1/6 and 1/2 tie although their floating-point
    /// sums differ. NetworkX (`weight=` an edge attribute holding 1/weight) compares with `==`
    /// and misses such ties; elsewhere it gives the same numbers. The tests check weighted
    /// betweenness against exact rational arithmetic. A tie of weight 0 is no path.
    ///
    /// Conversions: igraph's `betweenness(normalized=TRUE)` on an undirected graph divides by
    /// the (n − 1)(n − 2)/2 unordered pairs, which gives the same number as here; its
    /// unnormalised value is this × (n − 1)(n − 2)/2 (undirected) or × (n − 1)(n − 2)
    /// (directed). UCINET's "nBetweenness" is this × 100.
    ///
    /// No predecessor lists: the forward search records each node's successors in one flat
    /// array, and the backward pass pulls each node's dependency from them (see
    /// `DependencyAccumulator`); memory is O(n + m) per thread besides the index.
    ///
    /// - Parameters:
    ///   - threads: how many threads to use; `nil` (the default) for every core. The result is bit-identical
    ///     for every thread count: sources are split into blocks that depend only on n, each
    ///     block accumulates into its own buffer, and blocks are summed in a fixed order.
    /// - Complexity: O(n·m) time unweighted, O(n·m + n² log n) weighted.
    public func betweenness(threads: Int? = nil) -> [Double] {
        let totals = accumulateBetweenness(sources: (0..<Int32(nodeCount)).map { $0 }, threads: threads)
        let n = Double(nodeCount)
        guard nodeCount > 2 else { return totals }
        let scale = 1 / ((n - 1) * (n - 2))
        return totals.map { $0 * scale }
    }

    /// Betweenness estimated from `sampleSize` pivot sources chosen at random with `seed`
    /// (Brandes & Pich 2007), rescaled as NetworkX's `betweenness_centrality(G, k=sampleSize)`.
    ///
    /// With pivot set K (k = |K| < n) and unscaled sums B_K(v) over sources in K:
    /// a pivot's value is B_K(v) / ((k − 1)(n − 2)) and any other node's B_K(v) / (k(n − 2))
    /// (NetworkX 3.6's correction for endpoints excluded; before 3.5 both used k). With k ≥ n
    /// the result is exact ``betweenness(threads:)``.
    ///
    /// The pivots are the first `sampleSize` nodes of a Fisher–Yates shuffle driven by
    /// SplitMix64 seeded with `seed`, so the same seed gives the same pivots on every platform.
    public func betweenness(sampleSize: Int, seed: UInt64, threads: Int? = nil) -> [Double] {
        guard sampleSize < nodeCount else { return betweenness(threads: threads) }
        return betweenness(pivots: pivots(sampleSize: sampleSize, seed: seed), threads: threads)
    }

    /// Betweenness estimated as ``betweenness(sampleSize:seed:threads:)`` (the same pivots and
    /// the same values, up to rounding), with the standard error of every value.
    ///
    /// Each pivot s adds δ_s(v) to node v's sum; the estimate is N · mean_{s∈K} δ_s(v),
    /// normalised by (n − 1)(n − 2), with N = n − 1 the sources that can add to v (every node
    /// but v) and K the pivots other than v. Its standard error is Cochran's for sampling
    /// without replacement (``SampledMeasure``), N · √((1 − k/N) · S²(v)/k) on the same scale.
    /// With `sampleSize` ≥ n the values are exact and every standard error is 0.
    ///
    /// With `growth`, the sample starts at `sampleSize` and doubles, the pivots drawn so far
    /// kept and the next ones taken from the same shuffle, until the rule is met
    /// (``SampleGrowth``); the result records the rule (``SampledMeasure/growth``).
    ///
    /// - Complexity: O(k·m) unweighted, as the estimate itself, plus O(n) per pivot.
    public func sampledBetweenness(
        sampleSize: Int, seed: UInt64, growth: SampleGrowth? = nil, threads: Int? = nil
    ) -> SampledMeasure {
        let n = nodeCount
        guard sampleSize < n, sampleSize > 1, n > 2 else {
            let exact = betweenness(threads: threads)
            return SampledMeasure(values: exact, standardErrors: exact.map { _ in 0 }, sampleSize: n, population: n, seed: seed)
        }
        let sizes = growth?.sizes(from: sampleSize, population: n - 1) ?? [sampleSize]
        return grownSample(order: pivots(sampleSize: sizes.last!, seed: seed), sizes: sizes, groups: nil, growth: growth, threads: threads) {
            sampledBetweenness(pivots: $0, sums: $1, squares: $2, seed: seed)
        }
    }

    /// The estimate of ``sampledBetweenness(sampleSize:seed:growth:threads:)`` from the
    /// dependency sums and squared dependencies of `chosen`.
    private func sampledBetweenness(pivots chosen: [Int32], sums: [Double], squares: [Double], seed: UInt64) -> SampledMeasure {
        let n = nodeCount, sampleSize = chosen.count
        let isPivot = Set(chosen)
        let population = Double(n - 1), normaliser = Double(n - 1) * Double(n - 2)
        var values = [Double?](repeating: nil, count: n), errors = values
        for v in 0..<n {
            let k = Double(isPivot.contains(Int32(v)) ? sampleSize - 1 : sampleSize)
            let mean = sums[v] / k
            let variance = k > 1 ? max(0, squares[v] - k * mean * mean) / (k - 1) : 0
            values[v] = population * mean / normaliser
            errors[v] = population * (max(0, 1 - k / population) * variance / k).squareRoot() / normaliser
        }
        return SampledMeasure(values: values, standardErrors: errors, sampleSize: sampleSize, population: n, seed: seed)
    }

    /// The first `sampleSize` nodes of a Fisher–Yates shuffle driven by SplitMix64 seeded with
    /// `seed`.
    func pivots(sampleSize: Int, seed: UInt64) -> [Int32] {
        var generator = SplitMix64(seed: seed)
        var nodes = (0..<Int32(nodeCount)).map { $0 }
        for i in 0..<sampleSize {
            let j = i + Int(generator.next(below: UInt64(nodeCount - i)))
            nodes.swapAt(i, j)
        }
        return Array(nodes[..<sampleSize])
    }

    /// Betweenness from the given pivot sources, rescaled as in ``betweenness(sampleSize:seed:threads:)``.
    public func betweenness(pivots: [Int32], threads: Int? = nil) -> [Double] {
        let k = Double(pivots.count)
        let n = Double(nodeCount)
        let totals = accumulateBetweenness(sources: pivots, threads: threads)
        guard nodeCount > 2 else { return totals }
        let isPivot = Set(pivots)
        let pivotScale = pivots.count > 1 ? 1 / ((k - 1) * (n - 2)) : .nan
        let otherScale = 1 / (k * (n - 2))
        return totals.enumerated().map { node, total in
            total * (isPivot.contains(Int32(node)) ? pivotScale : otherScale)
        }
    }

    /// Σ over `sources` of each node's dependency δ_s(v), in a thread-independent order.
    /// With `groups`, only targets in another group than the source count (bridging).
    func accumulateBetweenness(sources: [Int32], groups: [Int32]? = nil, threads: Int?) -> [Double] {
        let n = nodeCount
        // Blocks depend on n only; at most ~64 MB of per-block buffers.
        let blockCount = max(1, min(64, 8_000_000 / max(n, 1)))
        let partials = ParallelBlocks.map(count: sources.count, blockCount: blockCount, threads: threads) { range in
            let accumulator = DependencyAccumulator(index: self)
            var total = [Double](repeating: 0, count: n)
            total.withUnsafeMutableBufferPointer { total in
                if let groups {
                    groups.withUnsafeBufferPointer { groups in
                        for position in range {
                            accumulator.accumulate(from: sources[position], into: total.baseAddress!, groups: groups.baseAddress!)
                        }
                    }
                } else {
                    for position in range {
                        accumulator.accumulate(from: sources[position], into: total.baseAddress!)
                    }
                }
            }
            return total
        }
        var result = [Double](repeating: 0, count: n)
        for partial in partials {
            for i in 0..<n { result[i] += partial[i] }
        }
        return result
    }

    /// Σ over `sources` of each node's dependency δ_s(v) and of its square, for the variance
    /// of a sampled estimate; bridging targets only when `groups` is given. O(n) more per
    /// source than ``accumulateBetweenness(sources:groups:threads:)``.
    func accumulateBetweennessWithSquares(sources: [Int32], groups: [Int32]?, threads: Int?) -> (sums: [Double], squares: [Double]) {
        let n = nodeCount
        let blockCount = max(1, min(64, 4_000_000 / max(n, 1)))
        let partials = ParallelBlocks.map(count: sources.count, blockCount: blockCount, threads: threads) { range in
            let accumulator = DependencyAccumulator(index: self)
            var sums = [Double](repeating: 0, count: n), squares = sums, one = sums
            one.withUnsafeMutableBufferPointer { one in
                for position in range {
                    if let groups {
                        groups.withUnsafeBufferPointer { accumulator.accumulate(from: sources[position], into: one.baseAddress!, groups: $0.baseAddress!) }
                    } else {
                        accumulator.accumulate(from: sources[position], into: one.baseAddress!)
                    }
                    for v in 0..<n where one[v] != 0 {
                        sums[v] += one[v]
                        squares[v] += one[v] * one[v]
                        one[v] = 0
                    }
                }
            }
            return (sums, squares)
        }
        var sums = [Double](repeating: 0, count: n), squares = sums
        for partial in partials {
            for i in 0..<n { sums[i] += partial.0[i]; squares[i] += partial.1[i] }
        }
        return (sums, squares)
    }
}
