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
/// entries of nodes reached from the previous source are reset. Unweighted views run their own
/// breadth-first search, which also records the shortest-path DAG; weighted views reuse
/// ``ShortestPathSearch`` (Dijkstra on 1/weight). Memory: 20 bytes per node and 4 per arc
/// unweighted; a ``ShortestPathSearch`` and 8 bytes per node weighted. Not thread-safe: give
/// each thread its own accumulator.
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
    /// Reached nodes in non-decreasing distance from the source; `order[0]` is the source.
    private let order: UnsafeMutablePointer<Int32>
    private var reached = 0
    /// The shortest-path DAG of the last unweighted search: the successors of `order[i]` are
    /// `successors[successorEnds[i − 1] ..< successorEnds[i]]`, recorded in the forward pass
    /// so the backward pass reads only DAG arcs, sequentially and without tests.
    private let successors: UnsafeMutablePointer<Int32>
    private let successorEnds: UnsafeMutablePointer<Int32>
    /// Weighted views: the forward search, and each settled node's c.
    private var search: ShortestPathSearch?
    private var coefficient: [Double]

    init(index: NetworkIndex) {
        self.index = index
        n = index.nodeCount
        slots = .allocate(capacity: max(n, 1))
        slots.initialize(repeating: Slot(hops: -1, value: 0), count: n)
        order = .allocate(capacity: max(n, 1))
        successors = .allocate(capacity: index.isWeighted ? 1 : max(index.arcCount, 1))
        successorEnds = .allocate(capacity: max(n, 1))
        search = index.isWeighted ? ShortestPathSearch(index: index) : nil
        coefficient = index.isWeighted ? [Double](repeating: 0, count: n) : []
    }

    deinit {
        slots.deallocate()
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
        if search != nil {
            search!.run(from: source, countPaths: true)
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
        let search = search!
        let (distance, sigma, lengths) = (search.distance, search.pathCount, search.lengths)
        for node in search.settled.reversed() {
            let v = Int(node)
            let dv = distance[v]
            var sum = 0.0
            // w follows v on a shortest path when d(v) + len(v, w) = d(w), compared as the
            // forward search compared it (``PathLength``: equal sums tie despite rounding).
            for arc in Int(index.outOffsets[v])..<Int(index.outOffsets[v + 1]) {
                let w = Int(index.outTargets[arc])
                if PathLength.ties(dv + lengths[arc], distance[w]) { sum += coefficient[w] }
            }
            let dependency = sigma[v] * sum
            coefficient[v] = (targetWeight(v) + dependency) / sigma[v]
            if v != Int(source) { total[v] += dependency }
        }
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
}
