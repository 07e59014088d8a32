import Foundation

/// Who to invite next: k people who together cover the map's groups and sectors, reach the
/// network, and bring in under-used brokers and new voices rather than the usual suspects.
///
/// **Objective.** For a panel S,
///
///     f(S) = w_g·|groups(S)| + w_s·|sectors(S)| + w_r·R(S) + Σ_{i ∈ S} (w_u·b_i + w_f·(1 − u_i))
///
/// where R is Borgatti's distance-weighted reach (KPP-Pos) on the symmetrised view, b_i the
/// actor's under-use score from ``BrokerFinder`` (potential × (1 − use)) and u_i the share of
/// the recent window the actor attended (so 1 − u_i rewards people not already in every
/// room; this is how fatigued usual suspects are avoided without being barred). The default
/// ``Weights`` (6, 3, 1, 1, ½) make the terms lexicographic: one new group (6) is worth more
/// than anything else one person can add (3 + 1 + 1 + ½), one new sector (3) more than the
/// rest (2½). So a panel first covers every group it can, then every sector, then spends
/// its remaining seats on reach, brokers and fresh voices.
///
/// **Guarantee.** Each term is monotone and submodular (coverage counts; reach, a sum over
/// actors of the best closeness any member offers; non-negative per-person bonuses), so f
/// is. The greedy choice — repeatedly add the allowed person with the largest gain in f —
/// is within a factor 1 − 1/e ≈ 0.63 of the best panel of size k (Nemhauser, Wolsey &
/// Fisher 1978) and, with a cap of N people per group (a partition matroid), within 1/2
/// (Fisher, Nemhauser & Wolsey 1978). Required members are placed first; the guarantee then
/// holds for the gain over them (f(S ∪ M) − f(M) is again monotone submodular).
///
/// **Constraints.** Required members, excluded actors, at most N per group, and never an
/// actor whose `consent` is false (asking for one is an error). Gains that tie are broken by
/// actor id.
///
/// Each pick carries its reason, and the panel is measured beside the *usual panel* — the k
/// most frequent attendees — on ``PanelMeasures``.
///
/// **Search.** Lazy greedy (Minoux 1978; CELF, Leskovec et al. 2007): gains computed in an
/// earlier round bound the gains now, so only the candidates that reach the top of the
/// queue are recomputed, each from one breadth-first search; the panel is the one a full
/// re-evaluation of every gain each round would choose.
///
/// - Complexity: harmonic centrality for the first bounds (bit-parallel, O(n·(n + m)/64)),
///   then O(n + m) per recomputed candidate; O(n + m) memory. In practice a few dozen
///   searches per pick: `suggest --panel-size 10` at 10,000 actors is in
///   `Scripts/bench/RESULTS.md`.
public struct PanelSuggester: Sendable {
    /// What the panel must and must not be.
    public struct Constraints: Hashable, Sendable {
        /// How many people to invite.
        public var size: Int
        /// Actors who must be on the panel.
        public var mustInclude: [String]
        /// Actors who must not be.
        public var exclude: Set<String>
        /// At most this many people from one group; `nil` for no cap.
        public var maxPerGroup: Int?

        /// A panel of `size` with the given constraints.
        public init(size: Int, mustInclude: [String] = [], exclude: Set<String> = [], maxPerGroup: Int? = nil) {
            self.size = size
            self.mustInclude = mustInclude
            self.exclude = exclude
            self.maxPerGroup = maxPerGroup
        }
    }

    /// The weights of the objective's terms.
    public struct Weights: Hashable, Sendable {
        /// Per group covered.
        public var group: Double
        /// Per sector covered.
        public var sector: Double
        /// Times the panel's distance-weighted reach (0 to 1).
        public var reach: Double
        /// Times each member's under-use score (0 to 1).
        public var underUse: Double
        /// Times each member's 1 − recent attendance share (0 to 1).
        public var freshness: Double

        /// The lexicographic defaults: 6, 3, 1, 1, ½.
        public init(group: Double = 6, sector: Double = 3, reach: Double = 1, underUse: Double = 1, freshness: Double = 0.5) {
            self.group = group
            self.sector = sector
            self.reach = reach
            self.underUse = underUse
            self.freshness = freshness
        }
    }

    /// One member of the suggested panel.
    public struct Pick: Hashable, Sendable {
        /// The actor's id.
        public let actorID: String
        /// The group's name, if the actor has one.
        public let group: String?
        /// The sector, if any.
        public let sector: String?
        /// Whether the actor was required.
        public let isRequired: Bool
        /// The gain in the objective when the actor was added.
        public let gain: Double
        /// Why, in words.
        public let reason: String
    }

    /// The suggested panel in the order chosen (required members first).
    public let picks: [Pick]
    /// The usual panel: the k most frequent attendees who may be named (ties: more recent
    /// attendance, then id).
    public let usualPanel: [String]
    /// The suggested panel's measures.
    public let suggestedMeasures: PanelMeasures
    /// The usual panel's measures.
    public let usualMeasures: PanelMeasures
    /// The broker ranking the under-use scores come from.
    public let brokers: BrokerFinder
    /// The audit the usual suspects come from.
    public let audit: UsualSuspects
    /// The constraints asked for.
    public let constraints: Constraints
    /// The objective's weights.
    public let weights: Weights

    /// Suggests a panel for the next engagement on `map`.
    ///
    /// - Parameters:
    ///   - map: the actors, ties and engagements.
    ///   - constraints: the panel's size, who must or must not be on it, and the cap per group.
    ///   - options: the view (relations) for brokerage and reach; reach always symmetrises it.
    ///   - column: the actor column that defines groups.
    ///   - window: recent engagements for use and fatigue.
    ///   - weights: the weights of the objective's terms.
    ///   - paths: how the broker ranking's bridging betweenness chooses its sources
    ///     (``BrokerFinder``).
    /// - Throws: ``PanelError`` for impossible constraints; ``StakeholderMapError`` for an
    ///   unknown group column.
    public init(
        map: StakeholderMap, constraints: Constraints, options: NetworkIndex.Options = .init(), column: String = "department",
        window: Int? = 8, weights: Weights = Weights(), paths: PathSampling = .automatic
    ) throws {
        let brokers = try BrokerFinder(map: map, options: options, column: column, window: window, paths: paths)
        let audit = UsualSuspects(map: map, options: UsualSuspects.Options(column: column, window: window))
        try self.init(map: map, constraints: constraints, brokers: brokers, audit: audit, options: options, weights: weights)
    }

    /// Suggests a panel from an existing broker ranking and audit.
    public init(
        map: StakeholderMap, constraints: Constraints, brokers: BrokerFinder, audit: UsualSuspects,
        options: NetworkIndex.Options = .init(), weights: Weights = Weights()
    ) throws(PanelError) {
        try Self.check(constraints, map: map, grouping: brokers.grouping, index: brokers.index)
        var symmetric = options
        symmetric.symmetrised = true
        symmetric.weighted = false
        let reachIndex = NetworkIndex(map, options: symmetric)
        let history = brokers.history
        var search = PanelSearch(map: map, index: reachIndex, grouping: brokers.grouping, brokers: brokers, weights: weights)
        var picks: [Pick] = []
        var required = Set<String>()
        for id in constraints.mustInclude where required.insert(id).inserted {
            picks.append(search.add(reachIndex.node(of: id)!, required: true))
        }
        while picks.count < constraints.size {
            guard let node = search.best(excluding: constraints.exclude, maxPerGroup: constraints.maxPerGroup) else { break }
            picks.append(search.add(node, required: false))
        }
        let usual = audit.attendees.filter { map.actor(withID: $0.actorID)?.mayBeNamed ?? false }.prefix(constraints.size).map(\.actorID)
        let underUsed = Set(brokers.underUsed.map(\.actorID))
        let usualSuspects = Set(audit.usualSuspects.map(\.actorID))
        func measures(_ panel: [String]) -> PanelMeasures {
            PanelMeasures(panel: panel, map: map, reachIndex: reachIndex, grouping: brokers.grouping, underUsed: underUsed, usual: usualSuspects, history: history)
        }
        self.picks = picks
        self.usualPanel = Array(usual)
        self.suggestedMeasures = measures(picks.map(\.actorID))
        self.usualMeasures = measures(Array(usual))
        self.brokers = brokers
        self.audit = audit
        self.constraints = constraints
        self.weights = weights
    }

    private static func check(_ constraints: Constraints, map: StakeholderMap, grouping: Grouping, index: NetworkIndex) throws(PanelError) {
        guard constraints.size >= 1 else { throw .sizeTooSmall(constraints.size) }
        if let cap = constraints.maxPerGroup, cap < 1 { throw .capTooSmall(cap) }
        for id in constraints.mustInclude + constraints.exclude.sorted() {
            guard let actor = map.actor(withID: id) else { throw .unknownActor(id) }
            if constraints.mustInclude.contains(id), !actor.mayBeNamed { throw .noConsent(id) }
        }
        if let both = constraints.mustInclude.first(where: constraints.exclude.contains) { throw .includedAndExcluded(both) }
        let required = Set(constraints.mustInclude)
        guard required.count <= constraints.size else { throw .tooManyRequired(required: required.count, size: constraints.size) }
        if let cap = constraints.maxPerGroup {
            var counts: [String: Int] = [:]
            for id in required {
                guard let node = index.node(of: id), let group = grouping.name(ofNode: node) else { continue }
                counts[group, default: 0] += 1
            }
            if let (group, count) = counts.sorted(by: { $0.key < $1.key }).first(where: { $0.value > cap }) {
                throw .groupCapExceeded(group: group, required: count, cap: cap)
            }
        }
    }
}
