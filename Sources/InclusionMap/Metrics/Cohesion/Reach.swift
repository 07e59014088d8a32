extension NetworkIndex {
    /// Distance-weighted reach of a set of actors, Borgatti's KPP-Pos measure: how close the
    /// rest of the network is to its nearest member of the set, from 0 to 1.
    ///
    ///     R(S) = (1/n) Σ_j 1 / d(S, j),   d(S, j) = min_{s ∈ S} d(s, j)
    ///
    /// Members of S count 1 (as if at distance 1) and actors S cannot reach count 0, so R = 1
    /// exactly when every actor outside S is tied to a member, as in Borgatti (2006). Paths
    /// leave the set along the view's arcs; symmetrise the view to let information flow
    /// either way along a tie. Hops are counted whatever the weights.
    ///
    /// Reach is monotone and submodular in S (a sum over actors of the best closeness any
    /// member offers), which is what lets a greedy choice of S come with a guarantee; see
    /// ``PanelSuggester``.
    ///
    /// Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
    /// *Computational and Mathematical Organization Theory* 12 (2006) 21–34.
    ///
    /// - Returns: 0 for an empty set or an empty view.
    /// - Complexity: O(n + m): one breadth-first search from all members at once.
    public func distanceWeightedReach(of set: some Sequence<Int32>) -> Double {
        let n = nodeCount
        guard n > 0 else { return 0 }
        var distance = [Int32](repeating: -1, count: n)
        var queue: [Int32] = []
        queue.reserveCapacity(n)
        for s in set where distance[Int(s)] < 0 {
            distance[Int(s)] = 0
            queue.append(s)
        }
        var head = 0, total = Double(queue.count)
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w in outNeighbours(of: v) where distance[Int(w)] < 0 {
                distance[Int(w)] = distance[Int(v)] + 1
                total += 1 / Double(distance[Int(w)])
                queue.append(w)
            }
        }
        return total / Double(n)
    }
}
