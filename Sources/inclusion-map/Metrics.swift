import ArgumentParser
import Foundation
import InclusionMap

struct Metrics: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute centrality and silo-bridging measures for every actor.",
        discussion: CommandExamples.discussion("""
            Centrality follows NetworkX 3.x's defaults (see the documentation of each metric). \
            In weighted mode a tie's weight is its strength: paths use length 1/weight. \
            Silo-bridging measures (E-I, structural holes, participation, bridging betweenness, \
            brokerage roles) use the groups of --group. Each brokerage role's count is followed \
            by its expected value, standard deviation and z-score, as R's sna::brokerage gives them.
            """, examples: [
                ("Every measure for every actor of the demo map:", "inclusion-map metrics"),
                ("Three measures of the advice ties, as CSV:", "inclusion-map metrics --relation advice --metrics degree,betweenness,constraint --format csv"),
                ("Weighted by tie strength, grouped by school:", "inclusion-map metrics Datasets/uk-faculty --weighted --group department"),
            ])
    )

    @OptionGroup var input: MapInput

    @Option(name: .customLong("relation"), help: ArgumentHelp("A relation to include (\(ListOption.note); default all).", valueName: "relation"))
    var relationArguments: [String] = []
    var relations: [String] { ListOption.items(relationArguments) }

    @Flag(help: "Ignore direction: every tie becomes undirected.")
    var undirected = false

    @Flag(help: "Use tie weights (as strengths; paths use 1/weight).")
    var weighted = false

    @Option(name: .customLong("metrics"), help: "Measures to compute (\(ListOption.note)): \(Column.allNames.joined(separator: ",")) (default all).")
    var metricArguments: [String] = []

    @Option(help: "The actor column that defines groups for silo-bridging measures (default department); louvain for detected communities.")
    var group: String?

    @Option(help: "Actors with no value in the group column: leave-out (default) or own-group.")
    var empty: Grouping.EmptyValues = .leftOut

    @Option(help: "Threads for betweenness, closeness and harmonic centrality (default: all cores).")
    var threads: Int?

    @Option(help: ArgumentHelp("Estimate betweenness, bridging betweenness, closeness and harmonic centrality from this many random path sources (default: all of them for the first two while that takes about 30 s or less — actors × (actors + ties) up to 8×10⁹ — and up to \(PathSampling.automaticDistanceLimit) for the others, \(PathSampling.automaticSampleSize) above).", valueName: "count"))
    var sample: Int?

    @Flag(help: ArgumentHelp("Compute every path measure from every actor, however many there are. When that would take more than about 30 s (actors × (actors + ties) above 8×10⁹; grouped actors for bridging) betweenness and bridging betweenness are otherwise estimated from \(PathSampling.automaticSampleSize) seeded sources, and above \(PathSampling.automaticDistanceLimit) closeness and harmonic centrality too; the output says so, with a standard error column for each."))
    var exact = false

    @Option(help: "Seed for --sample and for Louvain communities (--group louvain).")
    var seed: UInt64 = 1

    @Option(help: "table for people (sorted by betweenness), csv or json for programs.")
    var format: ResultFormat = .table

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
        if let sample, sample < 1 { throw ValidationError("--sample must be at least 1.") }
        if exact, sample != nil { throw ValidationError("--exact and --sample contradict each other; give one.") }
    }

    func run() throws {
        let progress = ProgressBar()
        progress.step("reading \(input.source.displayName)")
        var loaded = try input.source.load(progress: progress.reporter)
        progress.finish()
        if let group { try loaded.useGroupColumn(group, option: "--group") }
        let map = loaded.map
        let chosen = try chosenMetrics()
        try RelationChoice.check(relations, in: map)
        let index = NetworkIndex(map, options: .init(
            relations: relations.isEmpty ? nil : Set(relations), symmetrised: undirected, weighted: weighted))
        let centralityMetrics = chosen.compactMap(\.centrality)
        let siloMetrics = chosen.compactMap(\.silo)
        let paths: PathSampling = exact ? .exact : sample.map { .sources($0, seed: seed) } ?? .automatic
        let table = CentralityTable(index: index, metrics: centralityMetrics, threads: threads, paths: paths, progress: progress.reporter)
        progress.finish()
        var silos: SiloTable?
        var usedGrouping: Grouping?
        if !siloMetrics.isEmpty {
            do {
                let grouping = try Grouping.named(group ?? "department", index: index, map: map, emptyValues: empty, seed: seed)
                silos = SiloTable(index: index, map: map, grouping: grouping, metrics: siloMetrics, threads: threads, paths: paths, progress: progress.reporter)
                progress.finish()
                usedGrouping = grouping
                if grouping.ungroupedCount > 0 {
                    Console.error("metrics: \(grouping.ungroupedCount) actors have no \(grouping.column); their group measures are empty")
                }
            } catch {
                // Asked for by name: an error. By default: leave the group columns empty and say why.
                if group != nil { throw AnalysisFailure.reported(error, command: "metrics") }
                Console.error("metrics: \(error); group measures left empty (choose a column with --group)")
                // Constraint, effective size, efficiency and hierarchy need no groups: with
                // every actor ungrouped they are still computed, the group measures left empty.
                let ungrouped = Grouping(names: [], groupOfNode: [Int32](repeating: -1, count: index.nodeCount), column: group ?? "department")
                silos = SiloTable(index: index, map: map, grouping: ungrouped, metrics: siloMetrics, threads: threads, paths: paths)
            }
        }
        func text(_ column: Column, _ row: Int) -> String {
            switch column {
            case .centrality(let metric): table.text(metric, row: row)
            case .silo(let metric): silos?.text(metric, row: row) ?? ""
            }
        }
        func value(_ column: Column, _ row: Int) -> JSONValue {
            switch column {
            case .centrality(let metric): return table.columns[metric]?[row].map { .number($0) } ?? .null
            case .silo(.role): return silos?.roles[row].map { .text($0.rawValue) } ?? .null
            case .silo(let metric): return silos?.columns[metric]?[row].map { .number($0) } ?? .null
            }
        }
        // The third column is the grouping the silo measures used: department by default,
        // else the --group column (for louvain, the detected community).
        let groupColumn = usedGrouping?.column ?? group ?? "department"
        // A sampled measure brings its standard error as a column of its own, and a note.
        let samples: [(name: String, sample: SampledMeasure, note: String)] = [
            table.betweennessSample.map { ("betweenness", $0, $0.note(measure: "Betweenness", sources: "actors")) },
            table.closenessSample.map { ("closeness", $0, $0.note(measure: "Closeness", sources: "actors", reference: "Eppstein & Wang 2004")) },
            table.harmonicSample.map { ("harmonic", $0, $0.note(measure: "Harmonic centrality", sources: "actors", reference: "Eppstein & Wang 2004")) },
            silos?.bridgingSample.map { ("bridging_betweenness", $0, $0.note(measure: "Bridging betweenness", sources: "grouped actors")) },
        ].compactMap { $0 }
        let errorNames = samples.map { "\($0.name)_se" }
        let header = ["id", "name", groupColumn] + chosen.map(\.name) + errorNames
        func errorText(_ sample: SampledMeasure, _ row: Int) -> String { sample.standardErrors[row].map { "\($0)" } ?? "" }
        func line(_ row: Int) -> [String] {
            let actor = map.actor(withID: index.actorIDs[row])
            let groupValue = usedGrouping?.name(ofNode: Int32(row)) ?? actor?.value(ofColumn: groupColumn) ?? ""
            return [index.actorIDs[row], actor?.shownName ?? "", groupValue] + chosen.map { text($0, row) } + samples.map { errorText($0.sample, row) }
        }
        var notes = samples.map { "\($0.note) Standard errors are in the column \($0.name)_se; --exact searches from every one." }
        // Exact where an earlier version sampled: say so, so a reader knows which was done.
        if centralityMetrics.contains(.betweenness), paths.isExactAtScale(among: index.nodeCount, in: index) {
            notes.append(PathSampling.exactNote(measure: "Betweenness", count: index.nodeCount, sources: "actors", in: index))
        }
        if let silos, silos.bridgingSample == nil, let grouping = usedGrouping, siloMetrics.contains(.bridgingBetweenness) {
            let grouped = grouping.groupOfNode.count { $0 >= 0 }
            if paths.isExactAtScale(among: grouped, in: index) {
                notes.append(PathSampling.exactNote(measure: "Bridging betweenness", count: grouped, sources: "grouped actors", in: index))
            }
        }
        switch format {
        case .csv:
            // Written a block of rows at a time: a million actors' rows are never held at once.
            Console.csv(header: header, count: index.nodeCount, row: line)
            for note in notes { Console.error("metrics: \(note)") }
        case .json:
            let rows = (0..<index.nodeCount).map(line)
            let objects = (0..<index.nodeCount).map { row -> [String: JSONValue] in
                var object: [String: JSONValue] = ["id": .text(rows[row][0]), "name": .text(rows[row][1]), groupColumn: .text(rows[row][2])]
                for column in chosen { object[column.name] = value(column, row) }
                for (name, sample, _) in samples { object["\(name)_se"] = sample.standardErrors[row].map { .number($0) } ?? .null }
                return object
            }
            try Console.json(encoding: objects)
            for note in notes { Console.error("metrics: \(note)") }
        case .table:
            let rows = (0..<index.nodeCount).map(line)
            Console.text(TextTable(header: header, rows: sortedByBetweenness(rows, table: table, chosen: chosen)).text, terminator: "")
            if index.droppedSelfLoops > 0 { Console.text("(\(index.droppedSelfLoops) self-loops left out)") }
            if index.droppedNegativeTies > 0 { Console.text("(\(index.droppedNegativeTies) negative ties left out)") }
            for note in notes { Console.text(note) }
        }
    }

    private func chosenMetrics() throws -> [Column] {
        guard !metricArguments.isEmpty else { return Column.all }
        return try ListOption.items(metricArguments).map { trimmed in
            guard let column = Column(name: trimmed) else {
                throw ValidationError("unknown metric \"\(trimmed)\"; expected some of \(Column.allNames.joined(separator: ", ")).")
            }
            return column
        }
    }

    private func sortedByBetweenness(_ rows: [[String]], table: CentralityTable, chosen: [Column]) -> [[String]] {
        let formatted = rows.map { row in
            row.enumerated().map { position, cell in
                // Columns past the measures are standard errors: never counts.
                guard position >= 3, let value = Double(cell), position - 3 >= chosen.count || !chosen[position - 3].isCount else { return cell }
                return String(format: "%.4f", value)
            }
        }
        guard let column = table.columns[.betweenness] else { return formatted }
        return rows.indices.sorted { a, b in
            let (x, y) = (column[a] ?? -1, column[b] ?? -1)
            return x != y ? x > y : table.actorIDs[a] < table.actorIDs[b]
        }.map { formatted[$0] }
    }
}

/// One column of the `metrics` output: a centrality or a silo-bridging measure.
enum Column: Hashable {
    case centrality(CentralityMetric)
    case silo(SiloMetric)

    static let all: [Column] = CentralityMetric.allCases.map(Column.centrality) + SiloMetric.allCases.map(Column.silo)
    static var allNames: [String] { all.map(\.name) }

    init?(name: String) {
        if let metric = CentralityMetric(rawValue: name) { self = .centrality(metric) }
        else if let metric = SiloMetric(rawValue: name) { self = .silo(metric) }
        else { return nil }
    }

    var name: String {
        switch self {
        case .centrality(let metric): metric.rawValue
        case .silo(let metric): metric.rawValue
        }
    }

    var isCount: Bool {
        switch self {
        case .centrality(let metric): metric.isCount
        case .silo(let metric): metric.isCount
        }
    }

    var centrality: CentralityMetric? { if case .centrality(let metric) = self { metric } else { nil } }
    var silo: SiloMetric? { if case .silo(let metric) = self { metric } else { nil } }
}

/// A JSON scalar for the `metrics` output.
enum JSONValue: Encodable {
    case text(String), number(Double), null

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .null: try container.encodeNil()
        }
    }
}
