import Foundation

/// Burt's structural-hole measures of every actor, on the whole-network model: an actor's
/// contacts and the ties among them are read from the whole view (as NetworkX and igraph
/// do). UCINET's default is the *ego-network* model, which reads ties among contacts only
/// from ego's own network; on complete data the two agree.
///
/// With N(i) the neighbours of i in either direction (self-loops ignored), a_ij the mutual
/// weight (weight of i → j plus j → i; 1 per arc when unweighted), and
///
///     p_ij = a_ij / Σ_{k ∈ N(i)} a_ik        (i's proportional investment in j)
///     m_jq = a_jq / max_{k ∈ N(j)} a_jk      (j's marginal strength with q)
///
/// - **Constraint** (Burt 1992, eq. 2.4), as `nx.constraint`:
///   c_i = Σ_{j ∈ N(i)} c_ij,  c_ij = (p_ij + Σ_{q ∈ N(i)} p_iq p_qj)².
/// - **Effective size** (Burt 1992, p. 52), as `nx.effective_size(G, nodes=list(G))`:
///   e_i = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i)} p_iq m_jq). On undirected unweighted views this is
///   Borgatti's n − 2t/n. (NetworkX's default matrix path, taken when `nodes` is not given,
///   differs on weighted and reciprocated directed ties; this follows Burt's formula.)
/// - **Efficiency**: e_i / |N(i)|, the effective size per contact.
/// - **Hierarchy** (Burt 1992, p. 71): how far constraint concentrates on one contact,
///   H_i = Σ_j r_j ln r_j / (N ln N) with r_j = c_ij · N / c_i and N = |N(i)|; 0 when
///   constraint is spread evenly, 1 when it all comes from one contact. Conventions: a term
///   with r_j = 0 is 0 (its limit), and an actor with one contact, whose constraint all comes
///   from that contact, has H = 1 — the values UCINET's structural-holes routine is documented
///   to give; not checked against UCINET itself, which is closed and Windows-only.
///
/// Every measure is `nil` for an isolate (no contact). Complexity: O(Σ_i Σ_{j ∈ N(i)} |N(j)|).
///
/// References: Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition*.
/// Harvard University Press. Borgatti, S. P. (1997). Structural holes: unpacking Burt's
/// redundancy measures. *Connections* 20(1), 35–38.
public struct StructuralHoles: Sendable {
    /// Each node's aggregate constraint c_i.
    public let constraint: [Double?]
    /// Each node's effective size e_i.
    public let effectiveSize: [Double?]
    /// Each node's efficiency e_i / |N(i)|.
    public let efficiency: [Double?]
    /// Each node's hierarchy H_i.
    public let hierarchy: [Double?]

    /// Computes the four measures on `index` (its weights when weighted).
    public init(index: NetworkIndex) {
        let n = index.nodeCount
        let adjacency = MutualAdjacency(index)
        var constraint = [Double?](repeating: nil, count: n)
        var effectiveSize = constraint, efficiency = constraint, hierarchy = constraint
        // position[x] = x's slot in the current ego's neighbour list, or −1.
        var position = [Int](repeating: -1, count: n)
        let inverseSum = adjacency.sums.map { $0 > 0 ? 1 / $0 : 0 }
        let inverseMax = adjacency.maxima.map { $0 > 0 ? 1 / $0 : 0 }
        // Per-ego scratch, by slot: p_ij, the indirect part of c_ij, j's redundancy, c_ij.
        let widest = (0..<n).map { adjacency.range(of: $0).count }.max() ?? 0
        var proportion = [Double](repeating: 0, count: widest)
        var indirect = proportion, redundancy = proportion, locals = proportion
        adjacency.neighbours.withUnsafeBufferPointer { neighbours in
            adjacency.weights.withUnsafeBufferPointer { weights in
                for i in 0..<n {
                    let row = adjacency.range(of: i)
                    let contacts = row.count
                    guard contacts > 0, adjacency.sums[i] > 0 else { continue }
                    for (slot, arc) in row.enumerated() {
                        position[Int(neighbours[arc])] = slot
                        proportion[slot] = weights[arc] * inverseSum[i]
                        indirect[slot] = 0
                        redundancy[slot] = 0
                    }
                    for (qSlot, arc) in row.enumerated() {
                        let q = Int(neighbours[arc])
                        let piq = proportion[qSlot]
                        let toJ = piq * inverseSum[q], marginal = inverseMax[q]
                        var redundant = 0.0
                        for qArc in adjacency.range(of: q) {
                            let slot = position[Int(neighbours[qArc])]
                            guard slot >= 0 else { continue }
                            // p_iq · p_qj adds to c_ij's indirect part; p_ij · m_qj to q's redundancy.
                            indirect[slot] += toJ * weights[qArc]
                            redundant += proportion[slot] * weights[qArc] * marginal
                        }
                        redundancy[qSlot] = redundant
                    }
                    var total = 0.0, size = 0.0
                    for slot in 0..<contacts {
                        let sum = proportion[slot] + indirect[slot]
                        locals[slot] = sum * sum
                        total += locals[slot]
                        size += 1 - redundancy[slot]
                    }
                    constraint[i] = total
                    effectiveSize[i] = size
                    efficiency[i] = size / Double(contacts)
                    if contacts == 1 {
                        hierarchy[i] = 1
                    } else if total > 0 {
                        let count = Double(contacts)
                        var sum = 0.0
                        for slot in 0..<contacts {
                            let r = locals[slot] * count / total
                            if r > 0 { sum += r * Foundation.log(r) }
                        }
                        hierarchy[i] = sum / (count * Foundation.log(count))
                    }
                    for arc in row { position[Int(neighbours[arc])] = -1 }
                }
            }
        }
        self.constraint = constraint
        self.effectiveSize = effectiveSize
        self.efficiency = efficiency
        self.hierarchy = hierarchy
    }
}
