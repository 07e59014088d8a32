/// How sure a broker finding is when some ties were never reported: the share of resampled
/// maps, each with a random part of its ties left out, in which an actor is still a
/// structural broker.
///
/// Network data is rarely complete, and centrality rankings degrade as ties go missing
/// (Borgatti, Carley & Krackhardt 2006, "On the robustness of centrality measures under
/// conditions of imperfect data", *Social Networks* 28, 124–136, whose error model this
/// follows: each tie is removed independently with probability p). A broker whose position
/// rests on one tie that might not have been reported keeps it in about 1 − p of the
/// resamples; a broker with many bridging ties keeps it in nearly all. Attendance is not
/// resampled, so an under-used broker's confidence is its structural share.
///
/// The resamples are drawn from ``SplitMix64`` with `seed`: the same input always gives the
/// same figures. Complexity: `resamples` runs of ``BrokerFinder``.
public struct BrokerConfidence: Sendable {
    /// How many resampled maps were measured.
    public let resamples: Int
    /// The chance each tie was left out of a resample.
    public let dropout: Double
    /// For each actor id, the share of resamples in which it was a structural broker.
    public let structuralShare: [String: Double]

    /// Resamples `map` and measures each as ``BrokerFinder`` would.
    ///
    /// - Precondition: `resamples` ≥ 1 and 0 ≤ `dropout` < 1.
    /// - Throws: ``StakeholderMapError/unknownColumn(_:)`` as ``BrokerFinder`` does.
    public init(
        map: StakeholderMap, options: NetworkIndex.Options = .init(), column: String = "department", window: Int? = 8,
        resamples: Int = 100, dropout: Double = 0.1, seed: UInt64 = 1
    ) throws(StakeholderMapError) {
        precondition(resamples >= 1 && (0..<1).contains(dropout), "resamples must be at least 1 and dropout in [0, 1)")
        var random = SplitMix64(seed: seed)
        var counts: [String: Int] = [:]
        for _ in 0..<resamples {
            let kept = map.ties.filter { _ in Double(random.next() >> 11) / Double(1 << 53) >= dropout }
            let sample: StakeholderMap
            do {
                sample = try StakeholderMap(actors: map.actors, departments: map.departments, ties: kept, engagements: map.engagements,
                                            attendance: map.attendance, extraColumns: map.extraColumns)
            } catch {
                preconditionFailure("leaving ties out broke a valid map: \(error)")
            }
            let finder = try BrokerFinder(map: sample, options: options, column: column, window: window)
            for candidate in finder.candidates where candidate.isStructural { counts[candidate.actorID, default: 0] += 1 }
        }
        self.resamples = resamples
        self.dropout = dropout
        structuralShare = counts.mapValues { Double($0) / Double(resamples) }
    }

    /// The share for `id`: 0 when it was never a structural broker.
    public func share(of id: String) -> Double { structuralShare[id] ?? 0 }
}
