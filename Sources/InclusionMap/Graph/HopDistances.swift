/// Hop distances between every pair of nodes of a view, from one breadth-first search per
/// node along out-arcs: the table behind set reach (KPP-Pos), group-pair fragmentation and
/// the what-if tie search, which need distances themselves rather than their sums.
///
/// Rows are stored flat as `UInt16`, with ``unreachable`` for pairs with no path, so a map
/// of 2,000 actors takes 8 MB.
///
/// - Complexity: O(n·(n + m)) time, O(n²) memory.
struct HopDistances: Sendable {
    /// The value of d(u, v) when v cannot be reached from u.
    static let unreachable = UInt16.max

    let nodeCount: Int
    private(set) var distances: [UInt16]

    init(index: NetworkIndex) {
        let n = index.nodeCount
        precondition(n < Int(UInt16.max), "hop distances are kept for fewer than 65,535 nodes")
        nodeCount = n
        distances = [UInt16](repeating: Self.unreachable, count: n * n)
        var queue = [Int32](repeating: 0, count: n)
        for source in 0..<n {
            let row = source * n
            distances[row + source] = 0
            queue[0] = Int32(source)
            var head = 0, tail = 1
            while head < tail {
                let v = queue[head]
                head += 1
                let next = distances[row + Int(v)] + 1
                for w in index.outNeighbours(of: v) where distances[row + Int(w)] == Self.unreachable {
                    distances[row + Int(w)] = next
                    queue[tail] = w
                    tail += 1
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
