/// Krackhardt and Stern's E-I index: how much a network, a group or an actor looks outward.
///
///     E-I = (E − I) / (E + I)
///
/// with E the linked pairs of actors in different groups and I those in the same group. It
/// runs from −1 (every tie inside the group: a silo) to +1 (every tie leaves it).
///
/// **What is counted: pairs, not rows.** A pair of actors the view links counts once, however
/// many rows tie them: a tie both people reported, an arc each way, or ties of several
/// relations between the same two people are one linked pair (``Counting/pairs``, the default,
/// and the one every command, the report and the wave comparison use). In weighted mode a
/// pair weighs the sum of its ties' weights in the view. So an E-I predicted for a change
/// (``WhatIf``) and the E-I observed once the change has happened (``EIChange``) are the same
/// number when the same ties are added. Pairs with an ungrouped end are left out.
///
/// ``Counting/arcs`` instead counts every arc once and every undirected tie once (parallel
/// ties once each): UCINET's count of the cells of a directed matrix, for reproducing
/// published tables. On an undirected map with one tie per pair the two agree.
///
/// - Network: over all linked pairs of grouped actors.
/// - Group g: I = pairs with both ends in g, E = pairs with exactly one end in g.
/// - Actor: over the actor's linked pairs, E when the other end is in another group.
///
/// A value is `nil` when there is nothing to count (E + I = 0), or for an ungrouped actor.
/// O(n + m).
///
/// Reference: Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational
/// crises: an experimental simulation. *Social Psychology Quarterly* 51(2), 123–140.
/// With ``Counting/arcs``, UCINET's whole-network and group values and R `netseg::ei`'s
/// network value.
public struct EIIndex: Sendable {
    /// What one unit of E or I is.
    public enum Counting: Hashable, Sendable {
        /// A linked pair of actors, once (the default): direction, reports and relations merged.
        case pairs
        /// An arc, or an undirected tie, once per row: UCINET's cell count.
        case arcs
    }

    /// E-I of one group.
    public struct GroupValue: Hashable, Sendable {
        /// The group's name.
        public var group: String
        /// The number of actors in the group.
        public var size: Int
        /// Linked pairs (or their weight) with both ends in the group.
        public var internalTies: Double
        /// Linked pairs (or their weight) with exactly one end in the group.
        public var externalTies: Double
        /// (E − I) / (E + I), or `nil` when the group has no ties.
        public var value: Double?
    }

    /// The whole-network E-I, or `nil` when no tie joins two grouped actors.
    public let value: Double?
    /// Linked pairs (or their weight) within groups, over the whole network.
    public let internalTies: Double
    /// Linked pairs (or their weight) between groups, over the whole network.
    public let externalTies: Double
    /// Each group's E-I, by group number.
    public let groups: [GroupValue]
    /// Each node's E-I, by node index; `nil` for an ungrouped node or one without grouped ties.
    public let actorValues: [Double?]

    /// Computes the E-I index of `map`'s ties in the view `index`, grouped by `grouping`,
    /// counting linked pairs unless `counting` says otherwise. O(n + m).
    public init(index: NetworkIndex, map: StakeholderMap, grouping: Grouping, counting: Counting = .pairs) {
        let ties = counting.units(index: index, map: map)
        let group = grouping.groupOfNode
        var groupInternal = [Double](repeating: 0, count: grouping.groupCount)
        var groupExternal = groupInternal
        var actorInternal = [Double](repeating: 0, count: index.nodeCount)
        var actorExternal = actorInternal
        var internalTotal = 0.0, externalTotal = 0.0
        for tie in ties {
            let gs = group[Int(tie.source)], gt = group[Int(tie.target)]
            guard gs >= 0, gt >= 0 else { continue }
            if gs == gt {
                internalTotal += tie.weight
                groupInternal[Int(gs)] += tie.weight
                actorInternal[Int(tie.source)] += tie.weight
                actorInternal[Int(tie.target)] += tie.weight
            } else {
                externalTotal += tie.weight
                groupExternal[Int(gs)] += tie.weight
                groupExternal[Int(gt)] += tie.weight
                actorExternal[Int(tie.source)] += tie.weight
                actorExternal[Int(tie.target)] += tie.weight
            }
        }
        func ratio(_ e: Double, _ i: Double) -> Double? { e + i > 0 ? (e - i) / (e + i) : nil }
        value = ratio(externalTotal, internalTotal)
        internalTies = internalTotal
        externalTies = externalTotal
        let sizes = grouping.sizes
        groups = grouping.names.indices.map { g in
            GroupValue(group: grouping.names[g], size: sizes[g], internalTies: groupInternal[g],
                       externalTies: groupExternal[g], value: ratio(groupExternal[g], groupInternal[g]))
        }
        actorValues = (0..<index.nodeCount).map { node in
            group[node] < 0 ? nil : ratio(actorExternal[node], actorInternal[node])
        }
    }
}

extension EIIndex.Counting {
    /// The units this counting adds up: linked pairs, or the view's ties row by row.
    func units(index: NetworkIndex, map: StakeholderMap) -> [ViewTie] {
        switch self {
        case .pairs: index.linkedPairs(in: map)
        case .arcs: index.viewTies(in: map)
        }
    }
}
