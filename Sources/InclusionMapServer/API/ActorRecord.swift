import InclusionMap

/// One actor as the workbench's `/api/actors` lists them and `/api/actors/{id}` shows one:
/// who they are, their group, roles and attendance, every centrality measure with its
/// percentile among all actors, and, for a ranked broker, their rank, potential and reason.
///
/// An actor who did not consent to be named appears only under their code (`withheld-1`),
/// with an empty name: the map the record is made from is masked.
struct ActorRecord: Encodable, Sendable {
    /// A measure's value and the actor's percentile rank of it (mid-rank, 0 to 1).
    struct Measure: Encodable, Sendable {
        var value: Double?
        var percentile: Double

        private enum CodingKeys: String, CodingKey { case value, percentile }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(value, forKey: .value)
            try c.encode(percentile, forKey: .percentile)
        }
    }

    /// The broker analysis of the actor, when they are grouped.
    struct Brokerage: Encodable, Sendable {
        var rank: Int
        var potential: Double
        var use: Double?
        var score: Double
        var structural: Bool
        var underUsed: Bool
        var reason: String
        /// The share of resampled maps in which the actor stays a structural broker, and in
        /// which they stay under-used; `nil` when confidence was not computed.
        var confidence: Double?
        var underUsedShare: Double?
        /// The band (sure, uncertain, fragile) of the finding the ranking states.
        var confidenceBand: String?
        /// The lowest and highest rank over the resampled maps.
        var rankInterval: [Int]?

        private enum CodingKeys: String, CodingKey {
            case rank, potential, use, score, structural, underUsed = "under_used", reason, confidence
            case underUsedShare = "under_used_share", confidenceBand = "confidence_band", rankInterval = "rank_interval"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rank, forKey: .rank)
            try c.encode(potential, forKey: .potential)
            try c.encode(use, forKey: .use)
            try c.encode(score, forKey: .score)
            try c.encode(structural, forKey: .structural)
            try c.encode(underUsed, forKey: .underUsed)
            try c.encode(reason, forKey: .reason)
            try c.encode(confidence, forKey: .confidence)
            try c.encode(underUsedShare, forKey: .underUsedShare)
            try c.encode(confidenceBand, forKey: .confidenceBand)
            try c.encode(rankInterval, forKey: .rankInterval)
        }
    }

    var id: String
    var name: String
    var kind: String?
    var group: String?
    var sector: String?
    var organisation: String?
    var roles: [String]
    var attended: Int
    var usualSuspect: Bool
    var measures: [String: Measure]
    var brokerage: Brokerage?

    /// Every actor of `analyses`, in the map's order.
    static func all(in analyses: MapAnalyses) -> [ActorRecord] {
        let context = Context(analyses)
        return analyses.centrality.actorIDs.indices.map { ActorRecord(row: $0, context: context) }
    }

    /// The actor `id` of `analyses`, or `nil` when there is none.
    static func one(_ id: String, in analyses: MapAnalyses) -> ActorRecord? {
        guard let row = analyses.centrality.actorIDs.firstIndex(of: id) else { return nil }
        return ActorRecord(row: row, context: Context(analyses))
    }

    /// What every record of one map reads: the ranking and attendance, looked up by id once.
    private struct Context {
        let analyses: MapAnalyses
        let ranked: [String: (rank: Int, candidate: BrokerFinder.Candidate)]
        let underUsed: Set<String>
        let attended: [String: Int]
        let usual: Set<String>

        init(_ analyses: MapAnalyses) {
            self.analyses = analyses
            ranked = Dictionary(uniqueKeysWithValues: analyses.brokers.candidates.enumerated().map { ($1.actorID, ($0 + 1, $1)) })
            underUsed = Set(analyses.brokers.underUsed.map(\.actorID))
            attended = Dictionary(uniqueKeysWithValues: analyses.audit.attendees.map { ($0.actorID, $0.attended) })
            usual = Set(analyses.audit.usualSuspects.map(\.actorID))
        }
    }

    private init(row: Int, context: Context) {
        let analyses = context.analyses
        let id = analyses.centrality.actorIDs[row]
        let actor = analyses.map.actor(withID: id)
        self.id = id
        name = actor?.shownName ?? ""
        kind = actor?.kind?.rawValue
        group = actor?.value(ofColumn: analyses.groupColumn)
        sector = actor?.sector
        organisation = actor?.organisation
        roles = actor?.roles ?? []
        attended = context.attended[id] ?? 0
        usualSuspect = context.usual.contains(id)
        var measures: [String: Measure] = [:]
        for metric in analyses.centrality.metrics {
            measures[metric.rawValue] = Measure(value: analyses.centrality.columns[metric]?[row] ?? nil,
                                                percentile: analyses.percentiles[metric]?[row] ?? 0)
        }
        self.measures = measures
        let sure = analyses.confidence
        brokerage = context.ranked[id].map { rank, c in
            Brokerage(rank: rank, potential: c.potential, use: c.use, score: c.score, structural: c.isStructural,
                      underUsed: context.underUsed.contains(id), reason: c.reason,
                      confidence: sure?.structuralShare(of: id), underUsedShare: sure?.underUsedShare(of: id),
                      // As the broker table words it: the under-used finding when use is known.
                      confidenceBand: sure.map { s in
                          FindingWords.band(analyses.brokers.history.isEmpty ? s.structuralShare(of: id) : s.underUsedShare(of: id)).rawValue
                      },
                      rankInterval: sure?.brokers[id].map { [$0.rankLow, $0.rankHigh] })
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, kind, group, sector, organisation, roles, attended, usualSuspect = "usual_suspect", measures, brokerage
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encode(group, forKey: .group)
        try c.encode(sector, forKey: .sector)
        try c.encode(organisation, forKey: .organisation)
        try c.encode(roles, forKey: .roles)
        try c.encode(attended, forKey: .attended)
        try c.encode(usualSuspect, forKey: .usualSuspect)
        try c.encode(measures, forKey: .measures)
        try c.encode(brokerage, forKey: .brokerage)
    }
}
