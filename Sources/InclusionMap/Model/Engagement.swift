/// An event or space in which actors took part: a workshop, a reflection space, a board
/// meeting, a survey wave.
///
/// Who attended is recorded separately as ``Attendance``; the history of attendance is what
/// shows who is invited again and again and who is never asked.
public struct Engagement: Identifiable, Hashable, Codable, Sendable {
    /// The stable identifier that ``Attendance/engagement`` refers to.
    public var id: String
    /// The name shown to people; ``displayName`` falls back to the id.
    public var name: String?
    /// The day it took place.
    public var date: CalendarDate?
    /// What sort of engagement it was, such as `workshop` or `board`.
    public var kind: String?
    /// Every other column of `engagements.csv`, by column name, kept as written.
    public var attributes: [String: String]

    /// Creates an engagement.
    public init(
        id: String, name: String? = nil, date: CalendarDate? = nil, kind: String? = nil,
        attributes: [String: String] = [:]
    ) {
        self.id = id
        self.name = name
        self.date = date
        self.kind = kind
        self.attributes = attributes
    }

    private enum CodingKeys: String, CodingKey { case id, name, date, kind, attributes }

    /// Decodes an engagement; `attributes` may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            name: try c.decodeIfPresent(String.self, forKey: .name),
            date: try c.decodeIfPresent(CalendarDate.self, forKey: .date),
            kind: try c.decodeIfPresent(String.self, forKey: .kind),
            attributes: try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:])
    }

    /// The name, or the id when the engagement has no name.
    public var displayName: String { name ?? id }
}
