/// One line of a register's change log: a record added, edited or removed by a revision.
public struct RegisterChange: Hashable, Sendable, Codable {
    /// What happened to the record.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case added, edited, removed
    }

    /// The kind of record changed.
    public enum Record: String, Hashable, Sendable, Codable, CaseIterable {
        case actor, department, tie, engagement, attendance
    }

    /// What happened.
    public var kind: Kind
    /// The kind of record.
    public var record: Record
    /// Which record: an actor's, department's or engagement's id; a tie as
    /// `relation: source–target`; attendance as `engagement: actor`. `nil` for a count line.
    public var key: String?
    /// In words: the fields an edit changed, or how many records a count line stands for.
    public var detail: String

    /// Creates a change line.
    public init(kind: Kind, record: Record, key: String?, detail: String) {
        self.kind = kind
        self.record = record
        self.key = key
        self.detail = detail
    }
}
