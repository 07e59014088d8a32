/// One row of a wave comparison: what changed, for whom, the values before and after, and
/// the reason in words. Every table, CSV and JSON row of `compare` is one of these.
public struct WaveFinding: Hashable, Sendable, Codable {
    /// What the row is about.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case joined, left
        case ties
        case eiNetwork = "ei-network", eiGroup = "ei-group"
        case newlyLinked = "newly-linked", newlyUnlinked = "newly-unlinked"
        case singlePointResolved = "single-point-resolved", singlePointNew = "single-point-new"
        case cutPointNew = "cut-point-new", cutPointGone = "cut-point-gone"
        case bridgeNew = "bridge-new", bridgeGone = "bridge-gone"
        case brokerEngaged = "broker-engaged", broker
        case concentration
        case whatIf = "what-if"
    }

    /// What the row is about.
    /// Whether ``subject`` is an actor's id (a joiner, a leaver, a cut point, a broker),
    /// rather than a relation, a group or a pair.
    public var isAboutActor: Bool {
        [.joined, .left, .cutPointNew, .cutPointGone, .brokerEngaged, .broker].contains(kind)
    }

    public var kind: Kind
    /// Who or what: an actor id, a relation, a group, a pair of groups ("housing + early-help").
    public var subject: String
    /// The value in the earlier wave, as text (empty when it has none).
    public var before: String
    /// The value in the later wave.
    public var after: String
    /// Why it matters, in words.
    public var reason: String

    /// Creates a row.
    public init(kind: Kind, subject: String, before: String = "", after: String = "", reason: String) {
        self.kind = kind
        self.subject = subject
        self.before = before
        self.after = after
        self.reason = reason
    }
}
