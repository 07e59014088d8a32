extension NetworkIndex {
    /// Closeness centrality of every node, as NetworkX's `closeness_centrality(G)` (with
    /// `wf_improved=True`).
    ///
    /// For node u with r(u) nodes that can reach it (itself included) at total distance
    /// D(u) = Σ d(v, u):
    ///
    ///     C(u) = (r − 1) / D(u) · (r − 1) / (n − 1)
    ///
    /// the Wasserman–Faust (1994) correction that scales closeness within u's reach by the
    /// share of the network reached, so that disconnected graphs compare fairly. C(u) = 0 when
    /// nothing reaches u or n = 1. On a directed view distances run *to* u (incoming paths),
    /// as NetworkX does by reversing the graph; for outgoing closeness, build the view with
    /// the ties reversed. Weighted views use lengths 1/weight (Opsahl et al. 2010).
    ///
    /// Conversions: igraph's `closeness()` counts reachable nodes only, 1 / mean distance over
    /// the reached, which is (r − 1)/D(u) here, i.e. C(u) · (n − 1)/(r − 1); UCINET's
    /// Freeman closeness needs a connected graph and then equals C(u) × 100.
    ///
    /// - Parameter threads: how many threads to use; `nil` for every core. Each node's value
    ///   depends on its own search only, so the result does not depend on the thread count.
    /// Unweighted views run 256 breadth-first searches at once, bit-parallel
    /// (`IncomingDistanceSums`); weighted views run Dijkstra's algorithm from each node.
    ///
    /// - Complexity: O(n·m) unweighted (in practice O(n·m/256 · levels)), O(n·m + n² log n)
    ///   weighted.
    public func closeness(threads: Int? = nil) -> [Double] {
        let n = Double(nodeCount)
        if !isWeighted {
            let sums = IncomingDistanceSums(index: self, threads: threads)
            return (0..<nodeCount).map { u in
                let reached = Double(sums.reached[u]), total = sums.total[u]
                guard total > 0, nodeCount > 1 else { return 0 }
                return reached / total * (reached / (n - 1))
            }
        }
        return perNodeFromIncomingSearch(threads: threads) { search in
            var total = 0.0
            for node in search.settled { total += search.distance[Int(node)] }
            let reached = Double(search.settled.count - 1)
            guard total > 0, nodeCount > 1 else { return 0 }
            return reached / total * (reached / (n - 1))
        }
    }

    /// Runs a shortest-path search towards every node (over in-arcs) and maps it to a value.
    func perNodeFromIncomingSearch(threads: Int?, _ value: @Sendable (ShortestPathSearch) -> Double) -> [Double] {
        let blockCount = max(1, min(256, nodeCount))
        return ParallelBlocks.map(count: nodeCount, blockCount: blockCount, threads: threads) { range in
            var search = ShortestPathSearch(index: self, forward: false)
            return range.map { node in
                search.run(from: Int32(node), countPaths: false)
                return value(search)
            }
        }.flatMap { $0 }
    }
}
