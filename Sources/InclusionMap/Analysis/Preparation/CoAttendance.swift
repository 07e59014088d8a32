/// The one-mode projection of attendance: two actors who attended the same engagements are
/// tied, once, weighing the number of engagements they shared (Breiger 1974, "The duality of
/// persons and groups", *Social Forces* 53(2); NetworkX's
/// `bipartite.weighted_projected_graph`).
///
/// The projection of a map keeps its actors, departments, engagements, attendance and ties,
/// and adds one undirected tie of relation ``relation`` per pair of actors who attended at
/// least one engagement together. O(Σ a²) for a attendees per engagement.
extension StakeholderMap {
    /// The relation of the ties a projection adds: `co-attendance`.
    public static let coAttendanceRelation = "co-attendance"

    /// This map with a co-attendance tie between every two actors who attended an engagement
    /// together, weighing the number of engagements they shared.
    public func projectingAttendance() -> StakeholderMap {
        var attendees: [String: [String]] = [:]
        for record in attendance { attendees[record.engagement, default: []].append(record.actor) }
        let position = Dictionary(actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var shared: [Pair: Double] = [:]
        for engagement in engagements {
            let people = Array(Set(attendees[engagement.id] ?? [])).sorted { position[$0] ?? .max < position[$1] ?? .max }
            for (i, a) in people.enumerated() {
                for b in people[(i + 1)...] { shared[Pair(first: a, second: b), default: 0] += 1 }
            }
        }
        var projected = self
        let pairs = shared.keys.sorted { (position[$0.first] ?? 0, position[$0.second] ?? 0) < (position[$1.first] ?? 0, position[$1.second] ?? 0) }
        for pair in pairs {
            projected.ties.append(Tie(source: pair.first, target: pair.second, relation: Self.coAttendanceRelation, weight: shared[pair]!, isDirected: false))
        }
        return projected
    }

    private struct Pair: Hashable {
        var first: String, second: String
    }
}
