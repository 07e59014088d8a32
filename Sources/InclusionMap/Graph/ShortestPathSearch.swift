/// Single-source shortest paths over a ``NetworkIndex``, with every buffer allocated once and
/// reused from source to source (only the nodes a search reached are reset).
///
/// Dijkstra's algorithm on lengths 1/weight, so that a stronger tie is a shorter path (Opsahl,
/// Agneessens & Skvoretz 2010); a tie of weight 0 is not a path. Weighted betweenness,
/// closeness and harmonic centrality use it; unweighted views have faster breadth-first
/// searches of their own (`DependencyAccumulator`, `IncomingDistanceSums`).
///
/// The search follows out-arcs (`forward`) or in-arcs (`!forward`, i.e. distances *to* the
/// source, as NetworkX's closeness uses on directed graphs).
struct ShortestPathSearch {
    let index: NetworkIndex
    let forward: Bool
    /// Nodes in the order they were settled (non-decreasing distance); `settled[0]` is the source.
    private(set) var settled: [Int32]
    /// Distance from the source (or to it, when `!forward`); `.infinity` when unreached.
    private(set) var distance: [Double]
    /// Number of shortest paths from the source, as a Double (NetworkX's `sigma`).
    private(set) var pathCount: [Double]
    private var heap = MinHeap()
    private var isSettled: [Bool]
    /// 1/weight of each arc the search follows (+∞ for weight 0; 1 on an unweighted view).
    let lengths: [Double]

    init(index: NetworkIndex, forward: Bool = true) {
        self.index = index
        self.forward = forward
        settled = []
        settled.reserveCapacity(index.nodeCount)
        distance = [Double](repeating: .infinity, count: index.nodeCount)
        pathCount = [Double](repeating: 0, count: index.nodeCount)
        isSettled = [Bool](repeating: false, count: index.nodeCount)
        let weights = forward ? index.outWeights : index.inWeights
        lengths = weights.map { 1 / $0 }
    }

    /// Finds shortest paths from `source`, counting them when `countPaths` is set.
    mutating func run(from source: Int32, countPaths: Bool) {
        for node in settled {
            distance[Int(node)] = .infinity
            pathCount[Int(node)] = 0
            isSettled[Int(node)] = false
        }
        settled.removeAll(keepingCapacity: true)
        dijkstra(from: source, countPaths: countPaths)
    }

    private mutating func dijkstra(from source: Int32, countPaths: Bool) {
        let offsets = forward ? index.outOffsets : index.inOffsets
        let neighbours = forward ? index.outTargets : index.inSources
        // `distance` holds tentative distances; a node is settled when popped with its own.
        // Every node given a finite distance is pushed, so it is settled before the heap empties.
        heap.removeAll()
        distance[Int(source)] = 0
        pathCount[Int(source)] = 1
        heap.push(0, source)
        while !heap.isEmpty {
            let (d, node) = heap.pop()
            let v = Int(node)
            if isSettled[v] || d > distance[v] { continue }
            isSettled[v] = true
            settled.append(node)
            for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(neighbours[arc])
                if isSettled[w] { continue }
                let candidate = d + lengths[arc]
                // Sums equal in exact arithmetic tie (``PathLength``), so no shortest path is
                // lost to rounding.
                if PathLength.isShorter(candidate, than: distance[w]) {
                    distance[w] = candidate
                    pathCount[w] = pathCount[v]
                    heap.push(candidate, Int32(w))
                } else if countPaths, PathLength.ties(candidate, distance[w]) {
                    pathCount[w] += pathCount[v]
                }
            }
        }
    }
}
