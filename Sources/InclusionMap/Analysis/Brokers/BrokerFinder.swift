/// Under-used brokers: actors whose ties bridge groups, set against how much they are used.
///
/// **Brokerage potential.** For every actor with a group, four measures of bridging are
/// turned into percentile ranks among those actors (`PercentileRanks`: 0 lowest, 1 highest,
/// so no unit dominates) and averaged with adjustable ``Weights``:
///
/// 1. bridging betweenness: the share of shortest paths between actors of *different* groups
///    that pass through the actor (``NetworkIndex/bridgingBetweenness(grouping:threads:)``);
/// 2. the participation coefficient P = 1 − Σ_s (k_is / k_i)², how evenly its ties spread
///    over groups (Guimerà & Amaral 2005; ``Participation``); on a directed view over the ties
///    that come *to* the actor (``Participation/incoming(index:grouping:)``; Guimerà,
///    Sales-Pardo & Amaral 2007), so that seeking advice from many groups does not make a
///    broker, being sought by them does (bridging betweenness and the brokerage roles follow
///    directed paths already; constraint reads both directions, as Burt defines it);
/// 3. the largest Gould–Fernandez z-score among the four roles that cross a group boundary:
///    liaison, gatekeeper, representative and itinerant (Gould & Fernandez 1989; ``Brokerage``);
/// 4. 1 − Burt's constraint: how many structural holes its contacts leave open (Burt 1992;
///    ``StructuralHoles``). An isolate has no constraint and ranks lowest.
///
///     potential_i = Σ_c w_c · r_c(i) / Σ_c w_c
///
/// **Current use** is the share of the most recent engagements the actor attended (the
/// window of ``EngagementHistory``). A designated role is reported beside it but is not
/// counted as use: co-production studies found designated brokers "underutilised", so a
/// role on paper is exactly what this analysis checks against the room.
///
///     score_i = potential_i · (1 − use_i)
///
/// Without engagements use is unknown and the score is the potential.
///
/// **Structural brokers** are actors tied to at least ``minimumCrossGroupContacts`` (two)
/// distinct actors of other groups whose potential is in the top tenth (at or above the 90th
/// percentile of potentials, linear interpolation between order statistics as NumPy's
/// default). A position that rests on a single cross-group tie is fragile: one tie
/// misreported or added by mistake makes or unmakes it (under 20% random tie noise on planted
/// organisations, every false pick had a spurious cross-group tie), so such an actor is not
/// called structural and its reason says it rests on one tie. **Under-used brokers** are structural
/// brokers who attended at most a quarter of the window. The two reconciliation lists
/// compare structure with roles: *designated but not structural* holds a role but bridges
/// little or nothing (no tie outside its group, or potential in the bottom half), and
/// *structural but undesignated* is a structural broker with no role. A designated actor
/// between the median and the top tenth is in neither list.
///
/// Every actor gets a reason in words built from the same numbers: the group pairs it alone
/// links (``GroupMixing/singlePoints``), the groups it reaches, its strongest brokerage role
/// and z-score, its bridging betweenness when it is among the ten highest, its attendance and
/// its role.
///
/// References: R. V. Gould & R. M. Fernandez, "Structures of mediation", *Sociological
/// Methodology* 19 (1989) 89–126; R. Guimerà & L. A. N. Amaral, "Functional cartography of
/// complex metabolic networks", *Nature* 433 (2005) 895–900; R. S. Burt, *Structural Holes*
/// (1992); on under-used designated brokers in local government, the LACoR co-production
/// studies cited in `docs/brokers-and-usual-suspects.md`.
///
/// **At scale.** Bridging betweenness is the one O(n·m) measure. When its exact work (grouped
/// actors × (actors + arcs)) is above ``PathSampling/automaticWork`` it is estimated from
/// ``PathSampling/automaticSampleSize`` seeded sources unless `paths` is ``PathSampling/exact``
/// (``bridgingSample`` holds the sample and every standard error; the outputs say so). Only
/// its percentile rank enters potential, and the shortlist rule asks for two contacts in a
/// group, which no sample changes.
///
/// - Complexity: dominated by bridging betweenness, O(n·m) exact, O(k·m) from k sources.
public struct BrokerFinder: Sendable {
    /// How much each measure counts towards potential; only ratios matter.
    public struct Weights: Hashable, Sendable {
        /// Weight of bridging betweenness.
        public var bridgingBetweenness: Double
        /// Weight of the participation coefficient.
        public var participation: Double
        /// Weight of the largest boundary-crossing Gould–Fernandez z-score.
        public var brokerage: Double
        /// Weight of 1 − constraint.
        public var lowConstraint: Double

        /// Equal weights by default.
        public init(bridgingBetweenness: Double = 1, participation: Double = 1, brokerage: Double = 1, lowConstraint: Double = 1) {
            self.bridgingBetweenness = bridgingBetweenness
            self.participation = participation
            self.brokerage = brokerage
            self.lowConstraint = lowConstraint
        }

        var values: [Double] { [bridgingBetweenness, participation, brokerage, lowConstraint] }
    }

    /// The raw measures behind one actor's potential.
    public struct Measures: Hashable, Sendable {
        /// Bridging betweenness (a fraction of cross-group pairs).
        public var bridgingBetweenness: Double
        /// The standard error of ``bridgingBetweenness`` when it was estimated from a sample
        /// of sources (``BrokerFinder/bridgingSample``); `nil` when exact.
        public var bridgingBetweennessError: Double? = nil
        /// Participation coefficient.
        public var participation: Double
        /// The boundary-crossing Gould–Fernandez role with the largest z-score, if any is defined.
        public var strongestRole: Brokerage.Role?
        /// That role's z-score.
        public var strongestZ: Double?
        /// Burt's constraint; `nil` for an isolate.
        public var constraint: Double?
        /// The other groups the actor has a tie with, by group number.
        public var groupsReached: [Int]
        /// How many distinct actors of other groups the actor is tied to, in either direction.
        public var crossGroupContacts: Int
        /// The other groups the actor is tied to through at least two distinct actors of that
        /// group, by group number: the reach that no single misreported tie makes or unmakes.
        public var groupsReachedTwice: [Int]
        /// The group pairs for which this actor is on every tie between the two (single
        /// points of failure), by group number.
        public var singlePoints: [(Int, Int)]

        public static func == (a: Measures, b: Measures) -> Bool {
            a.bridgingBetweenness == b.bridgingBetweenness && a.bridgingBetweennessError == b.bridgingBetweennessError
                && a.participation == b.participation
                && a.strongestRole == b.strongestRole && a.strongestZ == b.strongestZ
                && a.constraint == b.constraint && a.groupsReached == b.groupsReached
                && a.crossGroupContacts == b.crossGroupContacts && a.groupsReachedTwice == b.groupsReachedTwice
                && a.singlePoints.elementsEqual(b.singlePoints, by: ==)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(bridgingBetweenness)
            hasher.combine(participation)
            hasher.combine(groupsReached)
        }
    }

    /// One ranked actor.
    public struct Candidate: Hashable, Sendable {
        /// The actor's id.
        public let actorID: String
        /// The actor's group number in ``BrokerFinder/grouping``.
        public let group: Int
        /// The raw measures.
        public let measures: Measures
        /// Percentile ranks of the four measures, in the order of ``Weights``.
        public let percentiles: [Double]
        /// Brokerage potential, 0 to 1.
        public let potential: Double
        /// Engagements of the window attended.
        public let attended: Int
        /// Share of the window attended; `nil` without engagements.
        public let use: Double?
        /// potential × (1 − use).
        public let score: Double
        /// Designated boundary-spanner roles.
        public let roles: [String]
        /// Whether the actor is a structural broker (see ``BrokerFinder``).
        public let isStructural: Bool
        /// Why the actor is where it is, in words.
        public let reason: String

        /// Whether the actor holds a designated role.
        public var isDesignated: Bool { !roles.isEmpty }
    }

    /// The view the measures were taken on.
    public let index: NetworkIndex
    /// The grouping (for instance by department).
    public let grouping: Grouping
    /// Attendance, with the window used for `use`.
    public let history: EngagementHistory
    /// The weights of potential.
    public let weights: Weights
    /// How bridging betweenness chose its sources.
    public let paths: PathSampling
    /// The sample bridging betweenness was estimated from, with every actor's standard error;
    /// `nil` when it is exact (every grouped actor a source).
    public let bridgingSample: SampledMeasure?
    /// Every grouped actor, highest score first (then highest potential, then id).
    public let candidates: [Candidate]
    /// The potential at or above which an actor with a cross-group tie is structural: the
    /// 90th percentile of potentials.
    public let structuralThreshold: Double
    /// The median potential: designated actors below it (or with no tie outside their
    /// group) are designated but not structural.
    public let medianPotential: Double
    /// The share of the window at or below which a structural broker counts as under-used.
    public static let underUseShare = 0.25
    /// The fewest distinct actors of other groups a structural broker is tied to: 2.
    public static let minimumCrossGroupContacts = 2

    /// Ranks the brokers of `map` in the view `options`, grouped by `column`.
    ///
    /// - Parameters:
    ///   - map: the actors, ties and engagements.
    ///   - options: the view (relations, direction, weights) the structural measures use.
    ///   - column: the actor column that defines groups, such as `department`.
    ///   - window: how many recent engagements measure use; `nil` for all.
    ///   - weights: how the four percentile ranks are averaged into potential.
    ///   - paths: whether bridging betweenness searches from every grouped actor or, by
    ///     default when that work is above ``PathSampling/automaticWork``, from a seeded sample.
    /// - Throws: ``StakeholderMapError/unknownColumn(_:)`` when no actor has a value in `column`.
    public init(
        map: StakeholderMap, options: NetworkIndex.Options = .init(), column: String = "department",
        window: Int? = 8, weights: Weights = Weights(), paths: PathSampling = .automatic
    ) throws(StakeholderMapError) {
        let index = NetworkIndex(map, options: options)
        let grouping = try Grouping.named(column, index: index, map: map)
        self.init(map: map, index: index, grouping: grouping, history: EngagementHistory(map: map, window: window), weights: weights, paths: paths)
    }

    /// Ranks the brokers of an existing view and grouping.
    public init(
        map: StakeholderMap, index: NetworkIndex, grouping: Grouping, history: EngagementHistory,
        weights: Weights = Weights(), paths: PathSampling = .automatic
    ) {
        self.index = index
        self.grouping = grouping
        self.history = history
        self.weights = weights
        self.paths = paths
        let nodes = (0..<Int32(index.nodeCount)).filter { grouping.groupOfNode[Int($0)] >= 0 }
        let sample = paths.sample(among: nodes.count, in: index).map {
            index.bridgingBetweenness(grouping: grouping, sampleSize: $0.size, seed: $0.seed, growth: paths.growth)
        }
        bridgingSample = sample
        let bridging = sample.map { (values: $0.values, errors: $0.standardErrors) }
            ?? (values: index.bridgingBetweenness(grouping: grouping), errors: [Double?](repeating: nil, count: index.nodeCount))
        let measures = Self.measures(of: nodes, map: map, index: index, grouping: grouping, bridging: bridging)
        let columns: [[Double?]] = [
            measures.map(\.bridgingBetweenness), measures.map(\.participation),
            measures.map(\.strongestZ), measures.map { $0.constraint.map { 1 - $0 } },
        ]
        let ranks = columns.map(PercentileRanks.of)
        let totalWeight = weights.values.reduce(0, +)
        precondition(totalWeight > 0 && weights.values.allSatisfy { $0 >= 0 }, "weights must be non-negative and not all zero")
        let potentials = nodes.indices.map { i in
            zip(weights.values, ranks).reduce(0) { $0 + $1.0 * $1.1[i] } / totalWeight
        }
        structuralThreshold = Self.percentile(0.9, of: potentials)
        medianPotential = Self.percentile(0.5, of: potentials)
        let betweennessOrder = nodes.indices.sorted { measures[$0].bridgingBetweenness > measures[$1].bridgingBetweenness }
        var betweennessRank = [Int](repeating: 0, count: nodes.count)
        for (place, i) in betweennessOrder.enumerated() {
            // Equal values share the better place.
            let previous = place > 0 ? betweennessOrder[place - 1] : nil
            betweennessRank[i] = previous.map { measures[$0].bridgingBetweenness == measures[i].bridgingBetweenness ? betweennessRank[$0] : place + 1 } ?? 1
        }
        var ranked: [Candidate] = []
        for (i, node) in nodes.enumerated() {
            let id = index.actorIDs[Int(node)]
            let actor = map.actor(withID: id)
            let use = history.recentShare(of: id)
            let structural = measures[i].crossGroupContacts >= Self.minimumCrossGroupContacts && potentials[i] >= structuralThreshold
            let facts = BrokerReason(
                map: map, grouping: grouping, group: Int(grouping.groupOfNode[Int(node)]), measures: measures[i],
                bridgingRank: betweennessRank[i], rankedCount: nodes.count, potential: potentials[i],
                threshold: structuralThreshold, median: medianPotential, isStructural: structural, roles: actor?.roles ?? [],
                attendance: history.isEmpty ? nil : history.attendanceWords(of: id), relations: index.options.relations)
            ranked.append(Candidate(
                actorID: id, group: Int(grouping.groupOfNode[Int(node)]), measures: measures[i],
                percentiles: ranks.map { $0[i] }, potential: potentials[i],
                attended: history.recentAttendances(of: id), use: use, score: potentials[i] * (1 - (use ?? 0)),
                roles: actor?.roles ?? [], isStructural: structural, reason: facts.text))
        }
        candidates = ranked.sorted {
            ($0.score, $0.potential) != ($1.score, $1.potential)
                ? ($0.score, $0.potential) > ($1.score, $1.potential) : $0.actorID < $1.actorID
        }
    }

    /// Structural brokers who attended at most ``underUseShare`` of the window, highest score
    /// first; empty when the map records no engagement.
    public var underUsed: [Candidate] {
        candidates.filter { $0.isStructural && ($0.use.map { $0 <= Self.underUseShare } ?? false) }
    }

    /// Actors with a designated role who bridge little or nothing: no tie outside their group,
    /// or potential below the median. Lowest potential first.
    public var designatedButNotStructural: [Candidate] {
        candidates.filter { $0.isDesignated && ($0.measures.groupsReached.isEmpty || $0.potential < medianPotential) }.sorted { ($0.potential, $0.actorID) < ($1.potential, $1.actorID) }
    }

    /// Structural brokers with no designated role, highest potential first.
    public var structuralButUndesignated: [Candidate] {
        candidates.filter { !$0.isDesignated && $0.isStructural }.sorted {
            $0.potential != $1.potential ? $0.potential > $1.potential : $0.actorID < $1.actorID
        }
    }

    /// The candidate for `actorID`, if it was ranked.
    public func candidate(for actorID: String) -> Candidate? {
        candidates.first { $0.actorID == actorID }
    }

    /// The `fraction` quantile, with linear interpolation between order statistics (NumPy's default).
    static func percentile(_ fraction: Double, of values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let position = fraction * Double(sorted.count - 1)
        let low = Int(position.rounded(.down)), high = min(low + 1, sorted.count - 1)
        return sorted[low] + (position - Double(low)) * (sorted[high] - sorted[low])
    }

    private static func measures(
        of nodes: [Int32], map: StakeholderMap, index: NetworkIndex, grouping: Grouping, bridging: (values: [Double?], errors: [Double?])
    ) -> [Measures] {
        // On a directed view, participation counts the ties that come to the actor (who seeks
        // them out, from which groups), so that seeking advice widely does not make a broker.
        let participation = index.isDirected
            ? Participation.incoming(index: index, grouping: grouping)
            : Participation(index: index, grouping: grouping).participation
        let brokerage = Brokerage(index: index, grouping: grouping)
        let holes = StructuralHoles(index: index)
        let mixing = GroupMixing(index: index, map: map, grouping: grouping)
        var singlePoints: [Int32: [(Int, Int)]] = [:]
        for point in mixing.singlePoints {
            for node in point.via { singlePoints[node, default: []].append(point.groups) }
        }
        let crossing: [Brokerage.Role] = [.liaison, .gatekeeper, .representative, .itinerant]
        return nodes.map { node in
            let v = Int(node)
            let own = grouping.groupOfNode[v]
            var contacts = Set<Int32>()
            for w in index.outNeighbours(of: node) + index.inNeighbours(of: node) {
                let g = grouping.groupOfNode[Int(w)]
                if g >= 0, g != own { contacts.insert(w) }
            }
            var contactsPerGroup: [Int: Int] = [:]
            for w in contacts { contactsPerGroup[Int(grouping.groupOfNode[Int(w)]), default: 0] += 1 }
            var strongest: (Brokerage.Role, Double)?
            if let scores = brokerage.actors[v] {
                for role in crossing {
                    guard let z = scores.zScore(role) else { continue }
                    if strongest.map({ z > $0.1 }) ?? true { strongest = (role, z) }
                }
            }
            return Measures(
                bridgingBetweenness: bridging.values[v] ?? 0, bridgingBetweennessError: bridging.errors[v], participation: participation[v] ?? 0,
                strongestRole: strongest?.0, strongestZ: strongest?.1, constraint: holes.constraint[v],
                groupsReached: contactsPerGroup.keys.sorted(), crossGroupContacts: contacts.count,
                groupsReachedTwice: contactsPerGroup.filter { $0.value >= 2 }.keys.sorted(), singlePoints: singlePoints[node] ?? [])
        }
    }
}
