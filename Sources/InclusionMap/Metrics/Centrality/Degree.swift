extension NetworkIndex {
    /// The number of distinct neighbours of each node, in or out: |N⁺(v) ∪ N⁻(v)|.
    ///
    /// On an undirected view this is `G.degree` in NetworkX; on a directed view a reciprocated
    /// pair counts once (NetworkX's `G.degree` would count it twice; that is
    /// ``inDegrees()`` + ``outDegrees()``). Parallel ties were merged and self-loops dropped
    /// by the view. O(n + m).
    public func degrees() -> [Int] {
        (0..<Int32(nodeCount)).map { node in
            isDirected ? SortedMerge.unionCount(outNeighbours(of: node), inNeighbours(of: node)) : outNeighbours(of: node).count
        }
    }

    /// The number of arcs into each node (`G.in_degree` in NetworkX); the degree when undirected. O(n).
    public func inDegrees() -> [Int] {
        (0..<nodeCount).map { Int(inOffsets[$0 + 1] - inOffsets[$0]) }
    }

    /// The number of arcs out of each node (`G.out_degree` in NetworkX); the degree when undirected. O(n).
    public func outDegrees() -> [Int] {
        (0..<nodeCount).map { Int(outOffsets[$0 + 1] - outOffsets[$0]) }
    }

    /// The total weight of the ties at each node: Σ w over out-arcs plus, on a directed view,
    /// Σ w over in-arcs (NetworkX's `G.degree(weight="weight")`). Equals the degree counts
    /// on an unweighted view. O(n + m).
    public func strengths() -> [Double] {
        (0..<Int32(nodeCount)).map { node in
            let out = outWeights(of: node).reduce(0, +)
            return isDirected ? out + inWeights(of: node).reduce(0, +) : out
        }
    }
}
