/// Each node's neighbours in either direction with their *mutual weight* — the weight of the
/// arc u → v plus that of v → u (Burt 1992; NetworkX's `mutual_weight`) — as a CSR view.
///
/// On an undirected view both arcs exist, so a tie's mutual weight is twice its weight; every
/// measure that uses it normalises by a sum or a maximum over the same node, so the factor
/// cancels. Unweighted views count each arc as 1. O(n + m) to build.
struct MutualAdjacency {
    let offsets: [Int]
    let neighbours: [Int32]
    let weights: [Double]
    /// The weight of each pair in the symmetrised view: the mutual weight when weighted (halved
    /// on an undirected view, whose edges were counted from both arcs), 1 when unweighted.
    let pairWeights: [Double]
    /// Σ of each node's mutual weights.
    let sums: [Double]
    /// The largest of each node's mutual weights (0 for an isolate).
    let maxima: [Double]

    init(_ index: NetworkIndex) {
        let n = index.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbours: [Int32] = []
        var weights: [Double] = []
        neighbours.reserveCapacity(index.arcCount * (index.isDirected ? 2 : 1))
        weights.reserveCapacity(neighbours.capacity)
        var sums = [Double](repeating: 0, count: n)
        var maxima = [Double](repeating: 0, count: n)
        for u in 0..<Int32(n) {
            let out = index.outNeighbours(of: u), outW = index.outWeights(of: u)
            let into = index.inNeighbours(of: u), inW = index.inWeights(of: u)
            var i = out.startIndex, j = into.startIndex
            // Merge the sorted out- and in-rows; a node in both gets the sum of the two arcs.
            while i < out.endIndex || j < into.endIndex {
                let next: Int32, weight: Double
                if j == into.endIndex || (i < out.endIndex && out[i] < into[j]) {
                    next = out[i]; weight = outW[i]; i += 1
                } else if i == out.endIndex || into[j] < out[i] {
                    next = into[j]; weight = inW[j]; j += 1
                } else {
                    next = out[i]; weight = outW[i] + inW[j]; i += 1; j += 1
                }
                neighbours.append(next)
                weights.append(weight)
                sums[Int(u)] += weight
                maxima[Int(u)] = max(maxima[Int(u)], weight)
            }
            offsets[Int(u) + 1] = neighbours.count
        }
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        let halve = !index.isDirected
        self.pairWeights = index.isWeighted ? weights.map { halve ? $0 / 2 : $0 } : [Double](repeating: 1, count: weights.count)
        self.sums = sums
        self.maxima = maxima
    }

    func range(of node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }
}
