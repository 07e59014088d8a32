/// How groups are tied to each other: the group mixing matrix, the density of ties between
/// every pair of groups, the pairs of groups with no tie at all, and the pairs joined only
/// through one actor (a single point of failure).
///
/// - `ties[g][h]`: the linked pairs of actors (each pair once, however many rows tie it; in
///   weighted mode the sum of its ties' weights — as ``EIIndex`` counts them) with one end in g
///   and the other in h, so the matrix is symmetric and `ties[g][g]` holds g's internal pairs.
/// - `density[g][h]`: linked pairs of actors over possible pairs, direction ignored:
///   L_gh / (n_g n_h) between groups, L_gg / (n_g (n_g − 1) / 2) within; `nil` when no pair
///   is possible.
/// - A pair of groups is *unlinked* when no tie joins them, and has a *single point of failure*
///   when some actor is an end of every tie between them, so that losing that actor unlinks
///   the groups (a pair joined by one tie lists both its ends).
///
/// Ungrouped actors are left out. O(n + m + k²) for k groups.
public struct GroupMixing: Sendable {
    /// A pair of groups joined only through the listed actors.
    public struct SinglePoint: Hashable, Sendable {
        /// The two groups, by group number (the lower first).
        public var groups: (Int, Int)
        /// The actors (as nodes) that are an end of every tie between the two groups.
        public var via: [Int32]

        /// A pair of groups (by number) joined only through `via`.
        public init(groups: (Int, Int), via: [Int32]) {
            self.groups = groups
            self.via = via
        }

        /// Equal when the groups and the actors are.
        public static func == (a: SinglePoint, b: SinglePoint) -> Bool { a.groups == b.groups && a.via == b.via }
        /// Hashes the groups and the actors.
        public func hash(into hasher: inout Hasher) { hasher.combine(groups.0); hasher.combine(groups.1); hasher.combine(via) }
    }

    /// Ties between each pair of groups (symmetric; diagonal = internal ties).
    public let ties: [[Double]]
    /// Density of linked actor pairs between each pair of groups.
    public let density: [[Double?]]
    /// Pairs of distinct groups (g < h) with no tie between them.
    public let unlinkedPairs: [(Int, Int)]
    /// Pairs of distinct groups joined through one actor only.
    public let singlePoints: [SinglePoint]

    /// Tabulates the mixing of `grouping` in the view `index` of `map`.
    public init(index: NetworkIndex, map: StakeholderMap, grouping: Grouping) {
        let k = grouping.groupCount
        let group = grouping.groupOfNode
        var ties = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        // Common ends of all ties between two groups, narrowed tie by tie.
        var commonEnds: [[Set<Int32>?]] = Array(repeating: Array(repeating: nil, count: k), count: k)
        // Linked pairs of actors (weight 1 each), for the densities.
        var linked = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for tie in index.linkedPairs(in: map) {
            let g = Int(group[Int(tie.source)]), h = Int(group[Int(tie.target)])
            guard g >= 0, h >= 0 else { continue }
            ties[g][h] += tie.weight
            linked[g][h] += 1
            if g != h {
                ties[h][g] += tie.weight
                linked[h][g] += 1
            }
            guard g != h else { continue }
            let (a, b) = g < h ? (g, h) : (h, g)
            let ends: Set<Int32> = [tie.source, tie.target]
            commonEnds[a][b] = commonEnds[a][b].map { $0.intersection(ends) } ?? ends
        }
        let sizes = grouping.sizes.map(Double.init)
        density = (0..<k).map { g in
            (0..<k).map { h in
                let possible = g == h ? sizes[g] * (sizes[g] - 1) / 2 : sizes[g] * sizes[h]
                return possible > 0 ? linked[g][h] / possible : nil
            }
        }
        var unlinked: [(Int, Int)] = []
        var singles: [SinglePoint] = []
        for g in 0..<k {
            for h in (g + 1)..<max(k, g + 1) {
                guard let ends = commonEnds[g][h] else {
                    unlinked.append((g, h))
                    continue
                }
                if !ends.isEmpty { singles.append(SinglePoint(groups: (g, h), via: ends.sorted())) }
            }
        }
        self.ties = ties
        self.unlinkedPairs = unlinked
        self.singlePoints = singles
    }
}
