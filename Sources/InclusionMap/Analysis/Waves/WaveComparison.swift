/// What changed between two waves of a mapping: who joined and left, which ties were gained
/// and lost, whether the silos opened, which single points of failure were resolved or are
/// new, how the brokers moved, and whether the same few still fill the room.
///
/// Actors are matched by id. An actor in only one wave is a joiner or a leaver, never an
/// isolate of the other wave. Group measures use the grouping column of each wave (an actor
/// who moved department counts in their new department after).
///
/// The measures and their conventions:
/// - ties per relation: ``TieSetChange`` (gained, lost, Jaccard over actors in both waves);
/// - E-I for the network and each group, with a permutation test of the change: ``EIChange``;
/// - group pairs newly linked or unlinked, and single points of failure (a pair of groups
///   whose every tie runs through one person): ``CohesionSnapshot`` of each wave, on the
///   simple graph of all relations with direction ignored;
/// - cut points (articulation points) and bridges: ``CutPoints`` on the same graph;
/// - broker potential and rank: ``BrokerFinder`` of each wave, and the under-used brokers of
///   the earlier wave who attend in the later one;
/// - concentration of attendance: ``UsualSuspects`` (top-decile share and Gini) of each wave;
/// - with a planned reflection space (``Options/space``), the change ``WhatIf`` predicted on
///   the earlier wave beside the change observed.
public struct WaveComparison: Sendable {
    /// How to compare.
    public struct Options: Hashable, Sendable {
        /// The grouping column (default `department`).
        public var column: String
        /// Random arrangements for the E-I test when it is not exact.
        public var permutations: Int
        /// The seed of those arrangements.
        public var seed: UInt64
        /// The engagement window of the broker and usual-suspect measures.
        public var window: Int?
        /// The members of a reflection space planned on the earlier wave, to set its
        /// predicted effect beside the observed one; `nil` for none.
        public var space: [String]?

        /// Creates options.
        public init(column: String = "department", permutations: Int = 2_000, seed: UInt64 = 1, window: Int? = 8, space: [String]? = nil) {
            self.column = column
            self.permutations = permutations
            self.seed = seed
            self.window = window
            self.space = space
        }
    }

    /// A broker's place in each wave.
    public struct BrokerChange: Hashable, Sendable, Codable {
        public var actor: String
        public var potentialBefore: Double?, potentialAfter: Double?
        /// 1 is the highest potential in that wave.
        public var rankBefore: Int?, rankAfter: Int?
        public var wasUnderUsed: Bool, isUnderUsed: Bool
        public var attendedBefore: Int, attendedAfter: Int
    }

    /// Shares of attendance in each wave.
    public struct Concentration: Hashable, Sendable, Codable {
        public var topDecileShareBefore: Double?, topDecileShareAfter: Double?
        public var giniBefore: Double?, giniAfter: Double?
    }

    /// A reflection space's predicted effect on the earlier wave, and what the later wave shows.
    public struct WhatIfOutcome: Hashable, Sendable, Codable {
        public var members: [String]
        public var eiBefore: Double?, eiPredicted: Double?, eiObserved: Double?
        public var singlePointsBefore: Int, singlePointsPredicted: Int, singlePointsObserved: Int
        public var unlinkedBefore: Int, unlinkedPredicted: Int, unlinkedObserved: Int
    }

    /// The options used.
    public let options: Options
    /// Actors in the later wave only, and in the earlier only, in file order.
    public let joined: [String], left: [String]
    /// Per relation, in order of first appearance (earlier wave first).
    public let relations: [TieSetChange]
    /// E-I before and after, with its test.
    public let ei: EIChange
    /// Pairs of groups (names sorted) tied in the later wave but not the earlier, and the reverse;
    /// only groups present in both waves.
    public let newlyLinked: [[String]], newlyUnlinked: [[String]]
    /// Single points of failure of the earlier wave that the later one no longer has, and new ones.
    public let singlePointsResolved: [CohesionSnapshot.SinglePoint], singlePointsNew: [CohesionSnapshot.SinglePoint]
    /// Cut points (actor ids) new in the later wave, and gone from it.
    public let cutPointsNew: [String], cutPointsGone: [String]
    /// Bridges (sorted id pairs) new and gone.
    public let bridgesNew: [[String]], bridgesGone: [[String]]
    /// Every actor who is a structural broker in either wave, in the earlier wave's order.
    public let brokers: [BrokerChange]
    /// Under-used brokers of the earlier wave whose attendance is above the under-use share in the later.
    public let engagedBrokers: [String]
    /// Attendance concentration before and after.
    public let concentration: Concentration
    /// The planned reflection space's outcome, when one was given.
    public let whatIf: WhatIfOutcome?
    /// Every finding as a row with its reason.
    public let findings: [WaveFinding]

    /// Compares `before` with `after`.
    ///
    /// - Throws: ``StakeholderMapError`` for a grouping column neither wave has;
    ///   ``WhatIfError`` for a planned space naming an actor who is not in `before`.
    public init(before: StakeholderMap, after: StakeholderMap, options: Options = Options()) throws {
        self.options = options
        let beforeIDs = Set(before.actors.map(\.id)), afterIDs = Set(after.actors.map(\.id))
        joined = after.actors.map(\.id).filter { !beforeIDs.contains($0) }
        left = before.actors.map(\.id).filter { !afterIDs.contains($0) }
        let stable = beforeIDs.intersection(afterIDs)
        var relationNames = before.relations
        for relation in after.relations where !relationNames.contains(relation) { relationNames.append(relation) }
        relations = relationNames.map { TieSetChange(relation: $0, before: before, after: after, stable: stable) }
        ei = EIChange(before: before, after: after, column: options.column, permutations: options.permutations, seed: options.seed)

        let view = NetworkIndex.Options(symmetrised: true, weighted: false)
        let snapshotBefore = try CohesionSnapshot(map: before, options: view, column: options.column)
        let snapshotAfter = try CohesionSnapshot(map: after, options: view, column: options.column)
        let groupsBefore = Set(before.actors.compactMap { $0.value(ofColumn: options.column) })
        let groupsAfter = Set(after.actors.compactMap { $0.value(ofColumn: options.column) })
        let sharedGroups = groupsBefore.intersection(groupsAfter)
        let unlinkedBefore = Set(snapshotBefore.unlinkedPairs.map { $0.sorted() })
        let unlinkedAfter = Set(snapshotAfter.unlinkedPairs.map { $0.sorted() })
        let inShared = { (pair: [String]) in pair.allSatisfy(sharedGroups.contains) }
        newlyLinked = unlinkedBefore.subtracting(unlinkedAfter).filter(inShared).sorted { $0.lexicographicallyPrecedes($1) }
        newlyUnlinked = unlinkedAfter.subtracting(unlinkedBefore).filter(inShared).sorted { $0.lexicographicallyPrecedes($1) }
        func byPair(_ points: [CohesionSnapshot.SinglePoint]) -> [[String]: CohesionSnapshot.SinglePoint] {
            Dictionary(points.map { ($0.groups.sorted(), $0) }, uniquingKeysWith: { first, _ in first })
        }
        let singleBefore = byPair(snapshotBefore.singlePoints), singleAfter = byPair(snapshotAfter.singlePoints)
        singlePointsResolved = snapshotBefore.singlePoints.filter { point in
            let pair = point.groups.sorted()
            return singleAfter[pair].map { Set($0.via) != Set(point.via) } ?? true
        }
        singlePointsNew = snapshotAfter.singlePoints.filter { point in
            let pair = point.groups.sorted()
            return singleBefore[pair].map { Set($0.via) != Set(point.via) } ?? true
        }

        let cutBefore = Self.cuts(before, view: view), cutAfter = Self.cuts(after, view: view)
        cutPointsNew = cutAfter.points.filter { !cutBefore.points.contains($0) }
        cutPointsGone = cutBefore.points.filter { !cutAfter.points.contains($0) }
        bridgesNew = cutAfter.bridges.filter { !cutBefore.bridges.contains($0) }
        bridgesGone = cutBefore.bridges.filter { !cutAfter.bridges.contains($0) }

        let findBefore = try BrokerFinder(map: before, column: options.column, window: options.window)
        let findAfter = try BrokerFinder(map: after, column: options.column, window: options.window)
        func ranks(_ finder: BrokerFinder) -> [String: Int] {
            let order = finder.candidates.sorted { $0.potential != $1.potential ? $0.potential > $1.potential : $0.actorID < $1.actorID }
            return Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element.actorID, $0.offset + 1) })
        }
        let rankBefore = ranks(findBefore), rankAfter = ranks(findAfter)
        let underBefore = Set(findBefore.underUsed.map(\.actorID)), underAfter = Set(findAfter.underUsed.map(\.actorID))
        var brokerIDs: [String] = []
        for candidate in findBefore.candidates + findAfter.candidates where candidate.isStructural && !brokerIDs.contains(candidate.actorID) {
            brokerIDs.append(candidate.actorID)
        }
        brokers = brokerIDs.map { id in
            BrokerChange(
                actor: id, potentialBefore: findBefore.candidate(for: id)?.potential, potentialAfter: findAfter.candidate(for: id)?.potential,
                rankBefore: rankBefore[id], rankAfter: rankAfter[id], wasUnderUsed: underBefore.contains(id), isUnderUsed: underAfter.contains(id),
                attendedBefore: findBefore.history.attendances(of: id), attendedAfter: findAfter.history.attendances(of: id))
        }
        engagedBrokers = findBefore.underUsed.map(\.actorID).filter { id in
            afterIDs.contains(id) && (findAfter.history.recentShare(of: id).map { $0 > BrokerFinder.underUseShare } ?? false)
        }

        let suspectOptions = UsualSuspects.Options(column: options.column, window: options.window)
        let usualBefore = UsualSuspects(map: before, options: suspectOptions), usualAfter = UsualSuspects(map: after, options: suspectOptions)
        concentration = Concentration(
            topDecileShareBefore: usualBefore.topDecileShare, topDecileShareAfter: usualAfter.topDecileShare,
            giniBefore: usualBefore.gini, giniAfter: usualAfter.gini)

        if let members = options.space {
            let predicted = try WhatIf(map: before, change: .reflectionSpace(members), options: view, column: options.column)
            whatIf = WhatIfOutcome(
                // The what-if's E-I counts linked pairs over every relation, as EIChange does.
                members: members, eiBefore: ei.before, eiPredicted: predicted.after.eiIndex,
                eiObserved: ei.after,
                singlePointsBefore: snapshotBefore.singlePoints.count, singlePointsPredicted: predicted.after.singlePoints.count,
                singlePointsObserved: snapshotAfter.singlePoints.count, unlinkedBefore: snapshotBefore.unlinkedPairs.count,
                unlinkedPredicted: predicted.after.unlinkedPairs.count, unlinkedObserved: snapshotAfter.unlinkedPairs.count)
        } else {
            whatIf = nil
        }

        findings = WaveComparisonFindings(
            before: before, after: after, column: options.column, joined: joined, left: left, relations: relations, ei: ei,
            newlyLinked: newlyLinked, newlyUnlinked: newlyUnlinked, resolved: singlePointsResolved, new: singlePointsNew,
            singleAfter: singleAfter, unlinkedAfter: unlinkedAfter, singleBefore: singleBefore, unlinkedBefore: unlinkedBefore,
            cutPointsNew: cutPointsNew, cutPointsGone: cutPointsGone, bridgesNew: bridgesNew, bridgesGone: bridgesGone,
            brokers: brokers, engaged: engagedBrokers, historyAfter: findAfter.history, historyBefore: findBefore.history,
            concentration: concentration, whatIf: whatIf).rows
    }

    private static func cuts(_ map: StakeholderMap, view: NetworkIndex.Options) -> (points: [String], bridges: [[String]]) {
        let index = NetworkIndex(map, options: view)
        let cut = CutPoints(index: index)
        let points = cut.articulationPoints.map { index.actorIDs[Int($0.node)] }
        let bridges = cut.bridges.map { [index.actorIDs[Int($0.ends.0)], index.actorIDs[Int($0.ends.1)]].sorted() }
        return (points, bridges)
    }
}
