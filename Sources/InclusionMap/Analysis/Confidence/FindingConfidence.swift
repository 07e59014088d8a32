import Foundation

/// How sure each finding users act on is: the share of resampled maps (``Perturbation``) in
/// which it still holds.
///
/// - **Brokers**: for every actor, the share of resamples in which they are a structural
///   broker and an under-used broker (``BrokerFinder``), and the interval of their rank by
///   score (the 2.5th to 97.5th percentile; 1 is first).
/// - **Usual suspects**: the share of resamples in which each actor is one (``UsualSuspects``).
/// - **Single points of failure**: for each pair of groups that hangs on one person in the
///   observed map, the share of resamples in which it still hangs on that person (every tie
///   between the groups still has them at one end) or has lost its link altogether; it fails
///   to hold where someone else links the groups too.
/// - **E-I**: the 2.5th and 97.5th percentiles of the network's E-I index over the resamples
///   (a percentile bootstrap interval).
///
/// Every resample draws from its own generator, seeded from `seed` and its number, so the
/// result is the same for a seed on any number of threads.
///
/// **At scale.** Above ``PathSampling/resampleExactLimit`` grouped actors each resample estimates
/// bridging betweenness from ``PathSampling/resampleSampleSize`` path sources drawn with its
/// own seed (``Options/paths``), so the shares count the sampling error as well as the
/// perturbation and err low rather than high.
///
/// Complexity: B times the analyses (bridging betweenness dominates: O(B · n · m) exact,
/// O(B · k · m) from k sources).
public struct FindingConfidence: Sendable {
    /// How to resample.
    public struct Options: Hashable, Sendable {
        /// How many resampled maps.
        public var resamples: Int
        /// How each is made; its `nonResponse` is the observed rate by default.
        public var perturbation: Perturbation
        /// The seed.
        public var seed: UInt64
        /// Threads to spread the resamples over (the result does not depend on it).
        public var threads: Int
        /// The network view, grouping column and engagement window of the analyses.
        public var network: NetworkIndex.Options
        public var column: String
        public var window: Int?
        /// How each resample's bridging betweenness picks its path sources
        /// (``PathSampling/forResample(_:seed:)``): by default exact up to
        /// ``PathSampling/resampleExactLimit`` grouped actors and
        /// ``PathSampling/resampleSampleSize`` sources of the resample's own above.
        public var paths: PathSampling

        /// Creates options.
        public init(
            resamples: Int = 100, perturbation: Perturbation = Perturbation(), seed: UInt64 = 1,
            threads: Int = ProcessInfo.processInfo.activeProcessorCount, network: NetworkIndex.Options = .init(),
            column: String = "department", window: Int? = 8, paths: PathSampling = .automatic
        ) {
            precondition(resamples >= 1, "at least one resample")
            self.resamples = resamples
            self.perturbation = perturbation
            self.seed = seed
            self.threads = max(1, threads)
            self.network = network
            self.column = column
            self.window = window
            self.paths = paths
        }
    }

    /// One actor's place across the resamples.
    public struct BrokerStability: Hashable, Sendable, Codable {
        /// The share of resamples in which the actor is a structural broker.
        public var structural: Double
        /// The share in which the actor is an under-used broker.
        public var underUsed: Double
        /// The 2.5th and 97.5th percentiles of the actor's rank by score.
        public var rankLow: Int, rankHigh: Int
    }

    /// A pair of groups and the person (or people) it hangs on.
    public struct SinglePoint: Hashable, Sendable, Codable {
        /// The two groups, sorted.
        public var groups: [String]
        /// The actor ids the pair hangs on, in the map's order.
        public var via: [String]

        /// Creates a key; `groups` are sorted here.
        public init(groups: [String], via: [String]) {
            self.groups = groups.sorted()
            self.via = via
        }
    }

    /// The options used.
    public let options: Options
    /// Per actor id.
    public let brokers: [String: BrokerStability]
    /// Per actor id: the share of resamples in which they are a usual suspect.
    public let usualSuspects: [String: Double]
    /// Per observed single point of failure: the share of resamples in which it still holds.
    public let singlePoints: [SinglePoint: Double]
    /// The E-I index's percentile interval, when it is defined in the resamples.
    public let eiInterval: (low: Double, high: Double)?

    /// The share of resamples in which `id` is a structural broker.
    public func structuralShare(of id: String) -> Double { brokers[id]?.structural ?? 0 }

    /// The share in which `id` is an under-used broker.
    public func underUsedShare(of id: String) -> Double { brokers[id]?.underUsed ?? 0 }

    /// The share in which `id` is a usual suspect.
    public func usualSuspectShare(of id: String) -> Double { usualSuspects[id] ?? 0 }

    /// The findings of the resamples of `map`.
    ///
    /// - Parameters:
    ///   - map: the map as read.
    ///   - options: how to resample and what to measure.
    ///   - progress: told how many resamples are done as each finishes.
    /// - Throws: ``StakeholderMapError`` for an unknown grouping column.
    public init(map: StakeholderMap, options: Options = Options(), progress: ProgressReporter = .silent) throws(StakeholderMapError) {
        self.options = options
        let observedIndex = NetworkIndex(map, options: options.network)
        let observedGrouping = try Grouping.named(options.column, index: observedIndex, map: map)
        let observedPoints = GroupMixing(index: observedIndex, map: map, grouping: observedGrouping).singlePoints.map {
            SinglePoint(groups: [observedGrouping.names[$0.groups.0], observedGrouping.names[$0.groups.1]].sorted(),
                        via: $0.via.map { observedIndex.actorIDs[Int($0)] })
        }

        let outcomes = Outcomes(count: options.resamples)
        let work: @Sendable (Int) -> Void = { thread in
            for b in stride(from: thread, to: options.resamples, by: options.threads) {
                var random = SplitMix64(seed: options.seed ^ (UInt64(b + 1) &* 0x9E37_79B9_7F4A_7C15))
                let sample = options.perturbation.resample(map, using: &random)
                let paths = options.paths.forResample(b, seed: options.seed)
                let done = outcomes.set(b, Self.outcome(of: sample, options: options, paths: paths, points: observedPoints))
                progress.advance(done, options.resamples)
            }
        }
        if options.threads == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: options.threads, execute: work)
        }
        let all = outcomes.values.map { $0! }

        let B = Double(options.resamples)
        var structural: [String: Int] = [:], underUsed: [String: Int] = [:], ranks: [String: [Int]] = [:], usual: [String: Int] = [:]
        var pointCounts = [Int](repeating: 0, count: observedPoints.count)
        var eis: [Double] = []
        for outcome in all {
            for id in outcome.structural { structural[id, default: 0] += 1 }
            for id in outcome.underUsed { underUsed[id, default: 0] += 1 }
            for (id, rank) in outcome.ranks { ranks[id, default: []].append(rank) }
            for id in outcome.usual { usual[id, default: 0] += 1 }
            for (index, holds) in outcome.points.enumerated() where holds { pointCounts[index] += 1 }
            if let ei = outcome.ei { eis.append(ei) }
        }
        var stabilities: [String: BrokerStability] = [:]
        for actor in map.actors {
            let sorted = (ranks[actor.id] ?? []).sorted()
            guard !sorted.isEmpty else { continue }
            stabilities[actor.id] = BrokerStability(
                structural: Double(structural[actor.id] ?? 0) / B, underUsed: Double(underUsed[actor.id] ?? 0) / B,
                rankLow: Self.percentile(0.025, of: sorted), rankHigh: Self.percentile(0.975, of: sorted))
        }
        brokers = stabilities
        usualSuspects = usual.mapValues { Double($0) / B }
        singlePoints = Dictionary(uniqueKeysWithValues: observedPoints.indices.map { (observedPoints[$0], Double(pointCounts[$0]) / B) })
        let sortedEI = eis.sorted()
        eiInterval = sortedEI.isEmpty ? nil : (Self.percentile(0.025, of: sortedEI), Self.percentile(0.975, of: sortedEI))
    }

    /// What one resample says.
    struct Outcome: Sendable {
        var structural: [String], underUsed: [String], ranks: [(String, Int)], usual: [String], points: [Bool], ei: Double?
    }

    static func outcome(of sample: StakeholderMap, options: Options, paths: PathSampling, points: [SinglePoint]) -> Outcome {
        let index = NetworkIndex(sample, options: options.network)
        guard let grouping = try? Grouping.named(options.column, index: index, map: sample) else {
            return Outcome(structural: [], underUsed: [], ranks: [], usual: [], points: points.map { _ in false }, ei: nil)
        }
        let finder = BrokerFinder(
            map: sample, index: index, grouping: grouping, history: EngagementHistory(map: sample, window: options.window), paths: paths)
        let ranks = finder.candidates.enumerated().map { ($0.element.actorID, $0.offset + 1) }
        let audit = UsualSuspects(map: sample, options: UsualSuspects.Options(column: options.column, window: options.window))
        let mixing = GroupMixing(index: index, map: sample, grouping: grouping)
        var now: [[String]: Set<String>] = [:]
        for point in mixing.singlePoints {
            now[[grouping.names[point.groups.0], grouping.names[point.groups.1]].sorted()] = Set(point.via.map { index.actorIDs[Int($0)] })
        }
        let unlinked = Set(mixing.unlinkedPairs.map { [grouping.names[$0.0], grouping.names[$0.1]].sorted() })
        return Outcome(
            structural: finder.candidates.filter(\.isStructural).map(\.actorID), underUsed: finder.underUsed.map(\.actorID),
            ranks: ranks, usual: audit.usualSuspects.map(\.actorID),
            points: points.map { point in
                unlinked.contains(point.groups) || (now[point.groups].map { $0.isSuperset(of: point.via) } ?? false)
            },
            ei: EIIndex(index: index, map: sample, grouping: grouping).value)
    }

    /// The value at `fraction` of a sorted list (nearest rank).
    static func percentile<T>(_ fraction: Double, of sorted: [T]) -> T {
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// The resamples' outcomes by number, filled from several threads.
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Outcome?]
        private var filled = 0
        init(count: Int) { values = Array(repeating: nil, count: count) }
        /// Stores outcome `index` and returns how many are stored.
        func set(_ index: Int, _ outcome: Outcome) -> Int {
            lock.lock()
            defer { lock.unlock() }
            values[index] = outcome
            filled += 1
            return filled
        }
    }
}
