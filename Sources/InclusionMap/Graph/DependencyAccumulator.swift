/// Brandes' single-source pass (Brandes 2001): shortest paths from one source, then each
/// node's *dependency* on that source, added into a running total. Betweenness and bridging
/// betweenness are sums of these passes over sources.
///
/// For a source s, with σ(v) the number of shortest s–v paths and succ(v) the nodes w whose
/// shortest paths from s may end with the arc v → w,
///
///     δ(v) = σ(v) · Σ_{w ∈ succ(v)} (t(w) + δ(w)) / σ(w)
///
/// where t(w) = 1 counts w as a target (all nodes for betweenness; only nodes in another group
/// than s for bridging betweenness).
///
/// The backward pass *pulls*: each node, visited in reverse order of distance, reads the
/// coefficient c(w) = (t(w) + δ(w)) / σ(w) of its successors along its own out-arcs and writes
/// only its own δ. No predecessor lists are stored and no scattered writes are made, so the
/// pass costs one sequential scan of each reached node's out-arcs.
///
/// Every buffer is allocated once, for n nodes, and reused from source to source; only the
/// entries of nodes reached from the previous source are reset. Memory: 20 bytes per node
/// unweighted, 36 and a heap weighted. Not thread-safe: give each thread its own accumulator.
final class DependencyAccumulator {
    private let index: NetworkIndex
    private let n: Int
    /// Unweighted views: each node's hop distance from the source (−1 when unreached) beside
    /// σ in the forward pass, then c in the backward pass (once a node's own δ is known its σ
    /// is no longer needed). One 16-byte slot per node means one cache line per neighbour read.
    private let slots: UnsafeMutablePointer<Slot>
    private struct Slot {
        var hops: Int32
        var value: Double
    }
    /// Length of the shortest path from the source (weighted views), +∞ when unreached.
    private let distance: UnsafeMutablePointer<Double>
    private let sigma: UnsafeMutablePointer<Double>
    private let coefficient: UnsafeMutablePointer<Double>
    /// Reached nodes in non-decreasing distance from the source; `order[0]` is the source.
    private let order: UnsafeMutablePointer<Int32>
    private var reached = 0
    /// The shortest-path DAG of the last unweighted search: the successors of `order[i]` are
    /// `successors[successorEnds[i − 1] ..< successorEnds[i]]`, recorded in the forward pass
    /// so the backward pass reads only DAG arcs, sequentially and without tests.
    private let successors: UnsafeMutablePointer<Int32>
    private let successorEnds: UnsafeMutablePointer<Int32>
    /// 1/weight of each out-arc; +∞ for a weight of 0 (no path).
    private let lengths: [Double]
    private var heap = MinHeap()
    private var settled: [Bool]

    init(index: NetworkIndex) {
        self.index = index
        n = index.nodeCount
        slots = .allocate(capacity: max(n, 1))
        slots.initialize(repeating: Slot(hops: -1, value: 0), count: n)
        distance = .allocate(capacity: max(n, 1))
        distance.initialize(repeating: .infinity, count: n)
        sigma = .allocate(capacity: max(n, 1))
        sigma.initialize(repeating: 0, count: n)
        coefficient = .allocate(capacity: max(n, 1))
        coefficient.initialize(repeating: 0, count: n)
        order = .allocate(capacity: max(n, 1))
        successors = .allocate(capacity: index.isWeighted ? 1 : max(index.arcCount, 1))
        successorEnds = .allocate(capacity: max(n, 1))
        lengths = index.isWeighted ? index.outWeights.map { 1 / $0 } : []
        settled = index.isWeighted ? [Bool](repeating: false, count: n) : []
    }

    deinit {
        slots.deallocate()
        distance.deallocate()
        sigma.deallocate()
        coefficient.deallocate()
        order.deallocate()
        successors.deallocate()
        successorEnds.deallocate()
    }

    /// Adds δ_s(v) to `total[v]` for every node v ≠ `source`.
    ///
    /// - Parameter groups: when given, only targets in a different group from the source count
    ///   (t(w) = 1 when both have a group ≥ 0 and they differ); otherwise every node counts.
    func accumulate(from source: Int32, into total: UnsafeMutablePointer<Double>, groups: UnsafePointer<Int32>? = nil) {
        let sourceGroup = groups.map { $0[Int(source)] } ?? 0
        /// t(v): whether paths ending at v count.
        func targetWeight(_ v: Int) -> Double {
            guard let groups else { return 1 }
            let group = groups[v]
            return group >= 0 && sourceGroup >= 0 && group != sourceGroup ? 1 : 0
        }
        if index.isWeighted {
            searchWeighted(from: source)
            accumulateWeighted(from: source, into: total, targetWeight: targetWeight)
        } else {
            searchUnweighted(from: source)
            accumulateUnweighted(from: source, into: total, targetWeight: targetWeight)
        }
    }

    private func accumulateUnweighted(from source: Int32, into total: UnsafeMutablePointer<Double>, targetWeight: (Int) -> Double) {
        let slots = slots, order = order, successors = successors, successorEnds = successorEnds
        var end = Int(successorEnds[reached - 1])
        var position = reached - 1
        while position >= 0 {
            let v = Int(order[position])
            let start = position > 0 ? Int(successorEnds[position - 1]) : 0
            position -= 1
            var sum = 0.0
            for k in start..<end { sum += slots[Int(successors[k])].value }
            end = start
            let paths = slots[v].value
            let dependency = paths * sum
            slots[v].value = (targetWeight(v) + dependency) / paths
            if v != Int(source) { total[v] += dependency }
        }
        for position in 0..<reached { slots[Int(order[position])].hops = -1 }
    }

    private func accumulateWeighted(from source: Int32, into total: UnsafeMutablePointer<Double>, targetWeight: (Int) -> Double) {
        index.outOffsets.withUnsafeBufferPointer { offsets in
            index.outTargets.withUnsafeBufferPointer { targets in
                lengths.withUnsafeBufferPointer { lengths in
                    var position = reached - 1
                    while position >= 0 {
                        let v = Int(order[position])
                        position -= 1
                        let dv = distance[v]
                        var sum = 0.0
                        for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                            let w = Int(targets[arc])
                            let dw = distance[w]
                            if dw != .infinity && dv + lengths[arc] == dw { sum += coefficient[w] }
                        }
                        let dependency = sigma[v] * sum
                        coefficient[v] = (targetWeight(v) + dependency) / sigma[v]
                        if v != Int(source) { total[v] += dependency }
                    }
                }
            }
        }
        for position in 0..<reached { distance[Int(order[position])] = .infinity }
    }

    /// Breadth-first search filling `slots` (hops and σ) and `order`.
    private func searchUnweighted(from source: Int32) {
        index.outOffsets.withUnsafeBufferPointer { offsets in
            index.outTargets.withUnsafeBufferPointer { targets in
                let slots = slots, order = order, successors = successors, successorEnds = successorEnds
                slots[Int(source)] = Slot(hops: 0, value: 1)
                order[0] = source
                var head = 0, tail = 1, recorded = 0
                while head < tail {
                    let v = Int(order[head])
                    let next = slots[v].hops + 1
                    let paths = slots[v].value
                    for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                        let w = targets[arc]
                        let hw = slots[Int(w)].hops
                        if hw < 0 {
                            slots[Int(w)] = Slot(hops: next, value: paths)
                            order[tail] = w
                            tail &+= 1
                            successors[recorded] = w
                            recorded &+= 1
                        } else if hw == next {
                            slots[Int(w)].value += paths
                            successors[recorded] = w
                            recorded &+= 1
                        }
                    }
                    successorEnds[head] = Int32(truncatingIfNeeded: recorded)
                    head &+= 1
                }
                reached = tail
            }
        }
    }

    /// Dijkstra's algorithm on lengths 1/weight filling `distance`, `sigma` and `order`. Two
    /// paths tie only when their floating-point lengths are equal, as in NetworkX.
    private func searchWeighted(from source: Int32) {
        for position in 0..<reached { settled[Int(order[position])] = false }
        reached = 0
        heap.removeAll()
        distance[Int(source)] = 0
        sigma[Int(source)] = 1
        heap.push(0, source)
        index.outOffsets.withUnsafeBufferPointer { offsets in
            index.outTargets.withUnsafeBufferPointer { targets in
                lengths.withUnsafeBufferPointer { lengths in
                    while !heap.isEmpty {
                        let (d, node) = heap.pop()
                        let v = Int(node)
                        if settled[v] || d > distance[v] { continue }
                        settled[v] = true
                        order[reached] = node
                        reached += 1
                        for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                            let w = Int(targets[arc])
                            if settled[w] { continue }
                            let candidate = d + lengths[arc]
                            if candidate < distance[w] {
                                distance[w] = candidate
                                sigma[w] = sigma[v]
                                heap.push(candidate, Int32(w))
                            } else if candidate == distance[w] && candidate != .infinity {
                                sigma[w] += sigma[v]
                            }
                        }
                    }
                }
            }
        }
    }
}
