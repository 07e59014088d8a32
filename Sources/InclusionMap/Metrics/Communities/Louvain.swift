extension NetworkIndex {
    /// Informal silos: communities found by the Louvain method, returned as a ``Grouping``
    /// (groups named `c1`, `c2`, … in order of their first actor) that every group metric
    /// accepts.
    ///
    /// Louvain (Blondel et al. 2008) maximises modularity Q = Σ_c [L_c/m − γ (d_c/2m)²] on the
    /// symmetrised view (pair weights summed in both directions when weighted, 1 per linked pair
    /// when not) by repeating two phases: move single nodes to the neighbouring community with
    /// the largest gain ΔQ ∝ k_{i,c} − γ Σ_c k_i / 2m until no move helps, then merge each
    /// community into one node. It stops when a level raises Q by no more than `threshold`
    /// (NetworkX's default 1e-7). Nodes are visited in an order shuffled by SplitMix64 with
    /// `seed`, so the same seed gives the same communities; a move needs a strictly positive
    /// gain, and ties go to the community met first. Isolates are communities of their own.
    ///
    /// The result is a local optimum: it matches NetworkX's `louvain_communities` in method,
    /// not partition for partition (their random orders differ).
    ///
    /// Reference: Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast
    /// unfolding of communities in large networks. *J. Stat. Mech.* P10008.
    ///
    /// - Complexity: about O(m) per pass; a few passes per level, a few levels.
    public func louvainCommunities(resolution: Double = 1, seed: UInt64 = 1, threshold: Double = 1e-7) -> Grouping {
        let adjacency = MutualAdjacency(self)
        var graph = LouvainGraph(offsets: adjacency.offsets, neighbours: adjacency.neighbours.map(Int.init),
                                 weights: adjacency.pairWeights, selfLoops: [Double](repeating: 0, count: nodeCount))
        var membership = Array(0..<nodeCount)
        var generator = SplitMix64(seed: seed)
        var quality = graph.modularity(of: Array(0..<graph.count), resolution: resolution)
        while graph.totalWeight > 0 {
            let (communities, moved) = graph.moveNodes(resolution: resolution, generator: &generator)
            guard moved else { break }
            let next = graph.modularity(of: communities, resolution: resolution)
            // Renumber communities 0..<k and follow each original node into its community.
            var number = [Int](repeating: -1, count: graph.count)
            var count = 0
            for c in communities where number[c] < 0 { number[c] = count; count += 1 }
            membership = membership.map { number[communities[$0]] }
            graph = graph.aggregated(by: communities.map { number[$0] }, count: count)
            if next - quality <= threshold { break }
            quality = next
        }
        // Name communities by first appearance in node order.
        var name = [Int: Int32]()
        var groups = [Int32](repeating: 0, count: nodeCount)
        for node in 0..<nodeCount {
            if let existing = name[membership[node]] {
                groups[node] = existing
            } else {
                groups[node] = Int32(name.count)
                name[membership[node]] = Int32(name.count)
            }
        }
        return Grouping(names: (0..<name.count).map { "c\($0 + 1)" }, groupOfNode: groups, column: "community")
    }
}

/// An undirected weighted graph for Louvain's levels: CSR adjacency without self-loops, plus
/// each node's self-loop weight (the internal weight of a merged community).
private struct LouvainGraph {
    var offsets: [Int]
    var neighbours: [Int]
    var weights: [Double]
    var selfLoops: [Double]

    var count: Int { selfLoops.count }
    /// Σ of strengths, 2m (a self-loop adds twice its weight).
    var totalWeight: Double { strengths.reduce(0, +) }
    var strengths: [Double] {
        (0..<count).map { node in weights[offsets[node]..<offsets[node + 1]].reduce(0, +) + 2 * selfLoops[node] }
    }

    func modularity(of community: [Int], resolution: Double) -> Double {
        let k = strengths
        let twiceM = k.reduce(0, +)
        guard twiceM > 0 else { return 0 }
        var inside = [Double](repeating: 0, count: count)
        var degree = [Double](repeating: 0, count: count)
        for u in 0..<count {
            degree[community[u]] += k[u]
            inside[community[u]] += 2 * selfLoops[u]
            for arc in offsets[u]..<offsets[u + 1] where community[neighbours[arc]] == community[u] {
                inside[community[u]] += weights[arc]
            }
        }
        var q = 0.0
        for c in 0..<count where degree[c] > 0 {
            q += inside[c] / twiceM - resolution * (degree[c] / twiceM) * (degree[c] / twiceM)
        }
        return q
    }

    /// Phase one: local moves until none improves modularity. Returns each node's community
    /// and whether any node moved.
    func moveNodes(resolution: Double, generator: inout SplitMix64) -> ([Int], Bool) {
        let k = strengths
        let twiceM = k.reduce(0, +)
        var community = Array(0..<count)
        var total = k
        var order = Array(0..<count)
        for i in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(i, Int(generator.next(below: UInt64(i + 1))))
        }
        var toCommunity = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        var movedAny = false
        var moved = true
        while moved {
            moved = false
            for i in order {
                let own = community[i]
                for arc in offsets[i]..<offsets[i + 1] {
                    let c = community[neighbours[arc]]
                    if toCommunity[c] == 0 && !touched.contains(c) { touched.append(c) }
                    toCommunity[c] += weights[arc]
                }
                total[own] -= k[i]
                var best = own
                var bestGain = toCommunity[own] - resolution * total[own] * k[i] / twiceM
                for c in touched where c != own {
                    let gain = toCommunity[c] - resolution * total[c] * k[i] / twiceM
                    if gain > bestGain + 1e-12 { best = c; bestGain = gain }
                }
                total[best] += k[i]
                if best != own {
                    community[i] = best
                    moved = true
                    movedAny = true
                }
                for c in touched { toCommunity[c] = 0 }
                toCommunity[own] = 0
                touched.removeAll(keepingCapacity: true)
            }
        }
        return (community, movedAny)
    }

    /// Phase two: one node per community; ties between communities summed, ties inside one
    /// becoming its self-loop.
    func aggregated(by community: [Int], count communities: Int) -> LouvainGraph {
        var selfLoops = [Double](repeating: 0, count: communities)
        var rows = [[Int: Double]](repeating: [:], count: communities)
        for u in 0..<count {
            let cu = community[u]
            selfLoops[cu] += self.selfLoops[u]
            for arc in offsets[u]..<offsets[u + 1] {
                let cv = community[neighbours[arc]]
                if cu == cv {
                    selfLoops[cu] += weights[arc] / 2   // each internal edge is seen from both ends
                } else {
                    rows[cu][cv, default: 0] += weights[arc]
                }
            }
        }
        var offsets = [0]
        var neighbours: [Int] = []
        var weights: [Double] = []
        for row in rows {
            for (v, w) in row.sorted(by: { $0.key < $1.key }) { neighbours.append(v); weights.append(w) }
            offsets.append(neighbours.count)
        }
        return LouvainGraph(offsets: offsets, neighbours: neighbours, weights: weights, selfLoops: selfLoops)
    }
}
