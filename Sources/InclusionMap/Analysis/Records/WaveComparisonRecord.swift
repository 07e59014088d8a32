/// A comparison of two waves as a record: what the `compare` command's JSON and the
/// workbench's `/api/compare` write, one shape for both (``WaveComparison``).
///
/// Each side's size, who joined and left, ties gained and lost per relation, the E-I index
/// before and after with its test, broker ranks, the usual suspects' share, the what-if's
/// prediction when a space was given, and every finding with its reason and, where the actor
/// may be named, their name.
public struct WaveComparisonRecord: Encodable, Sendable {
    /// One wave: its name as shown, and its size.
    public struct Side: Encodable, Sendable {
        public var source: String
        public var actors: Int
        public var ties: Int
    }

    /// A row of the comparison, with the actor's name beside the id when it may be shown.
    public struct Finding: Encodable, Sendable {
        public var kind: WaveFinding.Kind
        public var subject: String
        public var name: String?
        public var before: String
        public var after: String
        public var reason: String
    }

    public var before: Side, after: Side
    public var joined: [String], left: [String]
    public var relations: [TieSetChange]
    public var ei: EIChange
    public var brokers: [WaveComparison.BrokerChange]
    public var engagedBrokers: [String]
    public var concentration: WaveComparison.Concentration
    public var whatIf: WaveComparison.WhatIfOutcome?
    public var findings: [Finding]

    /// The record of `comparison` between `before` and `after`, each a name and the map it
    /// was computed on.
    public init(_ comparison: WaveComparison, before: (name: String, map: StakeholderMap), after: (name: String, map: StakeholderMap)) {
        self.before = Side(source: before.name, actors: before.map.actors.count, ties: before.map.ties.count)
        self.after = Side(source: after.name, actors: after.map.actors.count, ties: after.map.ties.count)
        joined = comparison.joined
        left = comparison.left
        relations = comparison.relations
        ei = comparison.ei
        brokers = comparison.brokers
        engagedBrokers = comparison.engagedBrokers
        concentration = comparison.concentration
        whatIf = comparison.whatIf
        findings = comparison.findings.map { finding in
            let name = Self.name(finding, before: before.map, after: after.map)
            return Finding(kind: finding.kind, subject: finding.subject, name: name.isEmpty ? nil : name,
                           before: finding.before, after: finding.after, reason: finding.reason)
        }
    }

    /// The name of the actor a finding is about, from the later wave when they are in it:
    /// empty for a finding about no actor, or an actor with no name or who may not be named.
    public static func name(_ finding: WaveFinding, before: StakeholderMap, after: StakeholderMap) -> String {
        guard finding.isAboutActor else { return "" }
        let map = after.actor(withID: finding.subject) != nil ? after : before
        return map.actor(withID: finding.subject)?.shownName ?? ""
    }
}
