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
        warnings = analyses.warnings
        var notes: [String] = []
        if let note = analyses.brokers.bridgingSampleNote { notes.append(note) }
        if let sample = analyses.centrality.betweennessSample {
            notes.append(sample.note(measure: "Betweenness", sources: "actors"))
        }
        if analyses.map.actors.count > analyses.drawnActorLimit {
            notes.append("The map draws the \(analyses.drawnActorLimit) actors with the highest values of the size measure, of \(analyses.map.actors.count); filter by group to see others.")
        }
        if analyses.confidence == nil {
            notes.append("Confidence is not computed above \(analyses.confidenceLimit) actors; `brokers --confidence` computes it.")
        }
        self.notes = notes
        summary = analyses.summary
    }

    private enum CodingKeys: String, CodingKey {
        case name, groupColumn = "group_column", groups, metrics, relations, pseudonymised, warnings, notes, summary
    }
}
