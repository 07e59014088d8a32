extension NetworkIndex {
    /// Harmonic centrality of every node, as NetworkX's `harmonic_centrality(G)` (not normalised).
    ///
    ///     H(u) = Σ_{v ≠ u} 1 / d(v, u)
    ///
    /// with 1/∞ = 0 for nodes that cannot reach u, so it is defined on disconnected graphs
    /// (Marchiori & Latora 2000; Boldi & Vigna 2014). On a directed view distances run to u
    /// (incoming paths), as in NetworkX. Weighted views use lengths 1/weight (Opsahl et al.
    /// 2010). Divide by n − 1 for the normalised form igraph's `harmonic_centrality(normalized=TRUE)` gives.
    ///
    /// - Parameter threads: how many threads to use; `nil` for every core; the result does
    ///   not depend on it.
    /// Unweighted views run 256 breadth-first searches at once, bit-parallel
    /// (`IncomingDistanceSums`); weighted views run Dijkstra's algorithm from each node.
    ///
    /// - Complexity: O(n·m) unweighted (in practice O(n·m/256 · levels)), O(n·m + n² log n)
    ///   weighted.
    public func harmonicCentrality(threads: Int? = nil) -> [Double] {
        if !isWeighted { return IncomingDistanceSums(index: self, threads: threads).inverseTotal }
        return perNodeFromIncomingSearch(threads: threads) { search in
            var total = 0.0
            for node in search.settled.dropFirst() { total += 1 / search.distance[Int(node)] }
            return total
        }
    }
}
