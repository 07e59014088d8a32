import Foundation

/// The state of the greedy panel choice: what the panel covers so far and how close each
/// actor is to it, so the gain of adding anyone is O(n) to compute (see ``PanelSuggester``).
struct PanelSearch {
    private let map: StakeholderMap
    private let grouping: Grouping
    private let history: EngagementHistory
    private let weights: PanelSuggester.Weights
    private let distances: HopDistances
    private let actors: [Actor]
    private let sectors: [String?]
    private let brokerScore: [Double]
    private let underUsed: Set<String>
    private let order: [Int32]

    private var chosen: Set<Int32> = []
    private var groupsCovered: Set<Int32> = []
    private var sectorsCovered: Set<String> = []
    private var perGroup: [Int32: Int] = [:]
    /// For each actor, the best 1/d to any member so far (members 1, unreached 0).
    private var closeness: [Double]

    init(map: StakeholderMap, index: NetworkIndex, grouping: Grouping, brokers: BrokerFinder, weights: PanelSuggester.Weights) {
        self.map = map
        self.grouping = grouping
        self.history = brokers.history
        self.weights = weights
        distances = HopDistances(index: index)
        actors = index.actorIDs.map { map.actor(withID: $0)! }
        sectors = actors.map { $0.value(ofColumn: "sector") }
        var score = [Double](repeating: 0, count: index.nodeCount)
        for candidate in brokers.candidates {
            if let node = index.node(of: candidate.actorID) { score[Int(node)] = candidate.score }
        }
        brokerScore = score
        underUsed = Set(brokers.underUsed.map(\.actorID))
        order = (0..<Int32(index.nodeCount)).sorted { index.actorIDs[Int($0)] < index.actorIDs[Int($1)] }
        closeness = [Double](repeating: 0, count: index.nodeCount)
    }

    private func freshness(_ node: Int32) -> Double { 1 - (history.recentShare(of: actors[Int(node)].id) ?? 0) }

    private func reachGain(_ node: Int32) -> Double {
        var gain = 0.0
        for (j, d) in distances.row(Int(node)).enumerated() {
            gain += max(0, HopDistances.closeness(d) - closeness[j])
        }
        return gain / Double(max(1, closeness.count))
    }

    private func gain(_ node: Int32) -> Double {
        let group = grouping.groupOfNode[Int(node)]
        var value = weights.reach * reachGain(node) + weights.underUse * brokerScore[Int(node)] + weights.freshness * freshness(node)
        if group >= 0, !groupsCovered.contains(group) { value += weights.group }
        if let sector = sectors[Int(node)], !sectorsCovered.contains(sector) { value += weights.sector }
        return value
    }

    /// The allowed actor with the largest gain (ties to the smaller id), or `nil` when no one is allowed.
    func best(excluding excluded: Set<String>, maxPerGroup: Int?) -> Int32? {
        var best: (node: Int32, gain: Double)?
        for node in order where !chosen.contains(node) {
            let actor = actors[Int(node)]
            guard actor.mayBeNamed, !excluded.contains(actor.id) else { continue }
            let group = grouping.groupOfNode[Int(node)]
            if let cap = maxPerGroup, group >= 0, perGroup[group, default: 0] >= cap { continue }
            let value = gain(node)
            if best.map({ value > $0.gain + 1e-12 }) ?? true { best = (node, value) }
        }
        return best?.node
    }

    /// Adds `node` to the panel and explains what it brings.
    mutating func add(_ node: Int32, required: Bool) -> PanelSuggester.Pick {
        let value = gain(node)
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
        let newContacts = distances.row(Int(node)).enumerated().reduce(0) { $0 + ($1.element == 1 && closeness[$1.offset] < 1 ? 1 : 0) }
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
        for (j, d) in distances.row(Int(node)).enumerated() {
            closeness[j] = max(closeness[j], HopDistances.closeness(d))
        }
        return PanelSuggester.Pick(
            actorID: actor.id, group: group >= 0 ? grouping.names[Int(group)] : nil, sector: sectors[Int(node)],
            isRequired: required, gain: value, reason: parts.joined(separator: "; "))
    }
}
