/// How one relation's ties changed between two waves: counts, ties gained and lost, and the
/// Jaccard similarity of the two tie sets.
///
/// A tie is its relation and its ends (sorted for an undirected tie); repeated ties count
/// once and weights are ignored, as in RSiena's wave-to-wave tie table.
///
/// **Jaccard** = *N*₁₁ / (*N*₀₁ + *N*₁₀ + *N*₁₁), where *N*₁₁ counts ties present in both
/// waves, *N*₁₀ ties present only before, *N*₀₁ only after; computed over the actors present
/// in both waves, so that joiners and leavers (changes of composition, counted separately)
/// do not make a stable network look unstable. The RSiena manual (Ripley et al. 2024, §5.2)
/// advises that values under 0.3 make waves hard to compare as one network evolving, and
/// values under 0.2 suggest the waves are not the same network at all.
///
/// Reference: Ripley, Snijders, Boda, Vörös & Preciado, *Manual for RSiena* (2024), section
/// "Jaccard index"; Snijders, van de Bunt & Steglich (2010), *Social Networks* 32, 44–60.
public struct TieSetChange: Hashable, Sendable, Codable {
    /// The relation.
    public var relation: String
    /// Distinct ties before and after.
    public var before: Int, after: Int
    /// Ties in the later wave only (all actors).
    public var gained: Int
    /// Ties in the earlier wave only (all actors).
    public var lost: Int
    /// Of ``gained``, ties of an actor who joined; of ``lost``, ties of an actor who left.
    public var gainedWithJoiners: Int, lostWithLeavers: Int
    /// Ties in both waves.
    public var kept: Int
    /// *N*₁₁ / (*N*₀₁ + *N*₁₀ + *N*₁₁) among actors in both waves; `nil` when neither wave has
    /// such a tie.
    public var jaccard: Double?

    /// The RSiena manual's threshold below which waves are hard to compare.
    public static let comparableJaccard = 0.3

    /// The ties of `relation` in `before` and `after`; `stable` is the set of actors in both.
    init(relation: String, before: StakeholderMap, after: StakeholderMap, stable: Set<String>) {
        func keys(_ map: StakeholderMap) -> Set<TieKey> {
            Set(map.ties.lazy.filter { $0.relation == relation && !$0.isSelfLoop }.map(TieKey.init))
        }
        let a = keys(before), b = keys(after)
        self.relation = relation
        self.before = a.count
        self.after = b.count
        let gainedSet = b.subtracting(a), lostSet = a.subtracting(b)
        gained = gainedSet.count
        lost = lostSet.count
        kept = a.intersection(b).count
        gainedWithJoiners = gainedSet.filter { !stable.contains($0.first) || !stable.contains($0.second) }.count
        lostWithLeavers = lostSet.filter { !stable.contains($0.first) || !stable.contains($0.second) }.count
        let inStable = { (key: TieKey) in stable.contains(key.first) && stable.contains(key.second) }
        let sa = a.filter(inStable), sb = b.filter(inStable)
        let union = sa.union(sb).count
        jaccard = union == 0 ? nil : Double(sa.intersection(sb).count) / Double(union)
    }

    /// A tie as the tie sets hold it.
    struct TieKey: Hashable {
        var first: String, second: String, directed: Bool
        init(_ tie: Tie) {
            directed = tie.isDirected
            if tie.isDirected || tie.source <= tie.target {
                (first, second) = (tie.source, tie.target)
            } else {
                (first, second) = (tie.target, tie.source)
            }
        }
    }
}
