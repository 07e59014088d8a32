import Foundation

/// The state of the greedy panel choice: what the panel covers so far and how close each
/// actor is to it, searched lazily (see ``PanelSuggester``).
///
/// **Lazy greedy** (Minoux 1978; CELF, Leskovec et al. 2007). The objective is submodular,
/// so a gain computed in an earlier round is an upper bound on the gain now. Candidates wait
/// in a ``GainQueue`` by their bound; the best is brought up to date and, if it is still the
/// best, taken. Bringing it up to date has two steps, cheapest first: the coverage terms and
/// the per-person bonuses are recomputed in O(1) against the reach term of its last round
/// (which often drops it at once, when its group or sector was just covered), and only a
/// candidate still on top has its reach term recomputed, from one breadth-first search,
/// O(n + m). The first bounds come from harmonic centrality, which is the reach term of an
/// empty panel. The pick is the same as evaluating every gain each round: the largest gain,
/// gains within 10⁻¹² of each other broken by actor id.
///
/// - Complexity: O(n·(n + m)/64) for the first bounds, then O(n + m) per recomputed reach
///   term and O(log n) per bound; O(n + m) memory, with no distance table.
struct PanelSearch {
    private let map: StakeholderMap
    private let index: NetworkIndex
    private let grouping: Grouping
    private let history: EngagementHistory
    private let weights: PanelSuggester.Weights
    private let actors: [Actor]
    private let sectors: [String?]
    private let brokerScore: [Double]
    private let underUsed: Set<String>
    /// Each node's place in id order.
    private let rank: [Int32]

    private var chosen: Set<Int32> = []
    private var groupsCovered: Set<Int32> = []
    private var sectorsCovered: Set<String> = []
    private var perGroup: [Int32: Int] = [:]
    /// For each actor, the best 1/d to any member so far (members 1, unreached 0).
    private var closeness: [Double]
    /// Each node's reach term as last computed (an upper bound on it now).
    private var reachBound: [Double]
    private var queue = GainQueue()
    /// Bumped whenever the panel changes, so every bound in the queue becomes stale.
    private var round = 0
    /// Breadth-first search buffers, reused.
    private var distance: [UInt16]
    private var frontier: [Int32]

    init(map: StakeholderMap, index: NetworkIndex, grouping: Grouping, brokers: BrokerFinder, weights: PanelSuggester.Weights) {
        self.map = map
        self.index = index
        self.grouping = grouping
        self.history = brokers.history
        self.weights = weights
        let n = index.nodeCount
        actors = index.actorIDs.map { map.actor(withID: $0)! }
        sectors = actors.map { $0.value(ofColumn: "sector") }
        var score = [Double](repeating: 0, count: n)
        for candidate in brokers.candidates {
            if let node = index.node(of: candidate.actorID) { score[Int(node)] = candidate.score }
        }
        brokerScore = score
        underUsed = Set(brokers.underUsed.map(\.actorID))
        var rank = [Int32](repeating: 0, count: n)
        for (place, node) in (0..<Int32(n)).sorted(by: { index.actorIDs[Int($0)] < index.actorIDs[Int($1)] }).enumerated() {
            rank[Int(node)] = Int32(place)
        }
        self.rank = rank
        closeness = [Double](repeating: 0, count: n)
        distance = [UInt16](repeating: HopDistances.unreachable, count: n)
        frontier = [Int32](repeating: 0, count: n)
        // With no one on the panel, node v's reach term is (1 + Σ_{j ≠ v} 1/d(v, j)) / n:
        // harmonic centrality (the view is symmetric); a hair above it, so rounding never
        // makes the bound fall below the exact sum.
        let harmonic = index.harmonicCentrality()
        reachBound = harmonic.map { (1 + $0) / Double(max(1, n)) + 1e-9 }
        for node in 0..<Int32(n) where actors[Int(node)].mayBeNamed {
            queue.push(.init(bound: gain(node, reach: reachBound[Int(node)]), node: node, rank: rank[Int(node)], round: round, exact: false))
        }
    }

    private func freshness(_ node: Int32) -> Double { 1 - (history.recentShare(of: actors[Int(node)].id) ?? 0) }

    /// Fills `distance` with the hop distances from `node` (``HopDistances/unreachable`` for
    /// the rest).
    private mutating func search(from node: Int32) {
        let n = index.nodeCount
        let unreachable = HopDistances.unreachable
        distance.withUnsafeMutableBufferPointer { distance in
            frontier.withUnsafeMutableBufferPointer { queue in
                for j in 0..<n { distance[j] = unreachable }
                distance[Int(node)] = 0
                queue[0] = node
                var head = 0, tail = 1
                while head < tail {
                    let v = queue[head]
                    head += 1
                    let next = distance[Int(v)] + 1
                    for w in index.outNeighbours(of: v) where distance[Int(w)] == unreachable {
                        distance[Int(w)] = next
                        queue[tail] = w
                        tail += 1
                    }
                }
            }
        }
    }

    /// The rise in reach if `node` joined, from `distance` filled from it: Σ_j max(0, 1/d(node, j) − c_j) / n.
    private func reachGain() -> Double {
        var gain = 0.0
        for (j, d) in distance.enumerated() {
            gain += max(0, HopDistances.closeness(d) - closeness[j])
        }
        return gain / Double(max(1, closeness.count))
    }

    /// The gain in the objective of adding `node`, with `reach` its reach term.
    private func gain(_ node: Int32, reach: Double) -> Double {
        let group = grouping.groupOfNode[Int(node)]
        var value = weights.reach * reach + weights.underUse * brokerScore[Int(node)] + weights.freshness * freshness(node)
        if group >= 0, !groupsCovered.contains(group) { value += weights.group }
        if let sector = sectors[Int(node)], !sectorsCovered.contains(sector) { value += weights.sector }
        return value
    }

    /// The allowed actor with the largest gain (gains within 10⁻¹² go to the smaller id), or
    /// `nil` when no one is allowed.
    mutating func best(excluding excluded: Set<String>, maxPerGroup: Int?) -> Int32? {
        var ready: [GainQueue.Entry] = []
        var leader = -Double.infinity
        while let top = queue.first {
            if top.bound < leader - 1e-12 { break }
            var entry = queue.pop()!
            let node = entry.node
            if chosen.contains(node) || excluded.contains(actors[Int(node)].id) { continue }
            let group = grouping.groupOfNode[Int(node)]
            // A full group stays full: the entry can go.
            if let cap = maxPerGroup, group >= 0, perGroup[group, default: 0] >= cap { continue }
            if entry.round != round {
                entry.bound = gain(node, reach: reachBound[Int(node)])
                entry.round = round
                entry.exact = false
                queue.push(entry)
            } else if !entry.exact {
                search(from: node)
                reachBound[Int(node)] = reachGain()
                entry.bound = gain(node, reach: reachBound[Int(node)])
                entry.exact = true
                queue.push(entry)
            } else {
                ready.append(entry)
                leader = max(leader, entry.bound)
            }
        }
        for entry in ready { queue.push(entry) }
        // As a scan in id order would choose: a later actor wins only by more than 10⁻¹².
        var best: GainQueue.Entry?
        for entry in ready.sorted(by: { $0.rank < $1.rank }) where best.map({ entry.bound > $0.bound + 1e-12 }) ?? true {
            best = entry
        }
        return best?.node
    }

    /// Adds `node` to the panel and explains what it brings.
    mutating func add(_ node: Int32, required: Bool) -> PanelSuggester.Pick {
        search(from: node)
        let value = gain(node, reach: reachGain())
        let actor = actors[Int(node)]
        let group = grouping.groupOfNode[Int(node)]
        var parts: [String] = required ? ["required"] : []
        if group >= 0, !groupsCovered.contains(group) {
            let label = grouping.label(ofGroup: Int(group), in: map)
            // A bare value such as "3" reads better with its column: "department 3".
            let named = label == grouping.names[Int(group)] && label.allSatisfy(\.isNumber) ? "\(grouping.column) \(label)" : label
            parts.append("brings in \(named) (no one from it yet)")
        }
        if let sector = sectors[Int(node)], !sectorsCovered.contains(sector) {
            parts.append("the first from the \(sector) sector")
        }
        if underUsed.contains(actor.id) {
            parts.append("under-used broker (score \(String(format: "%.2f", brokerScore[Int(node)])))")
        }
        let newContacts = distance.enumerated().reduce(0) { $0 + ($1.element == 1 && closeness[$1.offset] < 1 ? 1 : 0) }
        if newContacts > 0 {
            parts.append("tied to \(newContacts) actor\(newContacts == 1 ? "" : "s") no one on the panel is tied to yet")
        }
        if !history.isEmpty {
            parts.append(history.attendances(of: actor.id) == 0 ? "a new voice: has never attended" : history.attendanceWords(of: actor.id))
        }
        chosen.insert(node)
        if group >= 0 {
            groupsCovered.insert(group)
            perGroup[group, default: 0] += 1
        }
        if let sector = sectors[Int(node)] { sectorsCovered.insert(sector) }
        for (j, d) in distance.enumerated() {
            closeness[j] = max(closeness[j], HopDistances.closeness(d))
        }
        round += 1
        return PanelSuggester.Pick(
            actorID: actor.id, group: group >= 0 ? grouping.names[Int(group)] : nil, sector: sectors[Int(node)],
            isRequired: required, gain: value, reason: parts.joined(separator: "; "))
    }
}
