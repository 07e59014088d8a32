/// A suggested panel as a record: what the `suggest` command's JSON and the workbench's
/// `/api/panel` write, one shape for both (``PanelSuggester``).
///
/// Each pick carries its reason; the two panels — the suggested one and the usual one (the
/// most frequent attendees) — are compared on the same ``PanelMeasures``.
public struct PanelRecord: Encodable, Sendable {
    /// One person on the suggested panel.
    public struct Pick: Encodable, Sendable {
        public var id: String
        /// The name to show: empty when there is none or the actor may not be named.
        public var name: String
        public var group: String?
        public var sector: String?
        /// Whether the person was pinned (`--must`), not chosen.
        public var required: Bool
        /// What the person added to the objective when chosen.
        public var gain: Double
        public var reason: String

        private enum CodingKeys: String, CodingKey { case id, name, group, sector, required, gain, reason }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(group, forKey: .group)
            try c.encode(sector, forKey: .sector)
            try c.encode(required, forKey: .required)
            try c.encode(gain, forKey: .gain)
            try c.encode(reason, forKey: .reason)
        }
    }

    /// A panel's coverage (``PanelMeasures``).
    public struct Measures: Encodable, Sendable {
        public var size: Int
        public var groupsCovered: Int, groupCount: Int
        public var sectorsCovered: Int, sectorCount: Int
        public var reach: Double
        public var underUsedBrokers: Int
        public var newVoices: Int
        public var usualSuspects: Int

        init(_ m: PanelMeasures) {
            size = m.size
            groupsCovered = m.groupsCovered
            groupCount = m.groupCount
            sectorsCovered = m.sectorsCovered
            sectorCount = m.sectorCount
            reach = m.reach
            underUsedBrokers = m.underUsedBrokers
            newVoices = m.newVoices
            usualSuspects = m.usualSuspects
        }

        private enum CodingKeys: String, CodingKey {
            case size, groupsCovered = "groups_covered", groupCount = "group_count", sectorsCovered = "sectors_covered"
            case sectorCount = "sector_count", reach, underUsedBrokers = "under_used_brokers", newVoices = "new_voices"
            case usualSuspects = "usual_suspects"
        }
    }

    /// The suggested panel's measures and the usual panel's.
    public struct Comparison: Encodable, Sendable {
        public var suggested: Measures
        public var usual: Measures
    }

    /// The panel size asked for.
    public var size: Int
    public var groupColumn: String
    public var picks: [Pick]
    /// The usual panel: the most frequent attendees who may be named, as many as `size`.
    public var usualPanel: [String]
    /// The sample bridging betweenness was estimated from; `nil` when it is exact.
    public var bridgingSample: SampleRecord?
    public var measures: Comparison

    /// The columns of the panel as CSV (`suggest --format csv`, the workbench's download).
    public static let csvHeader = ["id", "name", "group", "sector", "reason"]

    /// One row per pick, under ``csvHeader``.
    public var csvRows: [[String]] { picks.map { [$0.id, $0.name, $0.group ?? "", $0.sector ?? "", $0.reason] } }

    /// The record of `panel`, suggested on `map`.
    public init(_ panel: PanelSuggester, map: StakeholderMap) {
        size = panel.constraints.size
        groupColumn = panel.brokers.grouping.column
        picks = panel.picks.map {
            Pick(id: $0.actorID, name: map.actor(withID: $0.actorID)?.shownName ?? "", group: $0.group, sector: $0.sector,
                 required: $0.isRequired, gain: $0.gain, reason: $0.reason)
        }
        usualPanel = panel.usualPanel
        bridgingSample = panel.brokers.bridgingSample.map(SampleRecord.init)
        measures = Comparison(suggested: Measures(panel.suggestedMeasures), usual: Measures(panel.usualMeasures))
    }

    private enum CodingKeys: String, CodingKey {
        case size, groupColumn = "group_column", picks, usualPanel = "usual_panel", bridgingSample = "bridging_sample", measures
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(size, forKey: .size)
        try c.encode(groupColumn, forKey: .groupColumn)
        try c.encode(picks, forKey: .picks)
        try c.encode(usualPanel, forKey: .usualPanel)
        try c.encode(bridgingSample, forKey: .bridgingSample)
        try c.encode(measures, forKey: .measures)
    }
}
