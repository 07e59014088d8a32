import Foundation
import InclusionMap

/// UCINET's DL format (Borgatti, Everett & Freeman, *UCINET for Windows*, "DL files"), as
/// UCINET, NetDraw, R's `statnet` users and many published datasets exchange it.
///
/// ```text
/// dl n=3 nm=2 format=fullmatrix
/// labels:
/// ann, bo, cy
/// matrix labels:
/// advice, friendship
/// data:
/// 0 1 0
/// …
/// ```
///
/// Reading: the keywords `n=`, `nm=` and `format=` (`fullmatrix`, the default;
/// `edgelist1`; `nodelist1`) in the header, in any case and spacing; `labels:` (or `row
/// labels:`, which one-mode data shares with `column labels:`), separated by commas, spaces
/// or line breaks and optionally quoted; `labels embedded` (the first row and column, or the
/// labels in place of numbers in edge and node lists; `labels embedded:` too), with row labels
/// that may differ from the column labels in case; `matrix labels:` naming the relations; then
/// `data:`. A full matrix's rows may wrap over several lines (UCINET's free format): when the
/// values are exactly as many as the matrices need, they are read as a stream. Without labels, actors are numbered 1 to n. A full matrix reads as in
/// `AdjacencyMatrix` (symmetric → undirected). Edge lists (`i j [weight]`) and node lists
/// (`i j k …`: ties from i to j, k, …) are arcs; several matrices in an edge or node list
/// are not supported (an error says so). Two-mode data (`nr=`, `nc=`: people × events) reads as
/// actors, engagements and attendance (`twoMode`). Every problem is reported with its line,
/// all at once.
///
/// Writing: `format=fullmatrix` with one matrix per relation (``write(_:)``) or
/// `format=edgelist1` with labels embedded and the weight (``writeEdgeList(_:)``; one
/// relation per file, as UCINET reads edge lists). Labels are the ids, quoted when they hold a
/// space or comma. The loss report counts what the format cannot hold.
public enum UCINETDL {
    enum Format: String { case fullmatrix, edgelist1, nodelist1 }

    /// The map a DL file describes.
    ///
    /// - Throws: `DatasetError` with every problem found.
    public static func read(_ text: String, fileName: String = "map.dl") throws(DatasetError) -> StakeholderMap {
        var records = GraphRecords(fileName: fileName)
        let lines = TextLines.lines(of: text)
            .enumerated().map { (number: $0 + 1, text: String($1)) }
        // The header: everything before the first section keyword.
        var n: Int?, matrices = 1, format = Format.fullmatrix, embedded = false
        var labels: [String] = [], relationNames: [String] = [], columnLabels: [String] = []
        var rowCount: Int?, columnCount: Int?
        var position = 0
        func fail(_ message: String, _ line: Int?) -> DatasetError {
            DatasetError(issues: records.issues + [DatasetIssue(file: fileName, line: line, message: message)])
        }
        guard let first = lines.firstIndex(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }),
              lines[first].text.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("dl") else {
            throw fail("expected a DL file starting with \"dl n=…\"", 1)
        }
        position = first
        var headerWords: [(String, Int)] = []
        var section: String?
        // Reads keywords until `data:`; collects label lists.
        while position < lines.count {
            let (number, raw) = lines[position]
            var rest = Substring(raw)
            if position == first { rest = rest.drop { $0 == " " || $0 == "\t" }.dropFirst(2) }
            while !rest.isEmpty {
                let lowered = rest.lowercased().trimmingCharacters(in: .whitespaces)
                let keywords = ["row labels:", "column labels:", "col labels:", "matrix labels:", "labels embedded:", "labels:", "data:", "labels embedded"]
                if let keyword = keywords.first(where: { lowered.hasPrefix($0) }) {
                    let trimmed = rest.drop { $0 == " " || $0 == "\t" }
                    rest = trimmed.dropFirst(keyword.count)
                    if keyword.hasPrefix("labels embedded") { embedded = true; continue }
                    section = keyword
                    if keyword == "data:" { break }
                    continue
                }
                switch section {
                case nil:
                    headerWords += rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map { (String($0), number) }
                    rest = ""
                case "matrix labels:":
                    relationNames += labelTokens(rest)
                    rest = ""
                case "column labels:", "col labels:":
                    // One-mode: the same as the row labels; two-mode: the events.
                    columnLabels += labelTokens(rest)
                    rest = ""
                default:
                    labels += labelTokens(rest)
                    rest = ""
                }
            }
            position += 1
            if section == "data:" { break }
        }
        // Header keywords, which may be written `n=5`, `n = 5` or `n 5`.
        let flat = headerWords.map { ($0.0.lowercased(), $0.1) }
        var index = 0
        while index < flat.count {
            var (word, line) = flat[index]
            var value: String?
            if let equals = word.firstIndex(of: "=") {
                value = String(word[word.index(after: equals)...])
                word = String(word[..<equals])
                if value!.isEmpty, index + 1 < flat.count { index += 1; value = flat[index].0 }
            } else if index + 1 < flat.count, flat[index + 1].0.hasPrefix("=") {
                index += 1
                value = String(flat[index].0.dropFirst())
                if value!.isEmpty, index + 1 < flat.count { index += 1; value = flat[index].0 }
            }
            switch word {
            case "n": n = value.flatMap { Int($0) }; if n == nil { records.note("n=\(value ?? ""): expected the number of actors", line: line) }
            case "nm":
                matrices = value.flatMap { Int($0) } ?? 0
                guard matrices >= 1, matrices <= lines.count else {
                    throw fail("nm=\(value ?? ""): expected the number of matrices, 1 or more and no more than the file's lines", line)
                }
            case "nr", "nc":
                guard let number = value.flatMap({ Int($0) }), number >= 0, number <= lines.count + InputLimits.maximumUnlistedActors else {
                    throw fail("\(word)=\(value ?? ""): expected the number of \(word == "nr" ? "rows" : "columns")", line)
                }
                if word == "nr" { rowCount = number } else { columnCount = number }
            case "format":
                guard let value, let chosen = Format(rawValue: value) else {
                    throw fail("format=\(value ?? ""): expected fullmatrix, edgelist1 or nodelist1", line)
                }
                format = chosen
            case "labels", "embedded": embedded = embedded || word == "embedded"
            case "diagonal", "symmetric": break
            default: records.note("\"\(word)\" is not a DL keyword this reader knows; it is ignored", line: line, severity: .warning)
            }
            index += 1
        }
        if rowCount != nil || columnCount != nil {
            guard let rows = rowCount, let columns = columnCount else { throw fail("two-mode data needs both nr= and nc=", lines[first].number) }
            guard section == "data:" else { throw fail("no data: section", lines.last?.number) }
            return try twoMode(rows: rows, columns: columns, rowLabels: labels, columnLabels: columnLabels, embedded: embedded,
                               data: lines[position...].filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }, fileName: fileName)
        }
        guard let count = n else { throw fail("no n=; expected the number of actors in the header, such as dl n=5", lines[first].number) }
        guard count >= 0 else { throw fail("n=\(count): expected the number of actors, 0 or more", lines[first].number) }
        guard count <= lines.count + InputLimits.maximumUnlistedActors else {
            throw fail("n=\(count): more than \(InputLimits.maximumUnlistedActors) actors beyond the file's \(lines.count) lines; a file this short cannot describe so many", lines[first].number)
        }
        guard section == "data:" else { throw fail("no data: section", lines.last?.number) }
        if matrices > 1, format != .fullmatrix {
            throw fail("\(matrices) matrices in \(format.rawValue) format; this reader takes several matrices only as fullmatrix", lines[first].number)
        }
        if !labels.isEmpty, labels.count != count {
            records.note("\(labels.count) labels for n=\(count) actors", line: lines[first].number)
        }
        if relationNames.isEmpty { relationNames = matrices == 1 ? [Tie.defaultRelation] : (1...matrices).map { "matrix \($0)" } }
        let dataLines = lines[position...].filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
        var ids = labels.count == count ? labels : (1...max(count, 1)).prefix(count).map(String.init)
        var ties: [(Tie, Int)] = []

        switch format {
        case .fullmatrix:
            var rows = dataLines.map { (number: $0.number, tokens: labelTokens(Substring($0.text))) }
            // UCINET's free format: a row may wrap over several lines. When the lines do not
            // hold a row each but the values are exactly as many as the matrices need, read
            // them as one stream cut into rows (each row at the line where it starts).
            let width = count + (embedded ? 1 : 0)
            let needed = (embedded ? count : 0) + matrices * count * width
            let oneRowPerLine = rows.count == (embedded ? 1 : 0) + matrices * count
                && rows.enumerated().allSatisfy { $0.element.tokens.count == ($0.offset == 0 && embedded ? count : width) }
            if !oneRowPerLine, count > 0, rows.reduce(0, { $0 + $1.tokens.count }) == needed {
                var stream = rows.flatMap { row in row.tokens.map { (number: row.number, text: $0) } }[...]
                var wrapped: [(number: Int, tokens: [String])] = []
                if embedded {
                    wrapped.append((stream.first!.number, stream.prefix(count).map(\.text)))
                    stream = stream.dropFirst(count)
                }
                while !stream.isEmpty {
                    wrapped.append((stream.first!.number, stream.prefix(width).map(\.text)))
                    stream = stream.dropFirst(width)
                }
                rows = wrapped
            }
            if embedded, let header = rows.first {
                guard header.tokens.count == count else {
                    throw fail("\(header.tokens.count) labels embedded in the first row for n=\(count) actors", header.number)
                }
                ids = header.tokens
                rows.removeFirst()
            }
            for m in 0..<matrices {
                let block = rows.dropFirst(m * count).prefix(count)
                if block.count < count {
                    records.note("matrix \(m + 1) has \(block.count) rows; expected \(count)", line: block.last?.number ?? dataLines.last?.number)
                    continue
                }
                // Each row is read into its nonzero cells, every problem noted; the n × n
                // matrix is made only when every row has n values, so its size is bounded by
                // the cells the file holds.
                var nonzero: [(i: Int, j: Int, value: Double)] = []
                var wellFormed = true
                for (i, row) in block.enumerated() {
                    var tokens = row.tokens[...]
                    if embedded {
                        // A row label may differ from its column label in case only.
                        if tokens.first?.lowercased() != ids[i].lowercased() {
                            records.note("row label \"\(tokens.first ?? "")\"; expected \"\(ids[i])\"", line: row.number)
                        }
                        tokens = tokens.dropFirst()
                    }
                    if tokens.count != count {
                        wellFormed = false
                        records.note(embedded && row.tokens.isEmpty ? "a row with no label and no values; expected a label and \(count) values"
                                                                    : "a row of \(tokens.count) values; expected \(count)", line: row.number)
                    }
                    for (j, token) in tokens.prefix(count).enumerated() {
                        guard case .success(let value) = DecimalNumber.parse(token) else {
                            records.note("\"\(token)\" is not a weight; expected a number (0 for no tie, negative for a negative tie)", line: row.number)
                            continue
                        }
                        if value != 0 { nonzero.append((i, j, value)) }
                    }
                }
                guard wellFormed else { continue }
                var cells = Array(repeating: Array(repeating: 0.0, count: count), count: count)
                for cell in nonzero { cells[cell.i][cell.j] = cell.value }
                for tie in AdjacencyMatrix(labels: ids, cells: cells).ties(relation: relationNames[min(m, relationNames.count - 1)]) {
                    ties.append((tie, block.first!.number))
                }
            }
            if rows.count > matrices * count { records.note("\(rows.count - matrices * count) rows after the last matrix", line: rows[matrices * count].number) }
        case .edgelist1, .nodelist1:
            func actor(_ token: String, _ line: Int) -> String? {
                // Labels embedded: actors are named by label (and, without a labels: list,
                // listed in the order they first appear).
                if embedded { return token }
                guard let k = Int(token), k >= 1, k <= count else {
                    records.note("\"\(token)\" is not an actor number; expected 1 to \(count)", line: line)
                    return nil
                }
                return ids[k - 1]
            }
            if embedded, labels.isEmpty { ids = [] }
            var named = Set(ids)
            func name(_ id: String) {
                if embedded, named.insert(id).inserted { ids.append(id) }
            }
            for row in dataLines {
                let tokens = labelTokens(Substring(row.text))
                guard tokens.count >= 2 else {
                    records.note("expected at least two actors on the line", line: row.number)
                    continue
                }
                guard let source = actor(tokens[0], row.number) else { continue }
                name(source)
                if format == .edgelist1 {
                    guard let target = actor(tokens[1], row.number) else { continue }
                    name(target)
                    var weight = 1.0
                    if tokens.count >= 3 {
                        guard case .success(let value) = DecimalNumber.parse(tokens[2]) else {
                            records.note("\"\(tokens[2])\" is not a weight; expected a number (negative for a negative tie)", line: row.number)
                            continue
                        }
                        weight = value
                    }
                    ties.append((Tie(source: source, target: target, relation: relationNames[0], weight: weight, isDirected: true), row.number))
                } else {
                    for token in tokens.dropFirst() {
                        guard let target = actor(token, row.number) else { continue }
                        name(target)
                        ties.append((Tie(source: source, target: target, relation: relationNames[0], isDirected: true), row.number))
                    }
                }
            }
            if embedded, ids.count > count { records.note("\(ids.count) actors named in the data; n=\(count)", line: lines[first].number) }
        }
        for id in ids { records.add(Actor(id: id)) }
        for (tie, line) in ties { records.add(tie, line: line) }
        return try records.map()
    }

    /// Splits on commas, spaces and tabs; a double-quoted label may hold them.
    /// Two-mode data (`nr=`, `nc=`): people × events, as Davis's Southern Women are kept. Rows
    /// are actors, columns engagements, and a nonzero cell is the row's attendance at the
    /// column's event (a value other than 1 is kept as the attendance's `value`). Labels come
    /// from `row labels:` and `column labels:`, or embedded; otherwise rows are numbered 1…nr
    /// and columns `event 1`…. Rows may wrap over lines; the values must be exactly nr × nc.
    static func twoMode(
        rows: Int, columns: Int, rowLabels: [String], columnLabels: [String], embedded: Bool,
        data: [(number: Int, text: String)], fileName: String
    ) throws(DatasetError) -> StakeholderMap {
        func fail(_ message: String, _ line: Int?) -> DatasetError {
            DatasetError(issues: [DatasetIssue(file: fileName, line: line, message: message)])
        }
        var stream = data.flatMap { row in labelTokens(Substring(row.text)).map { (number: row.number, text: $0) } }[...]
        var actorIDs = rowLabels.count == rows ? rowLabels : (0..<rows).map { "\($0 + 1)" }
        var eventIDs = columnLabels.count == columns ? columnLabels : (0..<columns).map { "event \($0 + 1)" }
        if !rowLabels.isEmpty, rowLabels.count != rows { throw fail("\(rowLabels.count) row labels for nr=\(rows)", data.first?.number) }
        if !columnLabels.isEmpty, columnLabels.count != columns { throw fail("\(columnLabels.count) column labels for nc=\(columns)", data.first?.number) }
        let needed = (embedded ? columns : 0) + rows * (columns + (embedded ? 1 : 0))
        guard stream.count == needed else {
            throw fail("\(stream.count) values for a \(rows) × \(columns) matrix\(embedded ? " with its labels" : ""); expected \(needed)", stream.last?.number ?? data.last?.number)
        }
        if embedded {
            eventIDs = stream.prefix(columns).map(\.text)
            stream = stream.dropFirst(columns)
        }
        var attendance: [Attendance] = []
        for i in 0..<rows {
            if embedded {
                actorIDs[i] = stream.first!.text
                stream = stream.dropFirst()
            }
            for j in 0..<columns {
                let cell = stream.first!
                stream = stream.dropFirst()
                guard case .success(let value) = DecimalNumber.parse(cell.text), value >= 0 else {
                    throw fail("\"\(cell.text)\" is not a value; expected a number of 0 or more (row \(i + 1), column \(j + 1))", cell.number)
                }
                if value != 0 {
                    attendance.append(TwoModeAttendance.attendance(actor: actorIDs[i], engagement: eventIDs[j], value: value))
                }
            }
        }
        do {
            return try TwoModeAttendance.map(actors: actorIDs.map { Actor(id: $0) }, engagements: eventIDs.map { Engagement(id: $0) },
                                             attendance: attendance)
        } catch {
            throw fail("\(error)", data.first?.number)
        }
    }

    static func labelTokens(_ text: Substring) -> [String] {
        var tokens: [String] = [], current = "", quoted = false, any = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false } else { current.append(character) }
            } else if character == "\"" {
                quoted = true
                any = true
            } else if character == "," || character == " " || character == "\t" {
                if any || !current.isEmpty { tokens.append(current) }
                current = ""
                any = false
            } else {
                current.append(character)
            }
        }
        if any || !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// A label as DL writes it: quoted when it holds a space, comma or quote (quotes become ').
    static func label(_ id: String) -> String {
        guard id.contains(where: { $0 == " " || $0 == "," || $0 == "\"" || $0 == "\t" || $0 == "\n" }) else { return id }
        return "\"" + id.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "\n", with: " ") + "\""
    }

    /// The map as `format=fullmatrix`, one matrix per relation.
    public static func write(_ map: StakeholderMap) -> ConvertedMap {
        var losses = LossTally()
        let relations = map.relations.isEmpty ? [Tie.defaultRelation] : map.relations
        let ids = map.actors.map(\.id)
        var text = "dl n=\(ids.count) nm=\(relations.count) format=fullmatrix\nlabels:\n"
        text += ids.map(label).joined(separator: ",") + "\nmatrix labels:\n" + relations.map(label).joined(separator: ",") + "\ndata:\n"
        for relation in relations {
            let ties = map.ties.filter { $0.relation == relation }
            let matrix = AdjacencyMatrix(ids: ids, ties: ties)
            for row in matrix.cells { text += row.map(AdjacencyMatrix.text).joined(separator: " ") + "\n" }
            AdjacencyMatrix.losses(of: ties, into: &losses, relation: relation)
        }
        losses.add("ids with a double quote or line break, written with ' or a space", count: ids.count { $0.contains("\"") || $0.contains("\n") })
        losses.addActorFields(of: map, format: "UCINET DL")
        losses.addRecordsOutsideAGraph(of: map, format: "UCINET DL")
        return ConvertedMap(data: Data(text.utf8), losses: losses.losses)
    }

    /// The map as `format=edgelist1` with labels embedded and weights: one relation (the
    /// map's first), ties as arcs.
    public static func writeEdgeList(_ map: StakeholderMap) -> ConvertedMap {
        var losses = LossTally()
        let relation = map.relations.first ?? Tie.defaultRelation
        var text = "dl n=\(map.actors.count) format=edgelist1\nlabels embedded\nlabels:\n"
        text += map.actors.map { label($0.id) }.joined(separator: ",") + "\ndata:\n"
        for tie in map.ties where tie.relation == relation {
            text += "\(label(tie.source)) \(label(tie.target)) \(AdjacencyMatrix.text(tie.weight))\n"
        }
        losses.add("ties of other relations than \(relation) (an edge list holds one relation)", count: map.ties.count { $0.relation != relation })
        losses.add("undirected ties of \(relation), written as one arc each", count: map.ties.count { $0.relation == relation && !$0.isDirected })
        losses.addActorFields(of: map, format: "UCINET DL")
        losses.addRecordsOutsideAGraph(of: map, format: "UCINET DL")
        return ConvertedMap(data: Data(text.utf8), losses: losses.losses)
    }
}
