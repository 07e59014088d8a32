/// The facts a person wants first about a stakeholder map: who is in it, how they are tied,
/// how fragmented it is, who holds a designated spanning role and how much engagement there
/// has been.
///
/// Conventions:
/// - A tie from an actor to itself counts as a tie row but not in density, components or
///   isolates.
/// - Density of a relation follows `networkx.density` on the simple graph of that relation:
///   distinct arcs / n(n − 1) when any of its ties is directed (an undirected tie then counts
///   as two arcs), else distinct pairs / (n(n − 1)/2), with n all actors of the map.
/// - ``density`` is the density of the whole map with every relation merged and direction
///   ignored: distinct linked pairs / (n(n − 1)/2).
/// - Components are weak components of all ties, direction ignored; an isolate (an actor
///   with no tie to another actor) is a component of its own, as in
///   `networkx.number_weakly_connected_components`.
///
/// Computing a summary builds a ``NetworkIndex`` per relation and one of the whole map:
/// O(r(n + m)) time for r relations.
public struct MapSummary: Hashable, Codable, Sendable {
    /// What one relation contributes.
    public struct RelationSummary: Hashable, Codable, Sendable {
        /// Tie rows of the relation.
        public var ties: Int
        /// Of those, how many are directed.
        public var directedTies: Int
        /// The relation's density (see ``MapSummary``).
        public var density: Double
        /// Sum of the weights of the relation's ties.
        public var totalWeight: Double
        /// Of the relation's ties, how many are negative (weight below 0: a signed network's
        /// dislike or distrust), left out of its density.
        public var negativeTies: Int
    }

    /// Number of actors.
    public var actors: Int
    /// Actors by ``ActorKind`` raw value; actors with no kind under `unspecified`.
    public var kinds: [String: Int]
    /// Actors by department; actors with no department are counted in ``actorsWithoutGroup``.
    public var groups: [String: Int]
    /// Actors with no department.
    public var actorsWithoutGroup: Int
    /// Actors by sector; actors with no sector under `unspecified`.
    public var sectors: [String: Int]
    /// Number of tie rows.
    public var ties: Int
    /// Tie rows by relation.
    public var relations: [String: Int]
    /// Details of each relation.
    public var relationDetails: [String: RelationSummary]
    /// Ties from an actor to itself.
    public var selfLoops: Int
    /// Negative ties (weight below 0), kept in the map and left out of density, components,
    /// isolates and every measure over ties (``NetworkIndex``).
    public var negativeTies: Int
    /// Density of the whole map, relations merged and direction ignored.
    public var density: Double
    /// Number of weak components, isolates included.
    public var components: Int
    /// Number of actors in the largest weak component.
    public var largestComponent: Int
    /// Number of actors with no tie to another actor.
    public var isolates: Int
    /// Designated boundary spanners: role → actor ids, in map order.
    public var spanners: [String: [String]]
    /// Number of engagements.
    public var engagements: Int
    /// Number of attendance records.
    public var attendance: Int
    /// Number of distinct actors who attended at least one engagement.
    public var attendees: Int
    /// People asked by the survey (`responded` true or false); `nil` when the map records
    /// no response status.
    public var asked: Int?
    /// Of ``asked``, how many answered.
    public var responded: Int?

    /// Summarises a map; response counts are those of `asRead` (the map before a
    /// missing-data policy left anyone out) when given, else of `map`.
    public init(_ map: StakeholderMap, asRead: StakeholderMap? = nil) {
        let answers = (asRead ?? map).actors.lazy.compactMap(\.responded)
        if answers.first(where: { _ in true }) != nil {
            asked = answers.count
            responded = answers.count { $0 }
        }
        actors = map.actors.count
        kinds = MapSummary.counts(map.actors.lazy.map { $0.kind?.rawValue ?? "unspecified" })
        groups = MapSummary.counts(map.actors.lazy.compactMap { $0.value(ofColumn: "department") })
        actorsWithoutGroup = map.actors.count { $0.value(ofColumn: "department") == nil }
        sectors = MapSummary.counts(map.actors.lazy.map { $0.value(ofColumn: "sector") ?? "unspecified" })
        let list = map.ties
        ties = list.count
        // One pass over the tie columns for every relation's counts, by relation number.
        var loops = 0
        var byNumber = [(ties: Int, directed: Int, weight: Double, negative: Int)](repeating: (0, 0, 0, 0), count: list.relationNames.count)
        for index in list.indices {
            if list.sources[index] == list.targets[index] { loops += 1 }
            let relation = Int(list.relations[index])
            byNumber[relation].ties += 1
            if list.directions[index] { byNumber[relation].directed += 1 }
            byNumber[relation].weight += list.weights[index]
            if list.weights[index] < 0 { byNumber[relation].negative += 1 }
        }
        selfLoops = loops
        negativeTies = byNumber.reduce(0) { $0 + $1.negative }
        var totals: [String: (ties: Int, directed: Int, weight: Double, negative: Int)] = [:]
        for (number, total) in byNumber.enumerated() where total.ties > 0 {
            totals[list.relationNames[Int32(number)]] = total
        }
        relations = totals.mapValues(\.ties)

        let whole = NetworkIndex(map, options: .init(symmetrised: true))
        var details: [String: RelationSummary] = [:]
        for (relation, total) in totals {
            // The only relation of a map with no directed tie has the whole map's view.
            let view = totals.count == 1 && total.directed == 0
                ? whole : NetworkIndex(map, options: .init(relations: [relation]))
            details[relation] = RelationSummary(
                ties: total.ties, directedTies: total.directed, density: MapSummary.density(of: view),
                totalWeight: total.weight, negativeTies: total.negative)
        }
        relationDetails = details

        density = MapSummary.density(of: whole)
        let labels = whole.weakComponents()
        // Component labels are 0, 1, 2, … in order of discovery.
        var sizes = [Int](repeating: 0, count: (labels.max() ?? -1) + 1)
        for label in labels { sizes[label] += 1 }
        components = sizes.count
        largestComponent = sizes.max() ?? 0
        isolates = whole.degrees().count { $0 == 0 }

        var spanners: [String: [String]] = [:]
        for actor in map.actors {
            for role in actor.roles { spanners[role, default: []].append(actor.id) }
        }
        self.spanners = spanners
        engagements = map.engagements.count
        attendance = map.attendance.count
        attendees = Set(map.attendance.map(\.actor)).count
    }

    /// How often each key comes, the run of the last key kept aside: actors listed by
    /// department or kind repeat a key many times in a row, and comparing with the last key
    /// costs less than hashing it.
    private static func counts<Key: Hashable>(_ keys: some Sequence<Key>) -> [Key: Int] {
        var counts: [Key: Int] = [:]
        var run: (key: Key, count: Int)?
        for key in keys {
            if let current = run, current.key == key {
                run = (key, current.count + 1)
                continue
            }
            if let run { counts[run.key, default: 0] += run.count }
            run = (key, 1)
        }
        if let run { counts[run.key, default: 0] += run.count }
        return counts
    }

    /// Ties present over ties possible, as `networkx.density`: arcs / n(n − 1) on a directed
    /// view, edges / (n(n − 1)/2) on an undirected one.
    private static func density(of view: NetworkIndex) -> Double {
        let n = Double(view.nodeCount)
        guard n > 1 else { return 0 }
        return Double(view.arcCount) / (n * (n - 1))
    }
}
