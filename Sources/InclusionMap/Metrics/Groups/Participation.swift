/// Guimerà and Amaral's roles of actors in a grouped network: the participation coefficient
/// (how evenly an actor's ties spread over groups) and the within-module degree z-score (how
/// well connected it is inside its own group), and the seven role classes they define.
///
/// Read on the symmetrised view: k_ij is 1 for each linked pair (unweighted) or the pair's
/// total weight in both directions (weighted, i.e. strength).
///
///     P_i = 1 − Σ_s (k_is / k_i)²
///     z_i = (κ_i − mean κ over i's group) / σ(κ over i's group)
///
/// where k_is is i's degree (strength) to group s, k_i = Σ_s k_is its degree to grouped actors,
/// and κ_i = k_{i,g(i)} its degree inside its own group g(i). Choices: σ is the population
/// standard deviation; z = 0 when a group's σ is 0; P (and with it the role) is `nil` for an
/// actor with no grouped neighbour, where k_i = 0 leaves it undefined (0/0); both are `nil`
/// for an ungrouped actor.
///
/// Role classes (thresholds from the paper): hubs have z ≥ 2.5 — R5 provincial hubs
/// (P ≤ 0.30), R6 connector hubs (0.30 < P ≤ 0.75), R7 kinless hubs (P > 0.75); non-hubs —
/// R1 ultra-peripheral (P ≤ 0.05), R2 peripheral (0.05 < P ≤ 0.62), R3 non-hub connectors
/// (0.62 < P ≤ 0.80), R4 non-hub kinless (P > 0.80).
///
/// Reference: Guimerà, R. & Amaral, L. A. N. (2005). Functional cartography of complex
/// metabolic networks. *Nature* 433, 895–900.
public struct Participation: Sendable {
    /// Guimerà–Amaral role classes.
    public enum Role: String, CaseIterable, Hashable, Sendable {
        case ultraPeripheral = "R1"
        case peripheral = "R2"
        case nonHubConnector = "R3"
        case nonHubKinless = "R4"
        case provincialHub = "R5"
        case connectorHub = "R6"
        case kinlessHub = "R7"

        /// The class of an actor with participation `p` and within-module z-score `z`.
        public init(participation p: Double, withinModuleZ z: Double) {
            if z >= 2.5 {
                self = p <= 0.30 ? .provincialHub : p <= 0.75 ? .connectorHub : .kinlessHub
            } else {
                self = p <= 0.05 ? .ultraPeripheral : p <= 0.62 ? .peripheral : p <= 0.80 ? .nonHubConnector : .nonHubKinless
            }
        }

        /// The class's name in words, such as "connector hub".
        public var label: String {
            switch self {
            case .ultraPeripheral: "ultra-peripheral"
            case .peripheral: "peripheral"
            case .nonHubConnector: "non-hub connector"
            case .nonHubKinless: "non-hub kinless"
            case .provincialHub: "provincial hub"
            case .connectorHub: "connector hub"
            case .kinlessHub: "kinless hub"
            }
        }
    }

    /// Each node's participation coefficient P_i.
    public let participation: [Double?]
    /// Each node's within-module degree z-score z_i.
    public let withinModuleZ: [Double?]
    /// Each node's role class.
    public let roles: [Role?]

    /// The participation coefficient over incoming ties only, for directed views:
    ///
    ///     P_i^in = 1 − Σ_s (k_is^in / k_i^in)²
    ///
    /// where k_is^in is the number (weighted: total weight) of i's in-arcs from grouped actors
    /// of group s. It measures how evenly the people who come *to* i spread over groups: on
    /// advice ties, whether colleagues of many departments seek i out, which is what makes a
    /// knowledge broker, rather than whether i seeks advice widely. Guimerà, Sales-Pardo and
    /// Amaral define these in- and out-participation coefficients for directed networks
    /// (*Nature Physics* 3 (2007) 63–69, "Classes of complex networks defined by role-to-role
    /// connectivity profiles"). On an undirected view it equals ``participation`` when
    /// unweighted. `nil` for an ungrouped node or one with no grouped in-neighbour. O(n + m).
    public static func incoming(index: NetworkIndex, grouping: Grouping) -> [Double?] {
        let group = grouping.groupOfNode
        var result = [Double?](repeating: nil, count: index.nodeCount)
        var tally = GroupTally(groupCount: grouping.groupCount)
        for i in 0..<index.nodeCount where group[i] >= 0 {
            for (source, weight) in zip(index.inNeighbours(of: Int32(i)), index.inWeights(of: Int32(i))) where group[Int(source)] >= 0 {
                tally.add(index.isWeighted ? weight : 1, toGroup: Int(group[Int(source)]))
            }
            result[i] = tally.participation
            tally.reset()
        }
        return result
    }

    /// Computes P, z and the role of every node. O(n + m).
    public init(index: NetworkIndex, grouping: Grouping) {
        let n = index.nodeCount
        let group = grouping.groupOfNode
        let adjacency = MutualAdjacency(index)
        var participation = [Double?](repeating: nil, count: n)
        var inside = [Double](repeating: 0, count: n)
        var tally = GroupTally(groupCount: grouping.groupCount)
        for i in 0..<n where group[i] >= 0 {
            for arc in adjacency.range(of: i) where group[Int(adjacency.neighbours[arc])] >= 0 {
                tally.add(adjacency.pairWeights[arc], toGroup: Int(group[Int(adjacency.neighbours[arc])]))
            }
            participation[i] = tally.participation
            inside[i] = tally.weight(ofGroup: Int(group[i]))
            tally.reset()
        }
        // Mean and population standard deviation of κ within each group.
        var count = [Double](repeating: 0, count: grouping.groupCount)
        var mean = count, variance = count
        for i in 0..<n where group[i] >= 0 { count[Int(group[i])] += 1; mean[Int(group[i])] += inside[i] }
        for s in mean.indices where count[s] > 0 { mean[s] /= count[s] }
        for i in 0..<n where group[i] >= 0 {
            let d = inside[i] - mean[Int(group[i])]
            variance[Int(group[i])] += d * d
        }
        for s in variance.indices where count[s] > 0 { variance[s] /= count[s] }
        let z: [Double?] = (0..<n).map { i in
            guard group[i] >= 0 else { return nil }
            let s = Int(group[i])
            let sigma = variance[s].squareRoot()
            return sigma > 0 ? (inside[i] - mean[s]) / sigma : 0
        }
        self.participation = participation
        self.withinModuleZ = z
        self.roles = (0..<n).map { i in
            guard let p = participation[i], let zi = z[i] else { return nil }
            return Role(participation: p, withinModuleZ: zi)
        }
    }
}

/// One actor's ties added up by group, for P = 1 − Σ_s (k_s / k)²; reset touches only the
/// groups the actor reached, so a pass over every actor stays O(n + m).
private struct GroupTally {
    private var byGroup: [Double]
    private var touched: [Int] = []
    private var total = 0.0

    init(groupCount: Int) { byGroup = [Double](repeating: 0, count: groupCount) }

    mutating func add(_ weight: Double, toGroup group: Int) {
        if byGroup[group] == 0 { touched.append(group) }
        byGroup[group] += weight
        total += weight
    }

    func weight(ofGroup group: Int) -> Double { byGroup[group] }

    /// 1 − Σ_s (k_s / k)², or `nil` when no weight was added (0/0).
    var participation: Double? {
        guard total > 0 else { return nil }
        return 1 - touched.reduce(0) { $0 + (byGroup[$1] / total) * (byGroup[$1] / total) }
    }

    mutating func reset() {
        for group in touched { byGroup[group] = 0 }
        touched.removeAll(keepingCapacity: true)
        total = 0
    }
}
