extension NetworkIndex {
    /// PageRank of every node, as NetworkX's `pagerank(G, alpha=0.85)` (Brin & Page 1998).
    ///
    ///     x_v = α Σ_{u → v} x_u w_uv / W_u + α D / n + (1 − α) / n
    ///
    /// where W_u is u's total out-weight and D the total score of dangling nodes (those with
    /// no out-ties, or only ties of weight 0), spread uniformly, as NetworkX does by default.
    /// An undirected tie counts both ways. Weighted views use the weights themselves.
    /// Iterates from the uniform vector until Σ_v |x_v − x'_v| < n · `tolerance`.
    ///
    /// Conversions: igraph's `page_rank()` (PRPACK) solves the same system directly and agrees
    /// to its precision.
    ///
    /// - Returns: the scores (summing to 1), or `nil` when the iteration has not converged
    ///   after `maximumIterations` or the view has no nodes.
    /// - Complexity: O(n + m) per iteration.
    public func pageRank(damping alpha: Double = 0.85, tolerance: Double = 1e-12, maximumIterations: Int = 10_000) -> [Double]? {
        let n = nodeCount
        guard n > 0 else { return nil }
        let uniform = 1 / Double(n)
        var outWeight = [Double](repeating: 0, count: n)
        for u in 0..<n {
            for arc in Int(outOffsets[u])..<Int(outOffsets[u + 1]) { outWeight[u] += outWeights[arc] }
        }
        let inverse = outWeight.map { $0 == 0 ? 0 : 1 / $0 }
        var x = [Double](repeating: uniform, count: n)
        var next = x
        for _ in 0..<maximumIterations {
            var dangling = 0.0
            for u in 0..<n where outWeight[u] == 0 { dangling += x[u] }
            let base = alpha * dangling * uniform + (1 - alpha) * uniform
            var change = 0.0
            for v in 0..<n {
                var sum = 0.0
                for arc in Int(inOffsets[v])..<Int(inOffsets[v + 1]) {
                    let u = Int(inSources[arc])
                    sum += x[u] * inWeights[arc] * inverse[u]
                }
                next[v] = alpha * sum + base
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        return nil
    }
}
