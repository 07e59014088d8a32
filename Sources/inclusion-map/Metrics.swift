import ArgumentParser
import Foundation
import InclusionMap

struct Metrics: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute centrality for every actor: degree, betweenness, closeness, PageRank and more.",
        discussion: """
            Conventions are NetworkX 3.x's defaults (see the documentation of each metric). \
            In weighted mode a tie's weight is its strength: paths use length 1/weight.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @Argument(help: "A dataset folder or JSON map (default: the bundled Rivertown demo map).")
    var path: String?

    @Option(name: .customLong("relation"), help: "A relation to include (repeat for several; default all).")
    var relations: [String] = []

    @Flag(help: "Ignore direction: every tie becomes undirected.")
    var undirected = false

    @Flag(help: "Use tie weights (as strengths; paths use 1/weight).")
    var weighted = false

    @Option(help: "Comma-separated metrics: \(CentralityMetric.allCases.map(\.rawValue).joined(separator: ",")) (default all).")
    var metrics: String?

    @Option(help: "Threads for betweenness, closeness and harmonic centrality (default: all cores).")
    var threads: Int?

    @Option(help: "Estimate betweenness from this many random pivot sources.")
    var sample: Int?

    @Option(help: "Seed for --sample.")
    var seed: UInt64 = 1

    @Option(help: "table for people (sorted by betweenness), csv or json for programs.")
    var format: Format = .table

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
        if let sample, sample < 1 { throw ValidationError("--sample must be at least 1.") }
    }

    func run() throws {
        let map = try MapSource(path: path).load()
        let chosen = try chosenMetrics()
        let known = Set(map.relations)
        let unknown = relations.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw ValidationError("unknown relation \(unknown.map { "\"\($0)\"" }.joined(separator: ", ")); the map has \(map.relations.joined(separator: ", ")).")
        }
        let index = NetworkIndex(map, options: .init(
            relations: relations.isEmpty ? nil : Set(relations), symmetrised: undirected, weighted: weighted))
        let table = CentralityTable(index: index, metrics: chosen, threads: threads, betweennessSample: sample, seed: seed)
        let header = ["id", "name", "department"] + chosen.map(\.rawValue)
        let rows = (0..<index.nodeCount).map { row -> [String] in
            let actor = map.actor(withID: index.actorIDs[row])
            return [index.actorIDs[row], actor?.name ?? "", actor?.department ?? ""] + chosen.map { table.text($0, row: row) }
        }
        switch format {
        case .csv:
            print(CSVWriter.text(header: header, rows: rows), terminator: "")
        case .json:
            let objects = (0..<index.nodeCount).map { row -> [String: JSONValue] in
                var object: [String: JSONValue] = ["id": .text(rows[row][0]), "name": .text(rows[row][1]), "department": .text(rows[row][2])]
                for metric in chosen {
                    object[metric.rawValue] = table.columns[metric]?[row].map { .number($0) } ?? .null
                }
                return object
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(objects), as: UTF8.self))
        case .table:
            print(TextTable(header: header, rows: sortedByBetweenness(rows, table: table, chosen: chosen)).text, terminator: "")
            if index.droppedSelfLoops > 0 { print("(\(index.droppedSelfLoops) self-loops left out)") }
        }
    }

    private func chosenMetrics() throws -> [CentralityMetric] {
        guard let metrics else { return CentralityMetric.allCases }
        return try metrics.split(separator: ",").map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let metric = CentralityMetric(rawValue: trimmed) else {
                throw ValidationError("unknown metric \"\(trimmed)\"; expected some of \(CentralityMetric.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return metric
        }
    }

    private func sortedByBetweenness(_ rows: [[String]], table: CentralityTable, chosen: [CentralityMetric]) -> [[String]] {
        guard let column = table.columns[.betweenness] else { return rows }
        return rows.indices.sorted { a, b in
            let (x, y) = (column[a] ?? -1, column[b] ?? -1)
            return x != y ? x > y : table.actorIDs[a] < table.actorIDs[b]
        }.map { row in
            rows[row].enumerated().map { position, cell in
                guard position >= 3, let value = Double(cell), !chosen[position - 3].isCount else { return cell }
                return String(format: "%.4f", value)
            }
        }
    }
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
