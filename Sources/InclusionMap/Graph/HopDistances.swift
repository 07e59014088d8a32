/// Hop distances between every pair of nodes of a view, from a breadth-first search per
/// node along out-arcs (run 256 at a time, bit-parallel): the table behind set reach (KPP-Pos), group-pair fragmentation and
/// the what-if tie search, which need distances themselves rather than their sums.
///
/// Rows are stored flat as `UInt16`, with ``unreachable`` for pairs with no path, so a map
/// of 2,000 actors takes 8 MB.
///
/// - Complexity: O((n/256)·L·(n + m) + n²) time for L levels, shared among the cores; O(n²) memory (200 MB at 10,000
///   actors).
struct HopDistances: Sendable {
    /// The value of d(u, v) when v cannot be reached from u.
    static let unreachable = UInt16.max

    let nodeCount: Int
    private(set) var distances: [UInt16]

    /// The table of `index`, its rows computed in blocks on up to `threads` threads (the
    /// rows are the same whatever the thread count).
    init(index: NetworkIndex, threads: Int? = nil) {
        let n = index.nodeCount
        // Callers check the size first (DistanceTableTooLarge), in words.
        precondition(n <= DistanceTableTooLarge.maximumActors, "hop distances are kept for at most 65,534 nodes")
        nodeCount = n
        // One table, each block writing its own rows in place: no per-block copies to join,
        // so the peak is the table itself.
        var table = [UInt16](repeating: Self.unreachable, count: n * n)
        table.withUnsafeMutableBufferPointer { table in
            let start = TableStart(address: table.baseAddress)
            _ = ParallelBlocks.map(count: n, blockCount: max(1, (n + 255) / 256), threads: threads) { sources in
                let rows = UnsafeMutableBufferPointer(start: start.address.map { $0 + sources.lowerBound * n }, count: sources.count * n)
                Self.fill(rows, from: sources, index: index)
            }
        }
        distances = table
    }

    /// Where the table starts, handed to the blocks; each writes only its own rows.
    private struct TableStart: @unchecked Sendable {
        let address: UnsafeMutablePointer<UInt16>?
    }

    /// Fills `rows` (filled with ``unreachable``) with the rows of the sources in `sources`, searched 256 at a time by bit-parallel
    /// breadth-first search along out-arcs (as `IncomingDistanceSums`, after Then et al.,
    /// VLDB 2015): one bit per search in four 64-bit words per node, one scan of a frontier
    /// node's arcs advancing every search that has it on its frontier, and d(source, w)
    /// written when w's bit for that search first turns on.
    private static func fill(_ rows: UnsafeMutableBufferPointer<UInt16>, from sources: Range<Int>, index: NetworkIndex) {
        typealias Word = SIMD4<UInt64>
        let n = index.nodeCount
        var seen = [Word](repeating: .zero, count: n)
        var frontier = [Word](repeating: .zero, count: n)
        var next = [Word](repeating: .zero, count: n)
        do {
            index.outOffsets.withUnsafeBufferPointer { offsets in
                index.outTargets.withUnsafeBufferPointer { targets in
                    seen.withUnsafeMutableBufferPointer { seen in
                        frontier.withUnsafeMutableBufferPointer { frontier in
                            next.withUnsafeMutableBufferPointer { next in
                                for batch in stride(from: sources.lowerBound, to: sources.upperBound, by: 256) {
                                    let batchEnd = min(batch + 256, sources.upperBound)
                                    for i in 0..<n { seen[i] = .zero; frontier[i] = .zero }
                                    for source in batch..<batchEnd {
                                        let lane = source - batch
                                        var word = Word.zero
                                        word[lane / 64] = 1 << UInt64(lane % 64)
                                        seen[source] = word
                                        frontier[source] = word
                                        rows[(source - sources.lowerBound) * n + source] = 0
                                    }
                                    let firstRow = (batch - sources.lowerBound) * n
                                    var level: UInt16 = 0
                                    var advanced = true
                                    while advanced {
                                        level += 1
                                        for v in 0..<n where frontier[v] != .zero {
                                            let bits = frontier[v]
                                            for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                                                next[Int(targets[arc])] |= bits
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
                                                    rows[firstRow + (word * 64 + bits.trailingZeroBitCount) * n + w] = level
                                                    bits &= bits - 1
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// d(u, v), or ``unreachable``.
    subscript(u: Int, v: Int) -> UInt16 { distances[u * nodeCount + v] }

    /// Sets d(u, v), for updates after a change to the view.
    mutating func setDistance(_ u: Int, _ v: Int, _ value: UInt16) { distances[u * nodeCount + v] = value }

    /// The row of distances from `u`.
    func row(_ u: Int) -> ArraySlice<UInt16> { distances[(u * nodeCount)..<((u + 1) * nodeCount)] }

    /// 1/d, with 1/∞ = 0 and 1/0 taken as 1 (a node reaches itself at the best possible
    /// closeness, as members of a key-player set do in Borgatti 2006).
    @inline(__always)
    static func closeness(_ d: UInt16) -> Double {
        d == unreachable ? 0 : d == 0 ? 1 : 1 / Double(d)
    }
}

extension HopDistances {
    /// Updates every distance for a new tie between `u` and `v` (symmetric views).
    mutating func addTie(_ u: Int, _ v: Int) {
        let n = nodeCount
        let fromU = Array(row(u)), fromV = Array(row(v))
        for i in 0..<n {
            for j in 0..<n {
                let through = min(Int(fromU[i]) + 1 + Int(fromV[j]), Int(fromV[i]) + 1 + Int(fromU[j]))
                if through < Int(self[i, j]) { setDistance(i, j, UInt16(through)) }
            }
        }
    }
}
