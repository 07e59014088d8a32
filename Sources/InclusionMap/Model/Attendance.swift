/// One actor's presence at one engagement.
///
/// A map holds at most one attendance for each engagement and actor.
public struct Attendance: Hashable, Codable, Sendable {
    /// The id of the engagement attended.
    public var engagement: String
    /// The id of the actor who attended.
    public var actor: String
    /// The part the actor played there, such as `facilitator` or `participant`.
    public var role: String?
    /// Every other column of `attendance.csv`, by column name, kept as written.
    public var attributes: [String: String]

    /// Creates an attendance record.
    public init(engagement: String, actor: String, role: String? = nil, attributes: [String: String] = [:]) {
        self.engagement = engagement
        self.actor = actor
        self.role = role
        self.attributes = attributes
    }
    private enum CodingKeys: String, CodingKey { case engagement, actor, role, attributes }

    /// Decodes an attendance record; `attributes` may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            engagement: try c.decode(String.self, forKey: .engagement),
            actor: try c.decode(String.self, forKey: .actor),
            role: try c.decodeIfPresent(String.self, forKey: .role),
            attributes: try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:])
    }
}
