/// A unit inside an organisation, such as a council's public health team.
///
/// Departments may nest: ``parent`` names the department this one sits in, and a
/// ``StakeholderMap`` refuses a parent that is unknown or that would make a cycle.
public struct Department: Identifiable, Hashable, Codable, Sendable {
    /// The stable identifier that ``Actor/department`` refers to.
    public var id: String
    /// The name shown to people; ``displayName`` falls back to the id.
    public var name: String?
    /// The organisation the department belongs to.
    public var organisation: String?
    /// The id of the department this one sits in, or `nil` at the top level.
    public var parent: String?
    /// Every other column of `departments.csv`, by column name, kept as written.
    public var attributes: [String: String]

    /// Creates a department.
    public init(
        id: String, name: String? = nil, organisation: String? = nil, parent: String? = nil,
        attributes: [String: String] = [:]
    ) {
        self.id = id
        self.name = name
        self.organisation = organisation
        self.parent = parent
        self.attributes = attributes
    }

    private enum CodingKeys: String, CodingKey { case id, name, organisation, parent, attributes }

    /// Decodes a department; `attributes` may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            name: try c.decodeIfPresent(String.self, forKey: .name),
            organisation: try c.decodeIfPresent(String.self, forKey: .organisation),
            parent: try c.decodeIfPresent(String.self, forKey: .parent),
            attributes: try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:])
    }

    /// The name, or the id when the department has no name.
    public var displayName: String { name ?? id }
}
