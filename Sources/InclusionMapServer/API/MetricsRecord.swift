import InclusionMap

/// What `/api/metrics` answers: every centrality measure of every actor, a row per actor in
/// the map's order, with the standard error of each sampled measure (`null` when exact).
struct MetricsRecord: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var id: String
        var name: String
        var group: String?
        var values: [String: Double?]

        private enum CodingKeys: String, CodingKey { case id, name, group, values }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(group, forKey: .group)
            try c.encode(values, forKey: .values)
        }
    }

    var metrics: [String]
    var betweennessSample: SampleRecord?
    var rows: [Row]

    init(_ analyses: MapAnalyses) {
        let table = analyses.centrality
        metrics = table.metrics.map(\.rawValue)
        betweennessSample = table.betweennessSample.map(SampleRecord.init)
        rows = table.actorIDs.indices.map { row in
            let id = table.actorIDs[row]
            let actor = analyses.map.actor(withID: id)
            var values: [String: Double?] = [:]
            for metric in table.metrics { values[metric.rawValue] = table.columns[metric].flatMap { $0[row] } }
            if let sample = table.betweennessSample { values["betweenness_se"] = sample.standardErrors[row] }
            return Row(id: id, name: actor?.shownName ?? "", group: actor?.value(ofColumn: analyses.groupColumn), values: values)
        }
    }

    private enum CodingKeys: String, CodingKey { case metrics, betweennessSample = "betweenness_sample", rows }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(metrics, forKey: .metrics)
        try c.encode(betweennessSample, forKey: .betweennessSample)
        try c.encode(rows, forKey: .rows)
    }
}
