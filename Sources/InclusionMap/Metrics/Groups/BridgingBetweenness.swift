extension NetworkIndex {
    /// Bridging betweenness: the share of shortest paths between actors of *different* groups
    /// that run through each actor.
    ///
    ///     BB(v) = Σ_{s, t: g(s) ≠ g(t); s, t ≠ v} σ_st(v) / σ_st  /  P(v)
    ///
    /// over ordered pairs of grouped actors in different groups, where P(v) is the number of
    /// such pairs that do not involve v: with G grouped actors and group sizes n_g,
    /// P = Σ_g n_g (G − n_g), and P(v) = P − 2 (G − n_{g(v)}) for a grouped v (P for an
    /// ungrouped one). So 0.25 means that, averaged over cross-group pairs, a quarter of the
    /// shortest paths run through v. On an undirected view each unordered pair appears twice
    /// in both sums, so the value is the same as over unordered pairs. Unreachable pairs count
    /// in P(v) and contribute 0, as in betweenness. `nil` when P(v) = 0.
    ///
    /// Computed with the same Brandes passes as ``betweenness(threads:)``, a target counting
    /// only when it is in another group than the source; paths (BFS, or Dijkstra on 1/weight
    /// when weighted), parallelism and thread-count independence are the same.
    ///
    /// - Complexity: O(n·m) unweighted, O(n·m + n² log n) weighted.
    public func bridgingBetweenness(grouping: Grouping, threads: Int? = nil) -> [Double?] {
        let group = grouping.groupOfNode
        let sources = (0..<Int32(nodeCount)).filter { group[Int($0)] >= 0 }
        let totals = accumulateBetweenness(sources: sources, groups: group, threads: threads)
        let sizes = grouping.sizes
        let grouped = sizes.reduce(0, +)
        let pairs = sizes.reduce(0) { $0 + $1 * (grouped - $1) }
        return (0..<nodeCount).map { v in
            let g = Int(group[v])
            let available = g >= 0 ? pairs - 2 * (grouped - sizes[g]) : pairs
            return available > 0 ? totals[v] / Double(available) : nil
        }
    }
}
