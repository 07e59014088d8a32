/// The positions in ``StakeholderMap/actors`` of every tie's two ends, aligned with
/// ``StakeholderMap/ties``: what network views, checks and summaries read instead of hashing
/// two ids per tie.
///
/// A map holds them only while they are exactly right: assembly computes them with the look-ups
/// it makes anyway to check each tie, and any change to the actors or the ties drops them (the
/// property observers of ``StakeholderMap``), after which readers fall back to the id
/// dictionary. Eight bytes per tie.
struct TieEnds: Sendable {
    /// The source end of tie `i`, as a position in ``StakeholderMap/actors``.
    var sources: [Int32]
    /// The target end of tie `i`, as a position in ``StakeholderMap/actors``.
    var targets: [Int32]

    init(capacity: Int = 0) {
        sources = []
        targets = []
        sources.reserveCapacity(capacity)
        targets.reserveCapacity(capacity)
    }

    init(sources: [Int32], targets: [Int32]) {
        self.sources = sources
        self.targets = targets
    }

    mutating func append(_ source: Int, _ target: Int) {
        sources.append(Int32(truncatingIfNeeded: source))
        targets.append(Int32(truncatingIfNeeded: target))
    }
}

extension StakeholderMap {
    /// The ends of every tie as actor positions: the cached ones when the map holds them,
    /// otherwise looked up, one dictionary probe per id of the ties (not per end). O(m).
    var tieEndPositions: TieEnds {
        tieEnds ?? Self.endPositions(of: ties, in: self)
    }
}
