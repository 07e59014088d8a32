import Foundation
import Testing
@testable import InclusionMap

/// The searches behind `whatif --suggest` and `suggest` that had to change to run at 10,000
/// actors: the tie search's screen, and the lazy greedy panel. Each is checked against a
/// reference written here from the definitions, not against its own output.
@Suite struct SearchAtScaleTests {
    static func planted(_ seed: Int) throws -> StakeholderMap {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent(String(format: "planted/seed-%02d", seed))
        return try DatasetFolder(url: folder).read()
    }

    /// Fragmentation between groups (1 − mean 1/d over pairs in different groups), counted
    /// here from breadth-first searches of the symmetrised map.
    static func betweenGroupFragmentation(_ map: StakeholderMap) -> Double {
        var options = NetworkIndex.Options()
        options.symmetrised = true
        options.weighted = false
        let index = NetworkIndex(map, options: options)
        let group = index.actorIDs.map { map.actor(withID: $0)?.value(ofColumn: "department") }
        let n = index.nodeCount
        var sum = 0.0, pairs = 0
        for source in 0..<n where group[source] != nil {
            var distance = [Int](repeating: -1, count: n)
            distance[source] = 0
            var queue = [Int32(source)], head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for w in index.outNeighbours(of: v) where distance[Int(w)] < 0 {
                    distance[Int(w)] = distance[Int(v)] + 1
                    queue.append(w)
                }
            }
            for target in (source + 1)..<max(n, source + 1) where group[target] != nil && group[target] != group[source] {
                pairs += 1
                if distance[target] > 0 { sum += 1 / Double(distance[target]) }
            }
        }
        return 1 - sum / Double(pairs)
    }

    /// Forced to screen (no exact budget, the fewest sources), the tie search still states
    /// the exact effect of every tie it suggests: adding the ties to the map and counting
    /// again gives its `after` figures.
    @Test func screenedTiesStateTheirExactEffect() throws {
        for seed in [1, 7, 13] {
            let map = try Self.planted(seed)
            var options = NetworkIndex.Options()
            options.symmetrised = true
            options.weighted = false
            let index = NetworkIndex(map, options: options)
            let grouping = try Grouping.named("department", index: index, map: map)
            let search = TieSuggestions(
                map: map, index: index, grouping: grouping, distances: HopDistances(index: index), count: 3,
                exactBudget: 0, screenBudget: 0)
            #expect(search.screenSources == TieSuggestions.minimumSources)
            #expect(search.suggestions.count == 3)
            var changed = map
            for suggestion in search.suggestions {
                changed.ties.append(Tie(source: index.actorIDs[Int(suggestion.first)], target: index.actorIDs[Int(suggestion.second)], relation: "new tie"))
                #expect(abs(Self.betweenGroupFragmentation(changed) - suggestion.after) < 1e-12, "seed \(seed)")
            }
        }
    }

    /// The screen keeps the best tie among its leaders: on the twenty planted organisations,
    /// the first tie of the forced screen has the exact search's gain.
    @Test func theScreenFindsTheBestFirstTie() throws {
        for seed in 1...20 {
            let map = try Self.planted(seed)
            var options = NetworkIndex.Options()
            options.symmetrised = true
            options.weighted = false
            let index = NetworkIndex(map, options: options)
            let grouping = try Grouping.named("department", index: index, map: map)
            let distances = HopDistances(index: index)
            let exact = TieSuggestions(map: map, index: index, grouping: grouping, distances: distances, count: 1)
            let screened = TieSuggestions(map: map, index: index, grouping: grouping, distances: distances, count: 1, exactBudget: 0, screenBudget: 0)
            #expect(exact.screenSources == nil)
            #expect(abs(exact.suggestions[0].after - screened.suggestions[0].after) < 1e-12, "seed \(seed)")
        }
    }

    /// The table is the same breadth-first distances whether its rows are searched 256 at a
    /// time or one by one (the reference above), on a map with an isolate.
    @Test func theDistanceTableMatchesOneSearchPerNode() throws {
        let map = try Self.planted(3)
        var options = NetworkIndex.Options()
        options.symmetrised = true
        let index = NetworkIndex(map, options: options)
        let table = HopDistances(index: index, threads: 2)
        for source in 0..<index.nodeCount {
            var distance = [Int](repeating: -1, count: index.nodeCount)
            distance[source] = 0
            var queue = [Int32(source)], head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for w in index.outNeighbours(of: v) where distance[Int(w)] < 0 {
                    distance[Int(w)] = distance[Int(v)] + 1
                    queue.append(w)
                }
            }
            for target in 0..<index.nodeCount {
                let expected = distance[target] < 0 ? HopDistances.unreachable : UInt16(distance[target])
                #expect(table[source, target] == expected)
            }
        }
    }

    /// The lazy panel search picks what a plain greedy choice does: every round, every
    /// allowed actor's gain in f(S) = 6·groups + 3·sectors + reach + Σ (b_i + ½(1 − u_i))
    /// computed from scratch (reach as Borgatti's distance-weighted reach of the whole set),
    /// the largest taken, near-equal gains to the smaller id. With and without a cap per
    /// group, required members and exclusions, on Rivertown and the planted organisations.
    @Test func theLazyPanelIsThePlainGreedyPanel() throws {
        let rivertown = try BundledDataset.rivertown.read()
        var maps = [("rivertown", rivertown)]
        for seed in [2, 5, 11, 17] { maps.append(("planted \(seed)", try Self.planted(seed))) }
        for (name, map) in maps {
            let brokers = try BrokerFinder(map: map)
            let constraintsList: [PanelSuggester.Constraints] = [
                .init(size: 10),
                .init(size: 8, maxPerGroup: 1),
                .init(size: 6, mustInclude: [brokers.candidates[3].actorID], exclude: [brokers.candidates[0].actorID]),
            ]
            for constraints in constraintsList {
                let panel = try PanelSuggester(map: map, constraints: constraints)
                let expected = Self.plainGreedy(map: map, brokers: brokers, constraints: constraints)
                #expect(panel.picks.map(\.actorID) == expected, "\(name) \(constraints)")
            }
        }
    }

    static func plainGreedy(map: StakeholderMap, brokers: BrokerFinder, constraints: PanelSuggester.Constraints) -> [String] {
        var options = NetworkIndex.Options()
        options.symmetrised = true
        options.weighted = false
        let index = NetworkIndex(map, options: options)
        let history = EngagementHistory(map: map, window: 8)
        let score = Dictionary(uniqueKeysWithValues: brokers.candidates.map { ($0.actorID, $0.score) })
        func group(_ id: String) -> String? { map.actor(withID: id)?.value(ofColumn: "department") }
        func sector(_ id: String) -> String? { map.actor(withID: id)?.value(ofColumn: "sector") }
        func f(_ panel: [String]) -> Double {
            let groups = Set(panel.compactMap(group)).count, sectors = Set(panel.compactMap(sector)).count
            let reach = index.distanceWeightedReach(of: panel.compactMap(index.node(of:)))
            let bonus = panel.reduce(0.0) { $0 + (score[$1] ?? 0) + 0.5 * (1 - (history.recentShare(of: $1) ?? 0)) }
            return 6 * Double(groups) + 3 * Double(sectors) + reach + bonus
        }
        var panel = constraints.mustInclude
        let everyone = index.actorIDs.sorted()
        while panel.count < constraints.size {
            var best: (id: String, gain: Double)?
            let base = f(panel)
            for id in everyone where !panel.contains(id) && !constraints.exclude.contains(id) && (map.actor(withID: id)?.mayBeNamed ?? false) {
                if let cap = constraints.maxPerGroup, let g = group(id), panel.filter({ group($0) == g }).count >= cap { continue }
                let gain = f(panel + [id]) - base
                if best.map({ gain > $0.gain + 1e-9 }) ?? true { best = (id, gain) }
            }
            guard let best else { break }
            panel.append(best.id)
        }
        return panel
    }
}
