import InclusionMap

/// What `/api/summary` answers: the map's name, the column its groups come from, the
/// groups, the measures the page can colour or size by, the relations, the reading's
/// warnings and the counts of `MapSummary`.
struct SummaryRecord: Encodable, Sendable {
    var name: String
    var groupColumn: String
    var groups: [String]
    var metrics: [String]
    var relations: [String]
    var pseudonymised: Bool
    /// Whether the whole map is drawn actor by actor: false above the actor limit, where the
    /// page opens on the silo map and shows an actor's neighbourhood on demand.
    var drawsWholeMap: Bool
    var warnings: [String]
    /// Sentences about how the measures were computed (sampling), as the commands print them.
    var notes: [String]
    var summary: MapSummary

    init(_ analyses: MapAnalyses, pseudonymised: Bool) {
        name = analyses.name
        groupColumn = analyses.groupColumn
        groups = analyses.brokers.grouping.names
        metrics = analyses.centrality.metrics.map(\.rawValue)
        relations = analyses.summary.relations.keys.sorted()
        self.pseudonymised = pseudonymised
        drawsWholeMap = analyses.map.actors.count <= analyses.drawnActorLimit
        warnings = analyses.warnings
        var notes: [String] = []
        if let note = analyses.brokers.bridgingSampleNote { notes.append(note) }
        if let sample = analyses.centrality.betweennessSample {
            notes.append(sample.note(measure: "Betweenness", sources: "actors"))
        }
        if analyses.map.actors.count > analyses.drawnActorLimit {
            notes.append("With \(analyses.map.actors.count) actors, more than \(analyses.drawnActorLimit), the map shows the groups and the ties between them; find an actor to see their neighbourhood. Drawn actor by actor, it shows the \(analyses.drawnActorLimit) with the highest values of the size measure.")
        }
        if analyses.confidence == nil {
            notes.append("Confidence is not computed above \(analyses.confidenceLimit) actors; `brokers --confidence` computes it.")
        }
        self.notes = notes
        summary = analyses.summary
    }

    private enum CodingKeys: String, CodingKey {
        case name, groupColumn = "group_column", groups, metrics, relations, pseudonymised, drawsWholeMap = "draws_whole_map", warnings, notes, summary
    }
}
