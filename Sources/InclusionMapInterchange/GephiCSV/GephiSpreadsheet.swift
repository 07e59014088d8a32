import Foundation
import InclusionMap

/// Gephi's other two spreadsheet layouts ("CSV format" in Gephi's supported graph formats;
/// File › Import spreadsheet), in a text file or an Excel workbook's first sheet:
///
/// - **Adjacency list**: each row an actor, then the actors it has ties to
///   (`A;B;C` is A → B and A → C). A row of one name is an actor with no tie; a name repeated
///   in a row is a second tie, merged into one of weight 2 as Gephi merges parallel edges.
/// - **Matrix**: a first row of a blank corner then the actors' names (`;A;B;C`), then one row
///   per actor in the same order, its name and its ties' weights (0 or empty for no tie,
///   below 0 a negative tie).
///
/// Cells are separated by `;`, `,`, a tab, `|` or a space — the first of these found in the
/// first line, as Gephi's importer guesses — and may be quoted with `"` (`""` for a quote).
/// Gephi imports both as directed; a list or matrix whose ties all run both ways with the same
/// weight reads as undirected, one tie per pair, as InclusionMap's other matrix readers do.
/// Every problem is reported with its line and column (in a workbook, its sheet and cell), all
/// at once. O(size of the file).
public enum GephiSpreadsheet {
    /// The two layouts.
    public enum Layout: Sendable { case adjacencyList, matrix }

    /// The map the text `text` describes.
    public static func read(_ text: String, fileName: String = "graph.csv") throws(DatasetError) -> StakeholderMap {
        let lines = TextLines.lines(of: text)
        let separator = Self.separator(of: lines.first { !$0.allSatisfy(\.isWhitespace) } ?? "")
        var rows: [Row] = []
        var records = GraphRecords(fileName: fileName)
        for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
            switch Self.cells(line, separator: separator) {
            case .success(let cells): rows.append(Row(number: index + 1, cells: cells))
            case .failure(let open): records.note("a quote that is not closed on its line", line: index + 1, column: open.column)
            }
        }
        return try read(rows, records: records) { row, column in (row, column, nil) }
    }

    /// The map the first sheet of `workbook` describes; problems name the sheet and cell.
    public static func read(_ workbook: Workbook, fileName: String = "graph.xlsx") throws(DatasetError) -> StakeholderMap {
        guard let sheet = workbook.sheets.first else {
            throw DatasetError(issues: [DatasetIssue(file: fileName, message: "a workbook with no sheet; expected an adjacency list or a matrix on the first sheet")])
        }
        let rows = sheet.rows.map { Row(number: $0.number, cells: $0.cells.enumerated().map { Cell(text: $0.element, column: $0.offset + 1) }) }
        var records = GraphRecords(fileName: fileName)
        for error in sheet.errors { records.note("\(sheet.name)!\(error.cell): the cell holds the error \(error.value); expected a value") }
        return try read(rows, records: records) { row, column in (nil, nil, "\(sheet.name)!\(Workbook.reference(column: column - 1, row: row))") }
    }

    /// `map` as an adjacency list Gephi imports: a row per actor, `;`-separated, its id and
    /// the actors its ties go to (an undirected tie in both actors' rows). What the list cannot
    /// hold is counted: weights other than 1, relations, direction of a map with both kinds,
    /// actor and tie fields, departments, engagements and attendance.
    public static func write(_ map: StakeholderMap) -> ConvertedMap {
        var losses = LossTally()
        var targets: [String: [String]] = [:]
        for tie in map.ties {
            targets[tie.source, default: []].append(tie.target)
            if !tie.isDirected, !tie.isSelfLoop { targets[tie.target, default: []].append(tie.source) }
        }
        func cell(_ id: String) -> String {
            id.contains(where: { $0 == ";" || $0 == "\"" || $0.isNewline }) ? "\"" + id.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : id
        }
        var text = ""
        for actor in map.actors { text += ([actor.id] + (targets[actor.id] ?? [])).map(cell).joined(separator: ";") + "\n" }
        losses.add("tie weights other than 1 (a list holds none)", count: map.ties.count { $0.weight != 1 })
        if map.relations.count > 1 { losses.add("relations: every tie is written without its relation", count: map.relations.count) }
        let directed = map.ties.count(where: \.isDirected)
        if directed > 0, directed < map.ties.count {
            losses.add("undirected ties among directed ones: written in both actors' rows, they read back as two arcs", count: map.ties.count - directed)
        }
        losses.addActorFields(of: map, format: "an adjacency list")
        losses.addRecordsOutsideAGraph(of: map, format: "an adjacency list")
        return ConvertedMap(data: Data(text.utf8), losses: losses.losses)
    }

    /// Which layout `rows` have: a matrix when the first row starts with a blank cell (the
    /// corner; an adjacency list's rows start with a name) and names after it; otherwise an
    /// adjacency list.
    static func layout(of rows: [Row]) -> Layout {
        guard let header = rows.first, header.cells.count >= 2, header.cells[0].text.trimmingCharacters(in: .whitespaces).isEmpty else { return .adjacencyList }
        return .matrix
    }

    /// Whether a text file is one of these layouts with a separator other than a comma (a
    /// comma matrix is `MatrixCSV`'s; a comma adjacency list cannot be told from other CSV
    /// files and is read when asked for with `--format gephi-spreadsheet`).
    public static func looksLikeSpreadsheet(_ head: String) -> Bool {
        let lines = head.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }.prefix(100)
        guard let first = lines.first else { return false }
        let separator = Self.separator(of: first)
        guard separator == ";" || separator == "\t" || separator == "|", first.contains(separator) else { return false }
        // Every line splits into names, the first of them not blank except a matrix's corner.
        let rows = lines.enumerated().compactMap { index, line -> Row? in
            guard case .success(let cells) = Self.cells(line, separator: separator) else { return nil }
            return Row(number: index + 1, cells: cells)
        }
        guard rows.count == lines.count else { return false }
        return layout(of: rows) == .matrix || rows.allSatisfy { !($0.cells.first?.text.isEmpty ?? true) }
    }

    struct Cell {
        var text: String
        var column: Int
    }

    struct Row {
        var number: Int
        var cells: [Cell]
    }

    /// A quote left open, at its column.
    struct OpenQuote: Error {
        var column: Int
    }

    /// Reads `rows` in their layout; `place` gives an issue's line and column, or a workbook's
    /// cell reference, for a row number and 1-based column.
    private static func read(_ rows: [Row], records: GraphRecords, place: (Int, Int) -> (line: Int?, column: Int?, cell: String?)) throws(DatasetError) -> StakeholderMap {
        var records = records
        func note(_ message: String, row: Int, column: Int) {
            let at = place(row, column)
            records.note(at.cell.map { "\($0): \(message)" } ?? message, line: at.line, column: at.column)
        }
        func name(_ cell: Cell) -> String { cell.text.trimmingCharacters(in: .whitespaces) }
        var seen: Set<String> = []
        func actor(_ id: String, row: Int, column: Int) {
            if seen.insert(id).inserted { records.add(Actor(id: id), line: place(row, column).line, column: place(row, column).column) }
        }
        var weights: [[String]: Double] = [:], order: [[String]] = [], lineOf: [[String]: Int] = [:]
        func arc(_ source: String, _ target: String, _ weight: Double, row: Int) {
            let key = [source, target]
            if weights[key] == nil { order.append(key); lineOf[key] = row }
            weights[key, default: 0] += weight
        }
        switch layout(of: rows) {
        case .adjacencyList:
            for row in rows {
                guard let first = row.cells.first, !name(first).isEmpty else {
                    note("a row with no actor in its first cell; expected an actor, then the actors it has ties to", row: row.number, column: 1)
                    continue
                }
                actor(name(first), row: row.number, column: first.column)
                for cell in row.cells.dropFirst() where !name(cell).isEmpty {
                    actor(name(cell), row: row.number, column: cell.column)
                    arc(name(first), name(cell), 1, row: row.number)
                }
            }
        case .matrix:
            let names = rows[0].cells.dropFirst().map(name)
            for (column, label) in names.enumerated() {
                if label.isEmpty { note("a blank name in the first row; expected one per column", row: rows[0].number, column: column + 2) } else { actor(label, row: rows[0].number, column: column + 2) }
            }
            if rows.count - 1 != names.count {
                note("\(rows.count - 1) rows for \(names.count) columns; expected a square matrix", row: rows.last!.number, column: 1)
            }
            for (i, row) in rows.dropFirst().prefix(names.count).enumerated() {
                let label = row.cells.first.map(name) ?? ""
                if label != names[i] {
                    note("row name \"\(label)\"; expected \"\(names[i])\", the name of column \(i + 2), so that rows and columns are the same actors", row: row.number, column: 1)
                    continue
                }
                for cell in row.cells.dropFirst() where cell.column - 2 < names.count && !name(cell).isEmpty {
                    guard case .success(let weight) = DecimalNumber.parse(name(cell)) else {
                        note("\"\(name(cell))\" is not a weight; expected a number (0 or empty for no tie, negative for a negative tie)", row: row.number, column: cell.column)
                        continue
                    }
                    if weight != 0 { arc(label, names[cell.column - 2], weight, row: row.number) }
                }
            }
        }
        // Parallel arcs merged above; undirected when every arc is answered by its reverse.
        let arcs = order.map { key in
            ReciprocatedArcs.Arc(source: key[0], target: key[1], relation: Tie.defaultRelation, weight: weights[key]!, line: place(lineOf[key]!, 1).line)
        }
        for (tie, line) in ReciprocatedArcs.ties(arcs) { records.add(tie, line: line) }
        return try records.map()
    }

    /// The separator of a first line: the first of `;`, `,`, tab, `|` and space it holds
    /// outside quotes, or `;` (Gephi's own) when it holds none (a list of one name).
    static func separator(of line: Substring) -> Character {
        var quoted = false
        var found: Set<Character> = []
        for character in line {
            if character == "\"" { quoted.toggle(); continue }
            if !quoted, [";", ",", "\t", "|", " "].contains(character) { found.insert(character) }
        }
        return [";", ",", "\t", "|", " "].first { found.contains($0) } ?? ";"
    }

    /// The cells of a line split at `separator`, with their columns; `.failure` with the
    /// column of a quote left open.
    static func cells(_ line: Substring, separator: Character) -> Result<[Cell], OpenQuote> {
        var cells: [Cell] = [], text = "", column = 1
        var quoted = false, quoteColumn = 0, previousWasQuote = false
        for character in line {
            if quoted {
                if character == "\"" { quoted = false; previousWasQuote = true } else { text.append(character) }
                continue
            }
            if character == "\"" {
                if previousWasQuote { text.append("\"") }
                quoted = true; quoteColumn = cells.count + 1; previousWasQuote = false
                continue
            }
            previousWasQuote = false
            if character == separator {
                if separator != " " || !text.isEmpty { cells.append(Cell(text: text, column: column)) }
                text = ""
                column = cells.count + 1
                continue
            }
            text.append(character)
        }
        if quoted { return .failure(OpenQuote(column: quoteColumn)) }
        if !text.isEmpty || !cells.isEmpty && separator != " " { cells.append(Cell(text: text, column: column)) }
        return .success(cells)
    }
}
