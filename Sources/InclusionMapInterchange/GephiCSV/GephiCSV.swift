import Foundation
import InclusionMap

/// Gephi's Data Laboratory CSV: a nodes table (`Id`, `Label`, any other column) and an edges
/// table (`Source`, `Target`, `Type`, `Weight`, `Id`, `Label`, `Kind`, any other column), as
/// Gephi exports them ("Export table") and imports them ("Import spreadsheet").
///
/// Reading (headers compared without regard to case): `Id` is the actor id and `Label` its
/// name (unless it only repeats the id); `Source` and `Target` the ends; `Type` `Directed` or
/// `Undirected` (anything else is an error naming the cell; an empty cell is undirected, as
/// Gephi's default); `Weight` the weight; `Kind`, else `Label`, the relation; every other
/// column is read as ``GraphRecords`` says (`Department`, `Roles`, … or a free attribute).
/// An edge `Id` is not kept (Gephi numbers edges); an `Interval`, `Timeset` or `Timestamp`
/// column is kept, as written (`<[2020.0, 2021.0]>`), as the tie's `period`. With no nodes table, the actors are the ends of the
/// edges, in order of appearance. Every problem is reported with its file, line and column,
/// all at once.
///
/// Writing (``write(_:)``): `nodes.csv` with `Id`, `Label` (the name) and every other actor
/// field and attribute; `edges.csv` with `Source`, `Target`, `Type`, `Weight`, `Label` (the
/// relation), and the tie's other fields. A cell a spreadsheet would run as a formula gets a
/// leading `'` (`SpreadsheetCell/prefixed(_:)`), which reading takes off again.
public enum GephiCSV {
    /// The file names ``write(_:)`` uses.
    public static let nodesFileName = "nodes.csv", edgesFileName = "edges.csv"

    /// Whether a CSV header is Gephi's edges header (`Source` and `Target`).
    public static func isEdgesHeader(_ header: [String]) -> Bool {
        let lowered = Set(header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        return lowered.contains("source") && lowered.contains("target")
    }

    /// The first line of a CSV file's bytes, split into fields (enough to tell formats apart;
    /// only that line is parsed).
    public static func header(of data: Data) -> [String] {
        let firstLine = data.prefix { $0 != UInt8(ascii: "\n") }
        return (try? CSVReader.read(firstLine))?.header?.fields ?? []
    }

    /// The map a nodes table (optional) and an edges table describe.
    ///
    /// - Throws: `DatasetError` with every problem found.
    public static func read(nodes: (data: Data, fileName: String)?, edges: (data: Data, fileName: String)) throws(DatasetError) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        var records = GraphRecords(fileName: edges.fileName)
        var issues: [DatasetIssue] = []
        func table(_ file: (data: Data, fileName: String)) -> CSVTable? {
            let bytes: Data
            do {
                bytes = try TextEncoding.utf8Bytes(of: file.data, fileName: file.fileName)
            } catch {
                issues += error.issues
                return nil
            }
            do {
                return try CSVReader.read(bytes, unprefixing: true)
            } catch {
                issues.append(DatasetIssue(file: file.fileName, line: error.line, column: error.field, message: error.message))
                return nil
            }
        }
        var knownIDs: Set<String> = []
        if let nodes, let nodeTable = table(nodes) {
            let header = nodeTable.header?.fields ?? []
            let lowered = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let idColumn = lowered.firstIndex(of: "id") else {
                throw DatasetError(issues: issues + [DatasetIssue(file: nodes.fileName, line: 1, message: "no Id column; expected Gephi's nodes table (Id, Label, …)")])
            }
            var nodeRecords = GraphRecords(fileName: nodes.fileName)
            for row in nodeTable.rows {
                let id = idColumn < row.fields.count ? row.fields[idColumn].trimmingCharacters(in: .whitespaces) : ""
                var fields: [(name: String, value: String)] = []
                for (column, name) in header.enumerated() where column != idColumn && column < row.fields.count {
                    var name = name.trimmingCharacters(in: .whitespaces)
                    let value = row.fields[column]
                    if name.lowercased() == "label" {
                        if value == id { continue }
                        name = "name"
                    }
                    fields.append((name, value))
                }
                let actor = nodeRecords.actor(id: id, fields: fields, line: row.line)
                nodeRecords.add(actor, line: row.line, column: idColumn + 1)
                knownIDs.insert(id)
            }
            issues += nodeRecords.issues
            for actor in nodeRecords.actors { records.add(actor) }
        }
        guard let edgeTable = table(edges) else { throw DatasetError(issues: issues) }
        let header = edgeTable.header?.fields ?? []
        let lowered = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let sourceColumn = lowered.firstIndex(of: "source"), let targetColumn = lowered.firstIndex(of: "target") else {
            throw DatasetError(issues: issues + [DatasetIssue(file: edges.fileName, line: 1, message: "no Source and Target columns; expected Gephi's edges table (Source, Target, Type, Weight, …)")])
        }
        let typeColumn = lowered.firstIndex(of: "type")
        for row in edgeTable.rows {
            func cell(_ column: Int) -> String { column < row.fields.count ? row.fields[column].trimmingCharacters(in: .whitespaces) : "" }
            let source = cell(sourceColumn), target = cell(targetColumn)
            var directed = false
            if let typeColumn {
                switch cell(typeColumn).lowercased() {
                case "directed": directed = true
                case "undirected", "": directed = false
                default:
                    issues.append(DatasetIssue(file: edges.fileName, line: row.line, column: typeColumn + 1, columnName: header[typeColumn],
                                               message: "Type: \"\(cell(typeColumn))\" is not Directed or Undirected"))
                }
            }
            var fields: [(name: String, value: String)] = []
            for (column, name) in header.enumerated() where ![sourceColumn, targetColumn, typeColumn].contains(column) && column < row.fields.count {
                let name = name.trimmingCharacters(in: .whitespaces)
                switch name.lowercased() {
                case "id": continue
                case "interval", "timeset", "timestamp":
                    // Gephi's time, kept as written as the tie's period.
                    if !cell(column).isEmpty { fields.append(("period", cell(column))) }
                case "kind": fields.insert(("relation", row.fields[column]), at: 0)
                default: fields.append((name, row.fields[column]))
                }
            }
            let tie = records.tie(source: source, target: target, isDirected: directed, fields: fields, line: row.line)
            records.add(tie, line: row.line)
            if nodes == nil {
                for end in [source, target] where !end.isEmpty && knownIDs.insert(end).inserted { records.add(Actor(id: end)) }
            }
        }
        if !issues.isEmpty, issues.contains(where: { $0.severity == .error }) {
            var all = issues
            do { _ = try records.map() } catch { all += error.issues }
            throw DatasetError(issues: all)
        }
        let map = try records.map()
        return (map, issues + records.issues.filter { $0.severity == .warning })
    }

    /// The two tables of `map`: nodes.csv and edges.csv.
    public static func write(_ map: StakeholderMap) -> (nodes: Data, edges: Data, losses: [ConversionLoss]) {
        var losses = LossTally()
        let actorFields = Actor.knownFields.filter { field in field != "name" && map.actors.contains { $0.datasetValue(ofColumn: field) != nil } }
        let actorExtras = ExtraColumns.columns(listed: map.extraColumns.actors, used: map.actors.map(\.attributes))
        let nodeRows = map.actors.map { actor -> [String] in
            let known: [String] = actorFields.map { actor.datasetValue(ofColumn: $0) ?? "" }
            let extra: [String] = actorExtras.map { actor.attributes[$0] ?? "" }
            return [actor.id, actor.name ?? actor.id] + known + extra
        }
        let nodes = CSVWriter.text(header: ["Id", "Label"] + actorFields + actorExtras, rows: nodeRows, cells: .prefixed)
        let tieFields = ["wave", "date", "source_of_evidence"].filter { field in map.ties.contains { $0.datasetValue(ofColumn: field) != nil } }
        let tieExtras = ExtraColumns.columns(listed: map.extraColumns.ties, used: map.ties.map(\.attributes))
        let edgeRows = map.ties.map { tie -> [String] in
            let first: [String] = [tie.source, tie.target, tie.isDirected ? "Directed" : "Undirected", Tie.text(ofWeight: tie.weight), tie.relation]
            let known: [String] = tieFields.map { tie.datasetValue(ofColumn: $0) ?? "" }
            let extra: [String] = tieExtras.map { tie.attributes[$0] ?? "" }
            return first + known + extra
        }
        let edges = CSVWriter.text(header: ["Source", "Target", "Type", "Weight", "Label"] + tieFields + tieExtras, rows: edgeRows, cells: .prefixed)
        losses.add("actors whose name is their id: Gephi shows the id as the label, which reads back as no name", count: map.actors.count { $0.name == $0.id })
        losses.addRecordsOutsideAGraph(of: map, format: "Gephi's tables")
        return (Data(nodes.utf8), Data(edges.utf8), losses.losses)
    }
}
