import InclusionMap

/// The sentence every command prints (on standard error) when the map has negative ties (a
/// signed network's dislike or distrust): how many, and that the measures leave them out, so
/// a user of Sampson's monastery or a signed Pajek file knows what the numbers rest on.
enum NegativeTiesNote {
    /// The note for `map`, or `nil` when no tie weighs less than 0. `name` prefixes it when a
    /// command reads several maps.
    static func text(for map: StakeholderMap, name: String? = nil) -> String? {
        let negative = map.ties.negativeCount
        guard negative > 0 else { return nil }
        return (name.map { "\($0): " } ?? "")
            + "note: \(negative) of \(map.ties.count) ties are negative (weight below 0, a signed network's dislike or distrust); "
            + "they are kept in the map and drawn dashed, but left out of paths, centrality, brokerage, E-I, density and components, which read a tie as a channel."
    }
}
