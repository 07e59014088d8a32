/// A node of a stakeholder map: a person, a team, an organisation or a community group.
///
/// An actor is identified by its ``id``, a non-empty string that is stable across edits and
/// files (ties and attendance refer to it). Everything else is optional: a map can be built
/// from ids alone and enriched later.
///
/// Grouping analyses read a categorical column of the actor through ``value(ofColumn:)``:
/// `department` by default, or `organisation`, `sector`, `kind`, or any free attribute.
public struct Actor: Identifiable, Hashable, Codable, Sendable {
    /// The stable identifier that ties and attendance refer to.
    public var id: String
    /// The name shown to people; ``displayName`` falls back to the id.
    public var name: String?
    /// What sort of actor this is.
    public var kind: ActorKind?
    /// The department (or other unit) the actor belongs to, usually a ``Department/id``.
    public var department: String?
    /// The organisation the actor belongs to: the council, the university, a trust.
    public var organisation: String?
    /// The sector: local government, health, education, voluntary and community, residents.
    public var sector: String?
    /// Designated boundary-spanning roles such as `embedded researcher` or `evidence champion`,
    /// in the order written; `;`-separated in `actors.csv`.
    public var roles: [String]
    /// Whether the actor agreed to be named in outputs; `nil` when not recorded.
    ///
    /// An actor whose consent is `false` is never named in a report and never suggested for a
    /// panel.
    public var consent: Bool?
    /// Whether the actor answered the survey the ties come from: `true`, `false` (a
    /// non-respondent, whose own reports are missing, not an isolate by choice) or `nil` (not
    /// asked, such as a nominee or an organisation). Read by ``MissingDataPolicy``.
    public var responded: Bool?
    /// Every other column of `actors.csv`, by column name, kept as written.
    public var attributes: [String: String]

    /// Creates an actor.
    public init(
        id: String, name: String? = nil, kind: ActorKind? = nil, department: String? = nil,
        organisation: String? = nil, sector: String? = nil, roles: [String] = [],
        consent: Bool? = nil, responded: Bool? = nil, attributes: [String: String] = [:]
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.department = department
        self.organisation = organisation
        self.sector = sector
        self.roles = roles
        self.consent = consent
        self.responded = responded
        self.attributes = attributes
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, kind, department, organisation, sector, roles, consent, responded, attributes
    }

    /// Decodes an actor; `roles` and `attributes` may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            name: try c.decodeIfPresent(String.self, forKey: .name),
            kind: try c.decodeIfPresent(ActorKind.self, forKey: .kind),
            department: try c.decodeIfPresent(String.self, forKey: .department),
            organisation: try c.decodeIfPresent(String.self, forKey: .organisation),
            sector: try c.decodeIfPresent(String.self, forKey: .sector),
            roles: try c.decodeIfPresent([String].self, forKey: .roles) ?? [],
            consent: try c.decodeIfPresent(Bool.self, forKey: .consent),
            responded: try c.decodeIfPresent(Bool.self, forKey: .responded),
            attributes: try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:])
    }

    /// The name, or the id when the actor has no name.
    public var displayName: String { name ?? id }

    /// Whether the actor holds at least one designated boundary-spanning role.
    public var isDesignatedSpanner: Bool { !roles.isEmpty }

    /// Whether this actor may be named in any output: false only when `consent` is false.
    ///
    /// Actors without consent are still measured (their ties shape everyone else's position)
    /// but every analysis and output shows them without a name, and no panel suggests them.
    public var mayBeNamed: Bool { consent != false }

    /// The name to show in outputs: `nil` when the actor has no name or did not consent to
    /// being named.
    public var shownName: String? { mayBeNamed ? name : nil }

    /// The actor's value in a categorical column, for grouping.
    ///
    /// `department`, `organisation`, `sector` and `kind` read the fields of the same name;
    /// any other name reads ``attributes``. An empty value is `nil`.
    public func value(ofColumn column: String) -> String? {
        let value: String?
        switch column {
        case "department": value = department
        case "organisation", "organization": value = organisation
        case "sector": value = sector
        case "kind": value = kind?.rawValue
        case "responded": value = responded.map { $0 ? "true" : "false" }
        case "name": value = name
        case "id": value = id
        default: value = attributes[column]
        }
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
