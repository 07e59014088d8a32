import Foundation

/// What would change if a reflection space brought certain people together, if new ties
/// formed, or if someone left: the map's cohesion across groups before and after
/// (``CohesionSnapshot``), and the new ties between existing actors that would most reduce
/// fragmentation between groups afterwards, each with its reason.
///
/// Suggested ties never involve an actor who did not consent to be named.
public struct WhatIf: Sendable {
    /// A suggested new tie.
    public struct TieSuggestion: Hashable, Sendable {
        /// The two actors' ids.
        public let first: String, second: String
        /// Their groups' names.
        public let firstGroup: String, secondGroup: String
        /// Fragmentation between groups before and after this tie (and the ones above it).
        public let before: Double, after: Double
        /// Pairs of actors in different groups that the tie brings closer.
        public let pairsCloser: Int
        /// Why, in words.
        public let reason: String
    }

    /// The change tried.
    public let change: WhatIfChange
    /// The map after the change.
    public let changedMap: StakeholderMap
    /// Cohesion before.
    public let before: CohesionSnapshot
    /// Cohesion after.
    public let after: CohesionSnapshot
    /// New ties that would most reduce fragmentation between groups after the change.
    public let suggestions: [TieSuggestion]
    /// How the broker ranking would move (in the view asked for, with the change's relation
    /// added); `nil` when the map has no group column to rank brokers by.
    public let brokers: BrokerShift?
    /// On a map too large to compute every candidate tie's gain exactly, how many actors of
    /// each candidate's smaller side were drawn to screen it before the best eight were
    /// computed exactly (see the tie search in the analyses article); `nil` when every gain
    /// was computed exactly.
    public let screenedSources: Int?
    /// How many of the screened candidate ties are then computed exactly: 8.
    public static let exactlyComputedLeaders = TieSuggestions.leaders

    /// Tries `change` on `map` in the view `options`, grouped by `column`, and suggests
    /// `suggestions` new cross-group ties.
    ///
    /// `known` passes the map's own cohesion and broker ranking when they are already
    /// computed — the snapshot on the symmetrised, unweighted view of `options` and the
    /// ranking on `options`, both grouped by `column` — so that trying many changes on one
    /// map (the workbench's what-if) measures the map once; by default they are computed here.
    ///
    /// - Throws: ``WhatIfError`` for a change that cannot be made; ``StakeholderMapError``
    ///   for an unknown group column; ``DistanceTableTooLarge`` for a view too large for the
    ///   table of distances the cohesion measures and the tie search use.
    public init(
        map: StakeholderMap, change: WhatIfChange, options: NetworkIndex.Options = .init(), column: String = "department",
        suggestions count: Int = 3, known: (cohesion: CohesionSnapshot, brokers: BrokerFinder)? = nil
    ) throws {
        var view = options
        view.symmetrised = true
        view.weighted = false
        if let relations = view.relations { view.relations = relations.union(change.addedRelations) }
        let changed = try change.applied(to: map)
        let index = NetworkIndex(changed, options: view)
        // The group column first (a misspelling is the likelier mistake), then the size.
        let grouping = try Grouping.named(column, index: index, map: changed)
        try DistanceTableTooLarge.check(actors: index.nodeCount)
        before = try known?.cohesion ?? CohesionSnapshot(map: map, options: view, column: column)
        let distances = HopDistances(index: index)
        after = CohesionSnapshot(map: changed, index: index, grouping: grouping, distances: distances)
        self.change = change
        changedMap = changed
        var brokerView = options
        if let relations = brokerView.relations { brokerView.relations = relations.union(change.addedRelations) }
        if let first = known?.brokers ?? (try? BrokerFinder(map: map, options: brokerView, column: column)),
           let second = try? BrokerFinder(map: changed, options: brokerView, column: column) {
            brokers = BrokerShift(before: first, after: second, involved: change.involvedActors)
        } else {
            brokers = nil
        }
        let found = TieSuggestions(map: changed, index: index, grouping: grouping, distances: distances, count: count)
        screenedSources = found.screenSources
        let unlinked = Set(after.unlinkedPairs.map { Set($0) })
        var singles: [Set<String>: [String]] = [:]
        for point in after.singlePoints { singles[Set(point.groups)] = point.via }
        suggestions = found.suggestions.map { s in
            let (a, b) = (index.actorIDs[Int(s.first)], index.actorIDs[Int(s.second)])
            let (g, h) = (grouping.name(ofNode: s.first)!, grouping.name(ofNode: s.second)!)
            let (gl, hl) = (grouping.label(ofGroup: Int(grouping.groupOfNode[Int(s.first)]), in: changed),
                            grouping.label(ofGroup: Int(grouping.groupOfNode[Int(s.second)]), in: changed))
            var parts: [String] = []
            if unlinked.contains([g, h]) {
                parts.append("links \(gl) and \(hl), which have no tie now")
            } else if let via = singles[[g, h]] {
                parts.append("a second route between \(gl) and \(hl), which hang on \(via.count == 1 ? "one person" : "a single tie") now")
            } else {
                parts.append("joins \(gl) and \(hl)")
            }
            for (id, node) in [(a, s.first), (b, s.second)] where index.outNeighbours(of: node).isEmpty {
                let name = changed.actor(withID: id)?.shownName ?? "an actor"
                parts.append("draws in \(name), who has no recorded tie yet")
            }
            parts.append("brings \(s.pairsCloser) pair\(s.pairsCloser == 1 ? "" : "s") of actors in different groups closer")
            parts.append("fragmentation between groups \(String(format: "%.4f", s.before)) → \(String(format: "%.4f", s.after))")
            return TieSuggestion(first: a, second: b, firstGroup: g, secondGroup: h, before: s.before, after: s.after,
                                 pairsCloser: s.pairsCloser, reason: parts.joined(separator: "; "))
        }
    }
}
