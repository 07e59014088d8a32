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

    /// Bridging betweenness estimated from `sampleSize` source actors drawn at random among
    /// the grouped ones with `seed` (Brandes & Pich 2007), on the scale of
    /// ``bridgingBetweenness(grouping:threads:)``, with the standard error of each value.
    ///
    /// With K the k sources drawn from the G grouped actors and B_K(v) the sum of their
    /// dependencies on v (targets in another group only), the estimate of the exact sum is
    /// B_K(v) · (G − 1)/(k − 1) for a source (its own search adds nothing to it),
    /// B_K(v) · (G − 1)/k for another grouped actor (drawn from G − 1 others) and
    /// B_K(v) · G/k for an ungrouped one: each is unbiased given whether v was drawn. The
    /// standard error is the one of ``SampledMeasure`` with N and k counted the same way. The
    /// sources are the first `sampleSize` of a Fisher–Yates shuffle of the grouped actors by
    /// SplitMix64 seeded with `seed`, the same on every platform. With k ≥ G the values are
    /// the exact measure and every standard error is 0.
    ///
    /// With `growth`, the sample starts at `sampleSize` and doubles, the sources drawn so far
    /// kept and the next ones taken from the same shuffle, until the rule is met
    /// (``SampleGrowth``).
    ///
    /// - Complexity: O(k·m) unweighted.
    public func bridgingBetweenness(
        grouping: Grouping, sampleSize: Int, seed: UInt64, growth: SampleGrowth? = nil, threads: Int? = nil
    ) -> SampledMeasure {
        let group = grouping.groupOfNode
        var sources = (0..<Int32(nodeCount)).filter { group[Int($0)] >= 0 }
        let population = sources.count
        guard sampleSize < population, sampleSize > 1 else {
            let exact = bridgingBetweenness(grouping: grouping, threads: threads)
            return SampledMeasure(values: exact, standardErrors: exact.map { $0.map { _ in 0 } }, sampleSize: population, population: population, seed: seed)
        }
        let sizes = growth?.sizes(from: sampleSize, population: population - 1) ?? [sampleSize]
        var generator = SplitMix64(seed: seed)
        for i in 0..<sizes.last! {
            sources.swapAt(i, i + Int(generator.next(below: UInt64(population - i))))
        }
        return grownSample(order: Array(sources[..<sizes.last!]), sizes: sizes, groups: group, growth: growth, threads: threads) { chosen, totals, squares in
            let (values, errors) = bridgingBetweenness(grouping: grouping, sources: chosen, totals: totals, squares: squares)
            return SampledMeasure(values: values, standardErrors: errors, sampleSize: chosen.count, population: population, seed: seed)
        }
    }

    /// Bridging betweenness estimated from the given distinct grouped `sources`, with standard
    /// errors, as in ``bridgingBetweenness(grouping:sampleSize:seed:growth:threads:)``.
    func bridgingBetweenness(grouping: Grouping, sources: [Int32], threads: Int?) -> (values: [Double?], standardErrors: [Double?]) {
        let (totals, squares) = accumulateBetweennessWithSquares(sources: sources, groups: grouping.groupOfNode, threads: threads)
        return bridgingBetweenness(grouping: grouping, sources: sources, totals: totals, squares: squares)
    }

    /// The estimate from the dependency sums `totals` and squared dependencies of `sources`.
    private func bridgingBetweenness(
        grouping: Grouping, sources: [Int32], totals: [Double], squares: [Double]
    ) -> (values: [Double?], standardErrors: [Double?]) {
        let group = grouping.groupOfNode
        let isSource = Set(sources)
        let sizes = grouping.sizes
        let grouped = sizes.reduce(0, +)
        let pairs = sizes.reduce(0) { $0 + $1 * (grouped - $1) }
        var values = [Double?](repeating: nil, count: nodeCount), errors = values
        for v in 0..<nodeCount {
            let g = Int(group[v])
            let available = g >= 0 ? pairs - 2 * (grouped - sizes[g]) : pairs
            guard available > 0 else { continue }
            // The sources that could add to v, and how many of them were searched.
            let own = g >= 0 && isSource.contains(Int32(v))
            let population = Double(g >= 0 ? grouped - 1 : grouped)
            let k = Double(own ? sources.count - 1 : sources.count)
            guard k > 0 else { continue }
            let mean = totals[v] / k
            let variance = k > 1 ? max(0, squares[v] - k * mean * mean) / (k - 1) : 0
            values[v] = population * mean / Double(available)
            errors[v] = population * (max(0, 1 - k / population) * variance / k).squareRoot() / Double(available)
        }
        return (values, errors)
    }
}
