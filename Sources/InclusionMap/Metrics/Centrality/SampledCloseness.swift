extension NetworkIndex {
    /// Closeness centrality estimated from `sampleSize` seeded sources (Eppstein & Wang 2004),
    /// with each value's standard error: what ``closeness(threads:)`` gives, at O(k·m)
    /// instead of O(n·m).
    ///
    /// The sources K are the pivots of ``sampledBetweenness(sampleSize:seed:growth:threads:)`` (the
    /// same seed draws the same ones). For node u, the other sources K_u = K \ {u} (k_u of
    /// them) are a sample of the N = n − 1 other nodes; with y_s = 1 when s reaches u and
    /// x_s = d(s, u) (0 when it does not), the reach and the distance total are estimated as
    ///
    ///     r̂ − 1 = N · mean(y),   D̂ = N · mean(x),   Ĉ(u) = (r̂ − 1)² / (D̂ · (n − 1))
    ///
    /// the closeness of ``closeness(threads:)`` (Wasserman–Faust) with the sums estimated; on
    /// a connected view it is (n − 1)/D̂, Eppstein & Wang's estimate of the inverse mean
    /// distance. Ĉ(u) = 0 when no sampled source reaches u. The standard error is the delta
    /// method's, with the sample variances and covariance of y and x under sampling without
    /// replacement (Cochran 1977, §2.5, §6.4):
    ///
    ///     SE(Ĉ) ≈ Ĉ · √(4·V(r̂)/(r̂ − 1)² + V(D̂)/D̂² − 4·Cov(r̂, D̂)/((r̂ − 1)·D̂))
    ///
    /// D. Eppstein & J. Wang, "Fast approximation of centrality", *Journal of Graph Algorithms
    /// and Applications* 8 (2004) 39–45. Distances run from the sources to u, as
    /// ``closeness(threads:)`` reads them on a directed view; weighted views use 1/weight.
    ///
    /// - Complexity: O(k·(n + m)) unweighted, O(k·(m + n log n)) weighted; exact (every
    ///   source) when `sampleSize` is at least n.
    public func sampledCloseness(sampleSize: Int, seed: UInt64, threads: Int? = nil) -> SampledMeasure {
        guard sampleSize < nodeCount, sampleSize > 1, nodeCount > 2 else {
            let exact = closeness(threads: threads)
            return SampledMeasure(values: exact, standardErrors: exact.map { _ in 0 }, sampleSize: nodeCount, population: nodeCount, seed: seed)
        }
        return closeness(from: distanceSample(sources: pivots(sampleSize: sampleSize, seed: seed), threads: threads), seed: seed)
    }

    /// Harmonic centrality estimated from `sampleSize` seeded sources, with each value's
    /// standard error: what ``harmonicCentrality(threads:)`` gives, at O(k·m).
    ///
    /// With the sources and K_u of ``sampledCloseness(sampleSize:seed:threads:)`` and
    /// z_s = 1/d(s, u) (0 when s does not reach u),
    ///
    ///     Ĥ(u) = N · mean(z),   SE(Ĥ) = N · √((1 − k_u/N) · S²(z) / k_u)
    ///
    /// an unbiased estimate of the sum H(u) = Σ_{v≠u} 1/d(v, u) (Cochran 1977, §2.5). The
    /// sampling of sources for a sum over them is Eppstein & Wang's (2004).
    public func sampledHarmonicCentrality(sampleSize: Int, seed: UInt64, threads: Int? = nil) -> SampledMeasure {
        guard sampleSize < nodeCount, sampleSize > 1, nodeCount > 2 else {
            let exact = harmonicCentrality(threads: threads)
            return SampledMeasure(values: exact, standardErrors: exact.map { _ in 0 }, sampleSize: nodeCount, population: nodeCount, seed: seed)
        }
        return harmonicCentrality(from: distanceSample(sources: pivots(sampleSize: sampleSize, seed: seed), threads: threads), seed: seed)
    }

    /// Closeness from the sums of a ``DistanceSample``.
    func closeness(from sample: DistanceSample, seed: UInt64) -> SampledMeasure {
        let n = nodeCount, others = Double(n - 1)
        var values = [Double?](repeating: nil, count: n), errors = values
        for u in 0..<n {
            let k = Double(sample.sourcesOtherThan(u))
            let reachMean = sample.reached[u] / k, distanceMean = sample.distance[u] / k
            guard distanceMean > 0 else { values[u] = 0; errors[u] = 0; continue }
            let reach = others * reachMean, total = others * distanceMean
            let value = reach * reach / (total * others)
            // Sample variances and covariance of y (reached: 0 or 1) and x (distance).
            let denominator = max(k - 1, 1)
            let varianceY = max(0, sample.reached[u] - k * reachMean * reachMean) / denominator
            let varianceX = max(0, sample.distanceSquares[u] - k * distanceMean * distanceMean) / denominator
            let covariance = (sample.distance[u] - k * reachMean * distanceMean) / denominator  // Σxy = Σx
            let scale = others * others * max(0, 1 - k / others) / k
            let relative = 4 * scale * varianceY / (reach * reach) + scale * varianceX / (total * total)
                - 4 * scale * covariance / (reach * total)
            values[u] = value
            errors[u] = k > 1 ? value * max(0, relative).squareRoot() : 0
        }
        return SampledMeasure(values: values, standardErrors: errors, sampleSize: sample.sources.count, population: n, seed: seed)
    }

    /// Harmonic centrality from the sums of a ``DistanceSample``.
    func harmonicCentrality(from sample: DistanceSample, seed: UInt64) -> SampledMeasure {
        let n = nodeCount, others = Double(n - 1)
        var values = [Double?](repeating: nil, count: n), errors = values
        for u in 0..<n {
            let k = Double(sample.sourcesOtherThan(u))
            let mean = sample.inverse[u] / k
            let variance = k > 1 ? max(0, sample.inverseSquares[u] - k * mean * mean) / (k - 1) : 0
            values[u] = others * mean
            errors[u] = others * (max(0, 1 - k / others) * variance / k).squareRoot()
        }
        return SampledMeasure(values: values, standardErrors: errors, sampleSize: sample.sources.count, population: n, seed: seed)
    }

    /// One search from each of `sources` towards every node, summed per node
    /// (``DistanceSample``), in blocks that depend on n only, so the sums do not depend on the
    /// thread count. At most about 80 MB of per-block sums at any size.
    func distanceSample(sources: [Int32], threads: Int?) -> DistanceSample {
        let n = nodeCount
        let blockCount = max(1, min(64, 2_000_000 / max(n, 1)))
        let parts = ParallelBlocks.map(count: sources.count, blockCount: blockCount, threads: threads) { range in
            var part = DistanceSample(sources: [], nodeCount: n)
            if isWeighted {
                var search = ShortestPathSearch(index: self, forward: true)
                for position in range {
                    search.run(from: sources[position], countPaths: false)
                    for node in search.settled.dropFirst() { part.add(distance: search.distance[Int(node)], to: Int(node)) }
                }
            } else {
                var search = BreadthFirstLevels(index: self)
                for position in range {
                    search.run(from: sources[position]) { node, level in part.add(distance: Double(level), to: node) }
                }
            }
            return part
        }
        var sample = DistanceSample(sources: sources, nodeCount: n)
        for part in parts { sample.absorb(part) }
        return sample
    }
}

/// Per node u, sums over a sample of sources s ≠ u of what reaching u from s adds: how many
/// reach it, their distances and squared distances, and the inverses and squared inverses.
struct DistanceSample: Sendable {
    let sources: [Int32]
    private let isSource: [Bool]
    var reached: [Double]
    var distance: [Double]
    var distanceSquares: [Double]
    var inverse: [Double]
    var inverseSquares: [Double]

    init(sources: [Int32], nodeCount: Int) {
        self.sources = sources
        var isSource = [Bool](repeating: false, count: sources.isEmpty ? 0 : nodeCount)
        for source in sources { isSource[Int(source)] = true }
        self.isSource = isSource
        reached = [Double](repeating: 0, count: nodeCount)
        distance = reached
        distanceSquares = reached
        inverse = reached
        inverseSquares = reached
    }

    /// The number of sampled sources other than `node`.
    func sourcesOtherThan(_ node: Int) -> Int {
        sources.count - (isSource[node] ? 1 : 0)
    }

    mutating func add(distance d: Double, to node: Int) {
        reached[node] += 1
        distance[node] += d
        distanceSquares[node] += d * d
        inverse[node] += 1 / d
        inverseSquares[node] += 1 / (d * d)
    }

    mutating func absorb(_ part: DistanceSample) {
        for u in reached.indices {
            reached[u] += part.reached[u]
            distance[u] += part.distance[u]
            distanceSquares[u] += part.distanceSquares[u]
            inverse[u] += part.inverse[u]
            inverseSquares[u] += part.inverseSquares[u]
        }
    }
}

/// A breadth-first search along out-arcs that hands each reached node (not the source) with
/// its level, with its buffers kept from source to source.
struct BreadthFirstLevels {
    let index: NetworkIndex
    private var level: [Int32]
    private var queue: [Int32]

    init(index: NetworkIndex) {
        self.index = index
        level = [Int32](repeating: -1, count: index.nodeCount)
        queue = [Int32](repeating: 0, count: index.nodeCount)
    }

    mutating func run(from source: Int32, _ visit: (_ node: Int, _ level: Int32) -> Void) {
        var tail = 1
        queue[0] = source
        level[Int(source)] = 0
        var head = 0
        index.outOffsets.withUnsafeBufferPointer { offsets in
            index.outTargets.withUnsafeBufferPointer { targets in
                while head < tail {
                    let v = Int(queue[head])
                    head += 1
                    let next = level[v] + 1
                    for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                        let w = Int(targets[arc])
                        if level[w] < 0 {
                            level[w] = next
                            queue[tail] = Int32(w)
                            tail += 1
                            visit(w, next)
                        }
                    }
                }
            }
        }
        for position in 0..<tail { level[Int(queue[position])] = -1 }
    }
}
