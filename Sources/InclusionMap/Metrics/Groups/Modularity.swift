extension NetworkIndex {
    /// The modularity of a grouping, as NetworkX's `community.modularity(G, groups,
    /// weight=..., resolution=γ)`:
    ///
    ///     undirected:  Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]                  (Newman 2006)
    ///     directed:    Q = Σ_c [ L_c / m − γ d_c^out d_c^in / m² ]          (Leicht & Newman 2008)
    ///
    /// with m the total tie weight, L_c the weight of ties inside group c, d_c the total degree
    /// (strength) of its members. Ungrouped actors and their ties are left out, so the groups
    /// partition the rest, as NetworkX requires. `nil` when no tie is left.
    ///
    /// References: Newman, M. E. J. (2006). Modularity and community structure in networks.
    /// *PNAS* 103(23), 8577–8582. Leicht, E. A. & Newman, M. E. J. (2008). Community structure
    /// in directed networks. *Physical Review Letters* 100, 118703.
    public func modularity(of grouping: Grouping, resolution: Double = 1) -> Double? {
        let group = grouping.groupOfNode
        let k = grouping.groupCount
        var inside = [Double](repeating: 0, count: k)
        var outDegree = inside, inDegree = inside
        var total = 0.0
        for u in 0..<nodeCount where group[u] >= 0 {
            for arc in Int(outOffsets[u])..<Int(outOffsets[u + 1]) {
                let v = Int(outTargets[arc])
                guard group[v] >= 0 else { continue }
                let w = outWeights[arc]
                total += w
                outDegree[Int(group[u])] += w
                inDegree[Int(group[v])] += w
                if group[u] == group[v] { inside[Int(group[u])] += w }
            }
        }
        guard total > 0 else { return nil }
        // Undirected views hold each edge as two arcs: m = total / 2, L_c = inside / 2, and
        // d_c = outDegree = inDegree, so both formulas become Σ inside/total − γ out·in/total².
        var q = 0.0
        for c in 0..<k {
            q += inside[c] / total - resolution * outDegree[c] * inDegree[c] / (total * total)
        }
        return q
    }

    /// The attribute assortativity of a grouping, as NetworkX's
    /// `attribute_assortativity_coefficient(G, attribute)` (Newman 2003):
    ///
    ///     r = (Σ_g e_gg − Σ_g a_g b_g) / (1 − Σ_g a_g b_g)
    ///
    /// where e is the group mixing matrix of arcs (an undirected tie counted in both
    /// directions) normalised to sum 1, and a, b its row and column sums. Unweighted, like
    /// NetworkX. 1 when ties stay within groups exactly as much as possible, 0 when they
    /// ignore groups, negative when they prefer other groups. Ungrouped actors are left out;
    /// `nil` when no tie is left or every tie is in one group (r undefined).
    ///
    /// Reference: Newman, M. E. J. (2003). Mixing patterns in networks. *Physical Review E*
    /// 67, 026126.
    public func assortativity(of grouping: Grouping) -> Double? {
        let group = grouping.groupOfNode
        let k = grouping.groupCount
        var mixing = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        var total = 0.0
        for u in 0..<nodeCount where group[u] >= 0 {
            for arc in Int(outOffsets[u])..<Int(outOffsets[u + 1]) {
                let v = Int(outTargets[arc])
                guard group[v] >= 0 else { continue }
                mixing[Int(group[u])][Int(group[v])] += 1
                total += 1
            }
        }
        guard total > 0 else { return nil }
        var trace = 0.0, expected = 0.0
        for g in 0..<k {
            trace += mixing[g][g] / total
            let row = mixing[g].reduce(0, +) / total
            let column = mixing.reduce(0) { $0 + $1[g] } / total
            expected += row * column
        }
        guard expected < 1 else { return nil }
        return (trace - expected) / (1 - expected)
    }
}
