extension StakeholderMap {
    /// The distinct values of the ties' `wave` column, in order of first appearance: the
    /// survey rounds a single folder holds (ties.csv `wave`). Ties without a wave are not
    /// counted.
    ///
    /// Complexity: O(*m*) for *m* ties.
    public var tieWaves: [String] {
        ties.distinctWaves
    }

    /// The map of one wave: every actor, department, engagement and attendance record, and
    /// only the ties whose `wave` is `wave`.
    ///
    /// A folder that records several survey rounds in one ties.csv is read once and split
    /// with this; measures on the whole folder would otherwise merge the rounds.
    ///
    /// Complexity: O(*m*) for *m* ties.
    public func restricted(toWave wave: String) -> StakeholderMap {
        var map = self
        map.ties = ties.selecting(ties.indices.filter { ties.wave(at: $0) == wave })
        return map
    }

    /// The ties whose `wave` is empty, by position in ``ties``: what cannot be assigned when
    /// a folder is split into waves.
    public var tiesWithoutWave: [Int] {
        ties.indices.filter { ties.wave(at: $0)?.isEmpty ?? true }
    }
}

extension StakeholderMap {
    /// Every actor of either wave (the later wave's record for an actor in both), the
    /// departments of either, and the ties of both: what two waves are laid out and
    /// pseudonymised as, so both keep one position and one code per actor.
    ///
    /// - Throws: ``StakeholderMapError`` only when the waves themselves are inconsistent
    ///   (cannot happen for two valid maps).
    public static func union(earlier: StakeholderMap, later: StakeholderMap) throws(StakeholderMapError) -> StakeholderMap {
        let actors = earlier.actors.map { later.actor(withID: $0.id) ?? $0 }
            + later.actors.filter { earlier.actor(withID: $0.id) == nil }
        let departments = earlier.departments + later.departments.filter { earlier.department(withID: $0.id) == nil }
        return try StakeholderMap(actors: actors, departments: departments, ties: Array(earlier.ties) + Array(later.ties))
    }
}
