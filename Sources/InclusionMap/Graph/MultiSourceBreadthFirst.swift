/// Hop-distance sums towards every node of an unweighted view, found by bit-parallel
/// multi-source breadth-first search (Then, Kaufmann, Chirigati, Hoang-Vu, Pham, Kemper,
/// Neumann & Vo, "The More the Merrier: Efficient Multi-Source Graph Traversal", VLDB 2015).
///
/// Up to 256 searches run together, one bit each in four 64-bit words per node: `seen` (the
/// searches that have reached the node), `frontier` (those that reached it at the current
/// level) and `next`. One scan of a frontier node's arcs advances every search that has it
/// on its frontier at once — `next[w] |= frontier[v]` — so a batch costs about one adjacency
/// scan per BFS level instead of one per source. Closeness and harmonic centrality need only
/// these distances, not path counts.
///
/// Searches follow arcs backwards (from u to the nodes with arcs into it), so the sums are of
/// distances d(v, u) *to* u, the incoming convention of NetworkX's closeness.
///
/// Complexity: O((n/256) · (L·(n + m)) + n²) time for L levels, 96 bytes per node per thread.
struct IncomingDistanceSums {
    /// For each node u, the number of other nodes that reach it.
    var reached: [Int]
    /// For each node u, Σ d(v, u) over the nodes v ≠ u that reach it.
    var total: [Double]
    /// For each node u, Σ 1/d(v, u) over the nodes v ≠ u that reach it.
    var inverseTotal: [Double]

    private static let lanes = 256
    private typealias Word = SIMD4<UInt64>

    init(index: NetworkIndex, threads: Int?) {
        let n = index.nodeCount
        let batches = (n + Self.lanes - 1) / Self.lanes
        let parts = ParallelBlocks.map(count: batches, blockCount: batches, threads: threads) { range in
            Self.searchBatch(index: index, sources: (range.lowerBound * Self.lanes)..<min(n, range.upperBound * Self.lanes))
        }
        reached = []; total = []; inverseTotal = []
        reached.reserveCapacity(n); total.reserveCapacity(n); inverseTotal.reserveCapacity(n)
        for part in parts {
            reached += part.reached
            total += part.total
            inverseTotal += part.inverseTotal
        }
    }

    private init(reached: [Int], total: [Double], inverseTotal: [Double]) {
        self.reached = reached
        self.total = total
        self.inverseTotal = inverseTotal
    }

    /// Runs the searches from `sources` (at most 256 consecutive nodes) together.
    private static func searchBatch(index: NetworkIndex, sources: Range<Int>) -> IncomingDistanceSums {
        let n = index.nodeCount
        let count = sources.count
        var reached = [Int](repeating: 0, count: count)
        var total = [Double](repeating: 0, count: count)
        var inverseTotal = [Double](repeating: 0, count: count)
        var levelCount = [Int](repeating: 0, count: count)
        var seen = [Word](repeating: .zero, count: n)
        var frontier = [Word](repeating: .zero, count: n)
        var next = [Word](repeating: .zero, count: n)
        for (lane, source) in sources.enumerated() {
            var word = Word.zero
            word[lane / 64] = 1 << UInt64(lane % 64)
            seen[source] = word
            frontier[source] = word
        }
        index.inOffsets.withUnsafeBufferPointer { offsets in
            index.inSources.withUnsafeBufferPointer { neighbours in
                seen.withUnsafeMutableBufferPointer { seen in
                    frontier.withUnsafeMutableBufferPointer { frontier in
                        next.withUnsafeMutableBufferPointer { next in
                            var level = 0.0
                            var advanced = true
                            while advanced {
                                level += 1
                                for v in 0..<n where frontier[v] != .zero {
                                    let bits = frontier[v]
                                    for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                                        next[Int(neighbours[arc])] |= bits
                                    }
                                }
                                advanced = false
                                for w in 0..<n {
                                    let fresh = next[w] & ~seen[w]
                                    next[w] = .zero
                                    frontier[w] = fresh
                                    guard fresh != .zero else { continue }
                                    advanced = true
                                    seen[w] |= fresh
                                    for word in 0..<4 {
                                        var bits = fresh[word]
                                        while bits != 0 {
                                            levelCount[word * 64 + bits.trailingZeroBitCount] += 1
                                            bits &= bits - 1
                                        }
                                    }
                                }
                                for lane in 0..<count where levelCount[lane] > 0 {
                                    let found = levelCount[lane]
                                    reached[lane] += found
                                    total[lane] += Double(found) * level
                                    inverseTotal[lane] += Double(found) / level
                                    levelCount[lane] = 0
                                }
                            }
                        }
                    }
                }
            }
        }
        return IncomingDistanceSums(reached: reached, total: total, inverseTotal: inverseTotal)
    }
}
