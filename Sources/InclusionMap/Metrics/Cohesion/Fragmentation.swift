extension NetworkIndex {
    /// Distance-weighted fragmentation, Borgatti's KPP-Neg measure: how far apart actors are,
    /// from 0 (everyone tied to everyone) to 1 (no tie at all).
    ///
    ///     F = 1 − Σ_{i ≠ j} (1 / d(i, j)) / (n (n − 1))
    ///
    /// with 1/∞ = 0 for pairs with no path, so a network in pieces is fragmented in
    /// proportion to how many pairs cannot reach each other, and a connected one in
    /// proportion to how long its paths are. It is one minus the global efficiency of Latora
    /// and Marchiori (2001), NetworkX's `1 - global_efficiency(G)` on an undirected view.
    ///
    /// On a directed view distances follow direction and pairs are ordered; symmetrise the
    /// view to ask whether two actors are linked at all. A weighted view still counts hops:
    /// fragmentation is about how many hands a message passes through.
    ///
    /// Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
    /// *Computational and Mathematical Organization Theory* 12 (2006) 21–34.
    ///
    /// - Returns: `nil` for a view of fewer than two actors.
    /// - Complexity: O(n·m) (bit-parallel breadth-first search, as for harmonic centrality).
    public func distanceWeightedFragmentation(threads: Int? = nil) -> Double? {
        let n = Double(nodeCount)
        guard nodeCount > 1 else { return nil }
        // Breadth-first search: hops, whatever the weights.
        let inverseDistances = IncomingDistanceSums(index: self, threads: threads).inverseTotal
        return 1 - inverseDistances.reduce(0, +) / (n * (n - 1))
    }
}
