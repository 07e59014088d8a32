import Foundation

extension NetworkIndex {
    /// Local clustering coefficient of every node, as NetworkX's `clustering(G, weight=...)`.
    ///
    /// - Undirected, unweighted (Watts & Strogatz 1998): c_u = 2 T(u) / (k(k − 1)), T(u) the
    ///   triangles through u, k its degree.
    /// - Undirected, weighted (Onnela et al. 2005): c_u = 1/(k(k − 1)) Σ_{v,w} (ŵ_uv ŵ_uw ŵ_vw)^{1/3},
    ///   over ordered pairs of neighbours, with ŵ = w / max w over the whole view.
    /// - Directed (Fagiolo 2007): c_u = T→(u) / (2 (k_tot(k_tot − 1) − 2 k↔)), where T→ counts
    ///   the directed triangles through u (each of the eight arc patterns), k_tot = in-degree +
    ///   out-degree and k↔ the reciprocated pairs; weighted, each triangle counts
    ///   (ŵ ŵ ŵ)^{1/3} of its three arcs.
    ///
    /// A node with fewer than two neighbours, or in no triangle, has 0. Self-loops were dropped
    /// by the view. Conversions: igraph's `transitivity_local_undirected()` gives NaN instead of
    /// 0 for degree below 2 and uses Barrat's weighted formula, not Onnela's.
    ///
    /// - Complexity: undirected and unweighted, O(m^{3/2}) by counting each triangle once
    ///   (`undirectedTriangleCounts()`); otherwise O(Σ_u Σ_{v ∈ N(u)} (d_u + d_v)) with
    ///   sorted-list intersections.
    public func clustering() -> [Double] {
        let n = nodeCount
        let maximum = isWeighted ? (outWeights.max() ?? 1) : 1
        let scale = maximum == 0 ? 1 : maximum
        var result = [Double](repeating: 0, count: n)
        if !isDirected && !isWeighted {
            let triangles = undirectedTriangleCounts()
            for u in 0..<n {
                let k = Double(outOffsets[u + 1] - outOffsets[u])
                result[u] = triangles[u] == 0 ? 0 : 2 * Double(triangles[u]) / (k * (k - 1))
            }
            return result
        }
        for u in 0..<Int32(n) {
            if isDirected {
                result[Int(u)] = directedClustering(of: u, scale: scale)
            } else {
                result[Int(u)] = undirectedClustering(of: u, scale: scale)
            }
        }
        return result
    }

    /// The number of triangles through each node of an undirected view, each triangle found
    /// once (Schank & Wagner 2005, "forward"): edges are oriented from lower to higher rank
    /// (degree, then index), and a triangle is found from its lowest-ranked corner u as a pair
    /// v → w of u's higher-ranked neighbours. Marking u's neighbours turns each test into one
    /// array read. O(m^{3/2}) time, O(n + m) memory.
    private func undirectedTriangleCounts() -> [Int] {
        let n = nodeCount
        func ranksBelow(_ u: Int, _ v: Int) -> Bool {
            let du = outOffsets[u + 1] - outOffsets[u], dv = outOffsets[v + 1] - outOffsets[v]
            return du < dv || (du == dv && u < v)
        }
        // Oriented adjacency: each node's higher-ranked neighbours.
        var upOffsets = [Int](repeating: 0, count: n + 1)
        var up: [Int32] = []
        up.reserveCapacity(outTargets.count / 2)
        for u in 0..<n {
            for arc in Int(outOffsets[u])..<Int(outOffsets[u + 1]) where ranksBelow(u, Int(outTargets[arc])) {
                up.append(outTargets[arc])
            }
            upOffsets[u + 1] = up.count
        }
        var triangles = [Int](repeating: 0, count: n)
        var mark = [Int32](repeating: -1, count: n)
        up.withUnsafeBufferPointer { up in
            for u in 0..<n {
                let uRow = upOffsets[u]..<upOffsets[u + 1]
                for arc in uRow { mark[Int(up[arc])] = Int32(u) }
                for arc in uRow {
                    let v = Int(up[arc])
                    for next in upOffsets[v]..<upOffsets[v + 1] {
                        let w = Int(up[next])
                        if mark[w] == Int32(u) {
                            triangles[u] += 1
                            triangles[v] += 1
                            triangles[w] += 1
                        }
                    }
                }
            }
        }
        return triangles
    }

    private func undirectedClustering(of u: Int32, scale: Double) -> Double {
        let neighbours = outNeighbours(of: u)
        let k = Double(neighbours.count)
        guard neighbours.count > 1 else { return 0 }
        var triangles = 0.0
        let uWeights = outWeights(of: u)
        for (offset, v) in neighbours.enumerated() {
            let vNeighbours = outNeighbours(of: v)
            if isWeighted {
                let wuv = uWeights[uWeights.startIndex + offset] / scale
                // Positions are indices into the shared arc arrays: i in u's row, j in v's.
                SortedMerge.forEachCommon(neighbours, vNeighbours) { w, i, j in
                    guard w > v else { return }
                    triangles += Foundation.cbrt(wuv * (outWeights[i] / scale) * (outWeights[j] / scale))
                }
            } else {
                triangles += Double(SortedMerge.intersectionCount(neighbours, vNeighbours))
            }
        }
        // Weighted: each unordered pair of neighbours was counted once, so double it;
        // unweighted: each triangle was counted once per neighbour, i.e. twice.
        if isWeighted { triangles *= 2 }
        return triangles == 0 ? 0 : triangles / (k * (k - 1))
    }

    private func directedClustering(of i: Int32, scale: Double) -> Double {
        let iIn = inNeighbours(of: i), iOut = outNeighbours(of: i)
        let total = Double(iIn.count + iOut.count)
        let reciprocated = Double(SortedMerge.intersectionCount(iIn, iOut))
        var triangles = 0.0
        // For each neighbour j (once as predecessor, once as successor when reciprocated),
        // count k in (pred(i) ∪ succ(i)) × (pred(j) ∪ succ(j)) combinations, as NetworkX does.
        func wt(_ a: Int32, _ b: Int32) -> Double { (weight(from: a, to: b) ?? 0) / scale }
        for (isPredecessor, js) in [(true, iIn), (false, iOut)] {
            for j in js {
                let jIn = inNeighbours(of: j), jOut = outNeighbours(of: j)
                if !isWeighted {
                    triangles += Double(SortedMerge.intersectionCount(iIn, jIn) + SortedMerge.intersectionCount(iIn, jOut)
                        + SortedMerge.intersectionCount(iOut, jIn) + SortedMerge.intersectionCount(iOut, jOut))
                    continue
                }
                let wij = isPredecessor ? wt(j, i) : wt(i, j)
                SortedMerge.forEachCommon(iIn, jIn) { k, _, _ in triangles += Foundation.cbrt(wij * wt(k, i) * wt(k, j)) }
                SortedMerge.forEachCommon(iIn, jOut) { k, _, _ in triangles += Foundation.cbrt(wij * wt(k, i) * wt(j, k)) }
                SortedMerge.forEachCommon(iOut, jIn) { k, _, _ in triangles += Foundation.cbrt(wij * wt(i, k) * wt(k, j)) }
                SortedMerge.forEachCommon(iOut, jOut) { k, _, _ in triangles += Foundation.cbrt(wij * wt(i, k) * wt(j, k)) }
            }
        }
        guard triangles != 0 else { return 0 }
        return triangles / ((total * (total - 1) - 2 * reciprocated) * 2)
    }
}
