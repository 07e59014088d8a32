import Foundation
import InclusionMap

/// An adjacency matrix as a CSV file: the first row and the first column are the actors'
/// ids, each other cell the weight of the tie from the row's actor to the column's (empty or
/// 0: no tie). The layout spreadsheets and R (`write.csv` of a matrix) use.
///
/// Reading: the header's first cell may be anything (it is ignored); the row labels must be
/// the column labels in the same order. A symmetric matrix gives undirected ties, one per
/// pair; an asymmetric one gives arcs; the relation is `tie` unless given. Every cell that is
/// not a number of 0 or more, and every label out of place, is reported with its line and
/// column, all at once.
///
/// Writing: one relation per file (the map's only relation, or the one asked for); the loss
/// report counts the rest and what a matrix cannot tell apart (see `AdjacencyMatrix`).
/// Cells are written as plain numbers; a label a spreadsheet would run as a formula gets a
/// leading `'` (`SpreadsheetCell/prefixed(_:)`), which reading takes off.
public enum MatrixCSV {
    /// Whether `data` is a CSV whose first column repeats its header's labels (after the
    /// corner cell): how a matrix is told from other CSV files. Only the first 100 lines are
    /// looked at; reading checks the rest.
    public static func looksLikeMatrix(_ data: Data) -> Bool {
        var lines = 0
        let head = data.prefix { byte in
            if byte == UInt8(ascii: "\n") { lines += 1 }
            return lines < 100
        }
        guard let table = try? CSVReader.read(head, unprefixing: true), let header = table.header, header.fields.count >= 2 else { return false }
        let labels = header.fields.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        let firstColumn = table.rows.map { ($0.fields.first ?? "").trimmingCharacters(in: .whitespaces) }
        return !firstColumn.isEmpty && Array(labels.prefix(firstColumn.count)) == firstColumn
    }

    /// The map the matrix `data` describes.
    ///
    /// - Throws: `DatasetError` with every problem found.
    public static func read(_ data: Data, fileName: String = "matrix.csv", relation: String = Tie.defaultRelation) throws(DatasetError) -> StakeholderMap {
        let bytes = try TextEncoding.utf8Bytes(of: data, fileName: fileName)
        let table: CSVTable
        do {
            table = try CSVReader.read(bytes, unprefixing: true)
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: fileName, line: error.line, column: error.field, message: error.message)])
        }
        var records = GraphRecords(fileName: fileName)
        guard let header = table.header, header.fields.count >= 2 else {
            throw DatasetError(issues: [DatasetIssue(file: fileName, line: 1, message: "expected a header row: a corner cell, then one id per column")])
        }
        let labels = header.fields.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        if table.rows.count != labels.count {
            records.note("\(table.rows.count) rows for \(labels.count) columns; expected a square matrix", line: table.rows.last?.line ?? 1)
        }
        var cells = Array(repeating: Array(repeating: 0.0, count: labels.count), count: labels.count)
        for (i, row) in table.rows.enumerated() where i < labels.count {
            let label = row.fields.first?.trimmingCharacters(in: .whitespaces) ?? ""
            if label != labels[i] {
                records.note("row label \"\(label)\"; expected \"\(labels[i])\", the label of column \(i + 2), so that rows and columns are the same actors", line: row.line, column: 1)
            }
            if row.fields.count != labels.count + 1 {
                records.note("row has \(row.fields.count) fields; expected \(labels.count + 1)", line: row.line)
            }
            for (j, field) in row.fields.dropFirst().prefix(labels.count).enumerated() {
                let text = field.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { continue }
                guard case .success(let value) = DecimalNumber.parse(text) else {
                    records.note("\"\(text)\" is not a weight; expected a number (empty or 0 for no tie, negative for a negative tie)", line: row.line, column: j + 2)
                    continue
                }
                cells[i][j] = value
            }
        }
        for label in labels { records.add(Actor(id: label), line: header.line) }
        for tie in AdjacencyMatrix(labels: labels, cells: cells).ties(relation: relation) { records.add(tie) }
        return try records.map()
    }

    /// The matrix CSV of one relation of `map` (its only one when `relation` is `nil`).
    public static func write(_ map: StakeholderMap, relation: String? = nil) -> ConvertedMap {
        var losses = LossTally()
        let chosen = relation ?? map.relations.first ?? Tie.defaultRelation
        let ties = map.ties.filter { $0.relation == chosen }
        let matrix = AdjacencyMatrix(ids: map.actors.map(\.id), ties: ties)
        let rows = map.actors.indices.map { i in [map.actors[i].id] + matrix.cells[i].map(AdjacencyMatrix.text) }
        let text = CSVWriter.text(header: [""] + map.actors.map(\.id), rows: rows, cells: .prefixed)
        losses.add("ties of other relations than \(chosen) (a matrix holds one relation)", count: map.ties.count - ties.count)
        AdjacencyMatrix.losses(of: ties, into: &losses, relation: chosen)
        losses.addActorFields(of: map, format: "a matrix")
        losses.addRecordsOutsideAGraph(of: map, format: "a matrix")
        return ConvertedMap(data: Data(text.utf8), losses: losses.losses)
    }
}
