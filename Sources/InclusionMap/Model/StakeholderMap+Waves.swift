extension StakeholderMap {
    /// The distinct values of the ties' `wave` column, in order of first appearance: the
    /// survey rounds a single folder holds (ties.csv `wave`). Ties without a wave are not
    /// counted.
    ///
    /// Complexity: O(*m*) for *m* ties.
    public var tieWaves: [String] {
        var seen = Set<String>()
        var waves: [String] = []
        for tie in ties {
            guard let wave = tie.wave, !wave.isEmpty, seen.insert(wave).inserted else { continue }
            waves.append(wave)
        }
        return waves
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
        map.ties = ties.filter { $0.wave == wave }
        return map
    }

    /// The ties whose `wave` is empty, by position in ``ties``: what cannot be assigned when
    /// a folder is split into waves.
    public var tiesWithoutWave: [Int] {
        ties.indices.filter { ties[$0].wave?.isEmpty ?? true }
    }
}
