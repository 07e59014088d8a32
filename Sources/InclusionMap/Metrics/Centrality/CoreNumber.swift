extension NetworkIndex {
    /// The k-core number of every node: the largest k such that the node belongs to a
    /// subgraph in which every node has at least k neighbours (Seidman 1983), as NetworkX's
    /// `core_number(G.to_undirected())`.
    ///
    /// Always computed on the symmetrised, unweighted view: a node's degree is its number of
    /// distinct neighbours, in or out. (NetworkX's `core_number` on a directed graph would use
    /// in + out degree instead.) Bucket algorithm of Batagelj & Zaveršnik (2003).
    ///
    /// - Complexity: O(n + m).
    public func coreNumbers() -> [Int] {
        let n = nodeCount
        // Neighbour lists of the symmetrised simple graph.
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbours: [Int32] = []
        neighbours.reserveCapacity(arcCount)
        for u in 0..<Int32(n) {
            if isDirected {
                neighbours += SortedMerge.union(outNeighbours(of: u), inNeighbours(of: u))
            } else {
                neighbours += outNeighbours(of: u)
            }
            offsets[Int(u) + 1] = neighbours.count
        }
        var degree = (0..<n).map { offsets[$0 + 1] - offsets[$0] }
        let maxDegree = degree.max() ?? 0
        // Nodes sorted by degree (bucket sort); position and bucket starts.
        var bucketStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { bucketStart[d + 1] += 1 }
        for d in 0..<(maxDegree + 1) { bucketStart[d + 1] += bucketStart[d] }
        var fill = bucketStart
        var order = [Int](repeating: 0, count: n)
        var position = [Int](repeating: 0, count: n)
        for v in 0..<n {
            position[v] = fill[degree[v]]
            order[position[v]] = v
            fill[degree[v]] += 1
        }
        for i in 0..<n {
            let v = order[i]
            for arc in offsets[v]..<offsets[v + 1] {
                let u = Int(neighbours[arc])
                guard degree[u] > degree[v] else { continue }
                // Move u to the front of its bucket, then shrink its degree by one.
                let du = degree[u]
                let front = bucketStart[du]
                let w = order[front]
                if w != u {
                    order[position[u]] = w
                    position[w] = position[u]
                    order[front] = u
                    position[u] = front
                }
                bucketStart[du] += 1
                degree[u] -= 1
            }
        }
        return degree
    }
}
