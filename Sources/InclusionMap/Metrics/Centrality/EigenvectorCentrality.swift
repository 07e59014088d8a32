extension NetworkIndex {
    /// Eigenvector centrality of every node, as NetworkX's `eigenvector_centrality(G)`:
    /// the leading eigenvector of the in-tie adjacency, x_v ∝ Σ_{u → v} w_uv x_u, with unit
    /// Euclidean norm (Bonacich 1987).
    ///
    /// Computed, as in NetworkX, by power iteration on A + I (the shift avoids oscillation on
    /// bipartite graphs) from the uniform vector, normalising by the Euclidean norm each step,
    /// until Σ_v |x_v − x'_v| < n · `tolerance`. A node's score comes from the ties *into* it
    /// (for outgoing influence, build the view with ties reversed). Weighted views use the
    /// weights themselves. On a disconnected graph the result, like NetworkX's, depends on the
    /// uniform start.
    ///
    /// Conversions: igraph's `eigen_centrality()` scales the maximum to 1 (divide by the
    /// largest value here); UCINET reports the same vector scaled by √2 × 100 for its
    /// normalised form.
    ///
    /// - Returns: the scores, or `nil` when the iteration has not converged after
    ///   `maximumIterations` (NetworkX raises `PowerIterationFailedConvergence`) or the view
    ///   has no nodes.
    /// - Complexity: O(m) per iteration.
    public func eigenvectorCentrality(tolerance: Double = 1e-12, maximumIterations: Int = 10_000) -> [Double]? {
        let n = nodeCount
        guard n > 0 else { return nil }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        for _ in 0..<maximumIterations {
            // next = (A + I)ᵀ x: start from x, then add x_u · w_uv along each arc u → v.
            for v in 0..<n {
                var sum = x[v]
                for arc in Int(inOffsets[v])..<Int(inOffsets[v + 1]) {
                    sum += x[Int(inSources[arc])] * inWeights[arc]
                }
                next[v] = sum
            }
            var squares = 0.0
            for value in next { squares += value * value }
            let norm = squares.squareRoot()
            let divisor = norm == 0 ? 1 : norm
            var change = 0.0
            for v in 0..<n {
                next[v] /= divisor
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        return nil
    }
}
