/// A relation between two actors: advice, information, collaboration, data sharing,
/// reports-to, co-attendance, or any other named relation.
///
/// Ties have no identity of their own: two rows with the same ends and relation are two ties
/// (network views merge them). A tie from an actor to itself is allowed in the map and
/// dropped by network views.
public struct Tie: Hashable, Codable, Sendable {
    /// The id of the actor the tie starts from (the sender, for a directed tie).
    public var source: String
    /// The id of the actor the tie ends at (the receiver, for a directed tie).
    public var target: String
    /// The relation's name; `tie` when a dataset does not say.
    public var relation: String
    /// The tie's strength: any finite number; 1 when a dataset does not say. A negative
    /// weight is a *negative tie* of a signed network (dislike, distrust, conflict, as in
    /// Sampson's monastery): it is kept in the map, its files and its drawings, and left out of
    /// every measure that reads ties as channels (`NetworkIndex`, ``isNegative``).
    public var weight: Double
    /// Whether the tie runs one way only, from ``source`` to ``target``.
    public var isDirected: Bool
    /// The survey wave or period the tie was observed in.
    public var wave: String?
    /// The day the tie was observed.
    public var date: CalendarDate?
    /// Where the tie was learned from: a survey, minutes, an interview (`source_of_evidence`).
    public var provenance: String?
    /// Every other column of `ties.csv`, by column name, kept as written.
    public var attributes: [String: String]

    /// The relation a tie has when a dataset does not name one.
    public static let defaultRelation = "tie"

    /// Creates a tie.
    public init(
        source: String, target: String, relation: String = Tie.defaultRelation, weight: Double = 1,
        isDirected: Bool = false, wave: String? = nil, date: CalendarDate? = nil,
        provenance: String? = nil, attributes: [String: String] = [:]
    ) {
        self.source = source
        self.target = target
        self.relation = relation
        self.weight = weight
        self.isDirected = isDirected
        self.wave = wave
        self.date = date
        self.provenance = provenance
        self.attributes = attributes
    }

    /// Whether the tie joins an actor to itself.
    public var isSelfLoop: Bool { source == target }

    /// Whether the tie is a negative tie of a signed network (its weight is below 0).
    public var isNegative: Bool { weight < 0 }

    /// Whether `actor` is one of the tie's ends.
    public func involves(_ actor: String) -> Bool { source == actor || target == actor }

    /// Decodes a tie; `relation`, `weight`, `directed` and `attributes` take their defaults when
    /// left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            source: try c.decode(String.self, forKey: .source),
            target: try c.decode(String.self, forKey: .target),
            relation: try c.decodeIfPresent(String.self, forKey: .relation) ?? Tie.defaultRelation,
            weight: try c.decodeIfPresent(Double.self, forKey: .weight) ?? 1,
            isDirected: try c.decodeIfPresent(Bool.self, forKey: .isDirected) ?? false,
            wave: try c.decodeIfPresent(String.self, forKey: .wave),
            date: try c.decodeIfPresent(CalendarDate.self, forKey: .date),
            provenance: try c.decodeIfPresent(String.self, forKey: .provenance),
            attributes: try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:])
    }

    private enum CodingKeys: String, CodingKey {
        case source, target, relation, weight, isDirected = "directed", wave, date, provenance, attributes
    }
}
