import InclusionMap

/// Reads a Pajek network file (`.net`, `.paj`): the format of Pajek (Batagelj & Mrvar),
/// also written by NetworkX (`nx.write_pajek`), igraph (`write_pajek`) and UCINET.
///
/// - `*Vertices n` and up to n lines `k "label" [x y z] [parameters]`; a vertex not listed
///   is an actor with no label. One `*Vertices` section per network, declaring at most the
///   file's line count plus `InputLimits/maximumUnlistedActors` vertices.
/// - A project (`.paj`): `*Network NAME` begins each network. The first is read, or the one
///   ``network`` names (by name or number, from 1), and a warning lists the others. Each
///   `*Partition NAME` and `*Vector NAME` whose `*Vertices` count is the network's becomes an
///   actor column named after it (a file path's last part without its extension:
///   `*Partition C:\data\Family.clu` → `Family`), one value per vertex as written.
/// - `*Arcs` (directed) and `*Edges` (undirected), each line `a b [weight]`; `*Arcslist`
///   and `*Edgeslist`, each line `a b c …` (ties from a to b, c, …); `*Matrix`, n rows of n
///   numbers (a nonzero cell is an arc weighing that much). A section header may name a
///   relation, as Pajek's multi-relational files do: `*Arcs :2 "advice"`; else a line's label
///   parameter (`1 2 1 l "advice"`) does; otherwise ties have the relation `tie`. In a
///   multi-relational file a line may begin with its relation's number, `2: 1 5 1` (an arc of
///   relation 2, named by a header `*Arcs :2 "advice"` when one names it).
/// - A UTF-8 byte-order mark is skipped; lines may end in LF, CR LF, CR alone (classic Mac) or
///   LF CR, and line numbers count lines as an editor shows them.
/// - Ids: when every vertex has a label and no two labels are the same, the labels are the
///   ids (NetworkX and igraph write the node names there); otherwise the vertex numbers are
///   the ids and the labels the names.
/// - `%` starts a comment line; `*Network` names the network (not kept). Coordinates, shapes
///   and colours after a label are not kept: one warning says how many vertices had them.
///
/// Every problem is reported with its line and column, all at once. A partition file beside
/// the network (`NAME.clu`) is read by ``PajekPartition`` into the actor column `partition`
/// when the file is read through `MapFile`.
///
/// Complexity: O(size of the file).
public struct PajekReader: Sendable {
    /// The file name used in issues.
    public var fileName: String

    /// In a project of several networks, the one to read: its name or its number from 1;
    /// `nil` for the first.
    public var network: String?

    /// A reader that names `fileName` in its issues and reads `network` of a project.
    public init(fileName: String = "map.net", network: String? = nil) {
        self.fileName = fileName
        self.network = network
    }

    /// A block of a project: a network, or a partition or vector of values per vertex.
    struct Block {
        enum Kind { case network, partition, vector, other }
        var kind: Kind
        var name: String
        /// The block's lines, by index into the file's lines.
        var lines: Range<Int>
    }

    /// The project's blocks: one network (the whole file) when there is no `*Network`.
    static func blocks(_ lines: [Substring]) -> [Block] {
        var blocks: [Block] = []
        for (index, line) in lines.enumerated() {
            // Only a line starting with * can begin a block: the rest are not tokenised here.
            guard line.first(where: { $0 != " " && $0 != "\t" }) == "*" else { continue }
            let tokens = QuotedWords.split(line.hasSuffix("\r") ? line.dropLast() : line[...])
            guard let first = tokens.first?.text.lowercased() else { continue }
            let kind: Block.Kind? = switch first {
            case "*network": .network
            case "*partition": .partition
            case "*vector": .vector
            case "*permutation", "*cluster", "*hierarchy": .other
            default: nil
            }
            guard let kind else { continue }
            if !blocks.isEmpty { blocks[blocks.count - 1].lines = blocks[blocks.count - 1].lines.lowerBound..<index }
            let name = tokens.dropFirst().map(\.text).joined(separator: " ")
            blocks.append(Block(kind: kind, name: name, lines: index..<lines.count))
        }
        if !blocks.contains(where: { $0.kind == .network }) {
            let end = blocks.first?.lines.lowerBound ?? lines.count
            blocks.insert(Block(kind: .network, name: "", lines: 0..<end), at: 0)
        }
        return blocks
    }

    /// A partition's or vector's column name: the last part of a path, without its extension.
    static func columnName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? name
        let base = last.split(separator: ".").count > 1 ? last.split(separator: ".").dropLast().joined(separator: ".") : last
        return base.trimmingCharacters(in: .whitespaces).isEmpty ? "partition" : base.trimmingCharacters(in: .whitespaces)
    }

    private enum Section {
        case none, vertices, arcs(relation: String?), edges(relation: String?)
        case arcsList(relation: String?), edgesList(relation: String?), matrix(relation: String?, row: Int)
    }

    /// The map `text` describes, and warnings about what it could not hold.
    ///
    /// - Throws: `DatasetError` with every problem found.
    public func read(_ text: String) throws(DatasetError) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        var records = GraphRecords(fileName: fileName)
        var count: Int?
        /// A two-mode network's first set (`*Vertices n n1`): vertices 1…n1 are actors, the
        /// rest engagements.
        var firstSet: Int?
        var labels: [Int: String] = [:]
        var listedOn: [Int: Int] = [:]
        var withParameters = 0
        var section = Section.none
        var pending: [(a: Int, b: Int, directed: Bool, weight: Double, relation: String?, line: Int)] = []
        var lineNumber = 0
        // A byte-order mark, and LF CR line ends (one line each, not two).
        var text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if TextLines.hasLineFeedCarriageReturn(text) { text = text.replacingOccurrences(of: "\n\r", with: "\n") }
        var relationNames: [String: String] = [:]
        let rawLines = TextLines.lines(of: text)
        let lineCount = rawLines.count
        // A project: the network to read, and the partitions and vectors beside it.
        let blocks = Self.blocks(rawLines)
        let networks = blocks.filter { $0.kind == .network }
        let chosen: Block
        if let wanted = network?.trimmingCharacters(in: .whitespaces) {
            let byNumber = Int(wanted).flatMap { $0 >= 1 && $0 <= networks.count ? networks[$0 - 1] : nil }
            guard let found = byNumber ?? networks.first(where: { $0.name.lowercased() == wanted.lowercased() }) else {
                let names = networks.enumerated().map { "\($0.offset + 1) \"\($0.element.name)\"" }.joined(separator: ", ")
                throw DatasetError(issues: [DatasetIssue(file: fileName, message: "no network \"\(wanted)\" in this Pajek file; it holds \(names)")])
            }
            chosen = found
        } else {
            chosen = networks[0]
        }
        if networks.count > 1 {
            let others = networks.filter { $0.lines != chosen.lines }.map { "\"\($0.name)\"" }.joined(separator: ", ")
            records.note("a Pajek project of \(networks.count) networks: \"\(chosen.name)\" is read; the others (\(others)) are not (--network NAME or N reads another)", line: chosen.lines.lowerBound + 1, severity: .warning)
        }
        for (index, rawLine) in rawLines.enumerated() {
            lineNumber += 1
            guard chosen.lines.contains(index) else { continue }
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
            var tokens = QuotedWords.split(line)
            guard let first = tokens.first else { continue }
            if first.text.hasPrefix("%") { continue }
            if first.text.hasPrefix("*") {
                let name = first.text.lowercased()
                let relation = Self.relationName(tokens.dropFirst())
                if let number = tokens.dropFirst().first?.text, number.hasPrefix(":"), number.count > 1, let relation {
                    relationNames[String(number.dropFirst())] = relation
                }
                switch name {
                case "*network": section = .none
                case "*vertices":
                    guard tokens.count >= 2, let n = Int(tokens[1].text), n >= 0 else {
                        records.note("*Vertices: expected the number of vertices, such as *Vertices 34", line: lineNumber, column: first.column)
                        section = .none
                        continue
                    }
                    if count != nil {
                        records.note("a second *Vertices section in one network; expected *Network NAME before each network of a project", line: lineNumber, column: first.column)
                        section = .none
                        continue
                    }
                    guard n <= lineCount + InputLimits.maximumUnlistedActors else {
                        records.note("*Vertices \(n): more than \(InputLimits.maximumUnlistedActors) vertices beyond the file's \(lineCount) lines; a file this short cannot describe so many", line: lineNumber, column: tokens[1].column)
                        section = .none
                        continue
                    }
                    if tokens.count >= 3 {
                        guard let n1 = Int(tokens[2].text), n1 >= 0, n1 <= n else {
                            records.note("*Vertices \(n) \(tokens[2].text): expected the size of the first set of a two-mode network, 0 to \(n)", line: lineNumber, column: tokens[2].column)
                            section = .none
                            continue
                        }
                        firstSet = n1
                    }
                    count = n
                    section = .vertices
                case "*arcs": section = .arcs(relation: relation)
                case "*edges": section = .edges(relation: relation)
                case "*arcslist": section = .arcsList(relation: relation)
                case "*edgeslist": section = .edgesList(relation: relation)
                case "*matrix": section = .matrix(relation: relation, row: 0)
                default:
                    records.note("\(first.text): a Pajek section this reader does not know; expected *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist or *Matrix", line: lineNumber, column: first.column)
                    section = .none
                }
                continue
            }
            func vertex(_ token: Token) -> Int? {
                guard let number = Int(token.text), number >= 1, number <= (count ?? 0) else {
                    records.note("\"\(token.text)\" is not a vertex number; expected 1 to \(count ?? 0)", line: lineNumber, column: token.column)
                    return nil
                }
                return number
            }
            func weight(_ token: Token?) -> Double? { records.weight(token?.text, line: lineNumber, column: token?.column) }
            // A multi-relational line: "2: 1 5 1" is relation 2's arc from 1 to 5.
            var lineRelation: String?
            if first.text.hasSuffix(":"), first.text.count > 1, Int(first.text.dropLast()) != nil {
                let number = String(first.text.dropLast())
                lineRelation = relationNames[number] ?? number
                tokens.removeFirst()
                if tokens.isEmpty {
                    records.note("relation \(number): expected the vertex numbers after the colon, such as 2: 1 5", line: lineNumber, column: first.column)
                    continue
                }
            }
            switch section {
            case .none:
                records.note("a line outside any section; expected *Vertices first", line: lineNumber, column: first.column)
            case .vertices:
                guard let k = vertex(first) else { continue }
                if let earlier = listedOn[k] {
                    // Read as before, the second label silently replaced the first.
                    records.note("vertex \(k) is listed again (first on line \(earlier)); expected each vertex once", line: lineNumber, column: first.column)
                    continue
                }
                listedOn[k] = lineNumber
                if tokens.count >= 2 { labels[k] = tokens[1].text }
                if tokens.count >= 3 { withParameters += 1 }
            case .arcs(let relation), .edges(let relation):
                let directed: Bool
                if case .arcs = section { directed = true } else { directed = false }
                guard tokens.count >= 2 else {
                    records.note("expected two vertex numbers and a weight, such as 1 2 1.5", line: lineNumber, column: first.column)
                    continue
                }
                guard let a = vertex(tokens[0]), let b = vertex(tokens[1]), let w = weight(tokens.count >= 3 ? tokens[2] : nil) else { continue }
                // Parameters after the weight come in pairs; `l` is the line's label: its relation.
                var label: String?
                var position = 3
                while position + 1 < tokens.count {
                    if tokens[position].text == "l" { label = tokens[position + 1].text }
                    position += 2
                }
                pending.append((a, b, directed, w, lineRelation ?? relation ?? label, lineNumber))
            case .arcsList(let relation), .edgesList(let relation):
                let directed: Bool
                if case .arcsList = section { directed = true } else { directed = false }
                guard let a = vertex(tokens[0]) else { continue }
                for token in tokens.dropFirst() {
                    if let b = vertex(token) { pending.append((a, b, directed, 1, lineRelation ?? relation, lineNumber)) }
                }
            case .matrix(let relation, let row):
                section = .matrix(relation: relation, row: row + 1)
                guard row + 1 <= (count ?? 0) else {
                    records.note("more matrix rows than the \(count ?? 0) vertices", line: lineNumber, column: first.column)
                    continue
                }
                if tokens.count != count {
                    records.note("a matrix row of \(tokens.count) cells; expected \(count ?? 0)", line: lineNumber, column: first.column)
                }
                for (column, token) in tokens.enumerated() {
                    guard let w = weight(token) else { continue }
                    if w != 0 { pending.append((row + 1, column + 1, true, w, relation, lineNumber)) }
                }
            }
        }
        guard let count else {
            records.note("no *Vertices section; expected a Pajek network")
            throw DatasetError(issues: records.issues)
        }
        // Labels are the ids when every vertex has one and they are distinct.
        let distinct = Set(labels.values).count == labels.count
        let labelsAreIDs = labels.count == count && distinct && !labels.values.contains { $0.isEmpty }
        // Each vertex's id once (a tie looks its two ends up here, not in a dictionary).
        let ids = (0...count).map { k in labelsAreIDs ? labels[k] ?? String(k) : String(k) }
        func id(_ k: Int) -> String { ids[k] }
        let columns = Self.columns(blocks, lines: rawLines, count: count, records: &records)
        if let firstSet {
            return try Self.twoMode(count: count, firstSet: firstSet, id: id, labels: labelsAreIDs ? [:] : labels, columns: columns,
                                    lines: pending.map { ($0.a, $0.b, $0.weight, $0.line) }, records: records)
        }
        for k in stride(from: 1, through: count, by: 1) {
            var fields: [(name: String, value: String)] = []
            if !labelsAreIDs, let label = labels[k], !label.isEmpty { fields.append(("name", label)) }
            for column in columns where !column.values[k - 1].isEmpty { fields.append((column.name, column.values[k - 1])) }
            records.add(records.actor(id: id(k), fields: fields))
        }
        if withParameters > 0 {
            records.note("coordinates, shapes or colours of \(withParameters) vertices are not kept", severity: .warning)
        }
        // The vertices are numbered: vertex k is actor k − 1, so the ties are built by number,
        // with no id looked up (every number was checked against 1…count as it was read).
        let actors = try records.map()
        var list = TieList(names: actors.actors.map(\.id), capacity: pending.count)
        for tie in pending {
            list.append(sourceNumber: Int32(tie.a - 1), targetNumber: Int32(tie.b - 1), relation: tie.relation ?? Tie.defaultRelation,
                        weight: tie.weight, isDirected: tie.directed)
        }
        do {
            let map = try StakeholderMap(actors: actors.actors, ties: list, extraColumns: actors.extraColumns)
            return (map, records.issues.filter { $0.severity == .warning })
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: fileName, message: "\(error)")])
        }
    }

    /// A two-mode network (`*Vertices n n1`, as Pajek keeps Davis's Southern Women): vertices
    /// 1…n1 are actors, the others engagements, and each line between the sets an attendance
    /// (a weight other than 1 kept as the attendance's `value`, as UCINET DL's two-mode cells
    /// are). A line within one set is an error naming it. Labels name actors and engagements;
    /// partitions and vectors are the actors' columns (an engagement's values are not kept,
    /// and said so).
    static func twoMode(
        count: Int, firstSet: Int, id: (Int) -> String, labels: [Int: String], columns: [(name: String, values: [String])],
        lines: [(a: Int, b: Int, weight: Double, line: Int)], records: GraphRecords
    ) throws(DatasetError) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        var records = records
        for k in stride(from: 1, through: firstSet, by: 1) {
            var fields: [(name: String, value: String)] = []
            if let label = labels[k], !label.isEmpty { fields.append(("name", label)) }
            for column in columns where !column.values[k - 1].isEmpty { fields.append((column.name, column.values[k - 1])) }
            records.add(records.actor(id: id(k), fields: fields))
        }
        let engagements = stride(from: firstSet + 1, through: count, by: 1).map { k in Engagement(id: id(k), name: labels[k].flatMap { $0.isEmpty ? nil : $0 }) }
        let lostValues = columns.reduce(0) { total, column in total + column.values.dropFirst(firstSet).count { !$0.isEmpty } }
        if lostValues > 0 {
            records.note("\(lostValues) partition or vector values of the second set (the engagements) are not kept; an engagement has no such column", severity: .warning)
        }
        var attendance: [Attendance] = []
        var seen: Set<[Int]> = []
        for line in lines {
            let (a, b) = line.a <= firstSet ? (line.a, line.b) : (line.b, line.a)
            guard a <= firstSet, b > firstSet else {
                let set = line.a <= firstSet ? "first (1–\(firstSet))" : "second (\(firstSet + 1)–\(count))"
                records.note("a line from \(line.a) to \(line.b), both in the \(set) set of a two-mode network; expected each line to join the two sets", line: line.line)
                continue
            }
            guard seen.insert([a, b]).inserted else {
                records.note("vertex \(a) and vertex \(b) are joined twice; an attendance is listed once", line: line.line)
                continue
            }
            attendance.append(TwoModeAttendance.attendance(actor: id(a), engagement: id(b), value: line.weight))
        }
        let actors = try records.map()
        do {
            let map = try TwoModeAttendance.map(actors: actors.actors, engagements: engagements, attendance: attendance, extraColumns: actors.extraColumns)
            return (map, records.issues.filter { $0.severity == .warning })
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: records.fileName, message: "\(error)")])
        }
    }

    /// The partitions and vectors of the project with `count` vertices, as actor columns:
    /// each vertex's value as written. Others are named in a warning.
    static func columns(_ blocks: [Block], lines: [Substring], count: Int, records: inout GraphRecords) -> [(name: String, values: [String])] {
        var columns: [(name: String, values: [String])] = []
        var skipped: [String] = []
        let others = blocks.filter { $0.kind == .other }.count
        if others > 0 {
            records.note("\(others) permutations, clusters or hierarchies of the project are not kept", severity: .warning)
        }
        for block in blocks where block.kind == .partition || block.kind == .vector {
            var values: [String] = [], declared: Int?
            for index in block.lines.dropFirst() {
                let line = lines[index].hasSuffix("\r") ? lines[index].dropLast() : lines[index][...]
                let tokens = QuotedWords.split(line)
                guard let first = tokens.first, !first.text.hasPrefix("%") else { continue }
                if first.text.lowercased() == "*vertices" {
                    declared = tokens.count > 1 ? Int(tokens[1].text) : nil
                    continue
                }
                values.append(first.text)
            }
            let name = columnName(block.name)
            guard declared == count, values.count == count else {
                skipped.append(name)
                continue
            }
            columns.append((columns.contains { $0.name == name } ? "\(name)-\(columns.count + 1)" : name, values))
        }
        if !skipped.isEmpty {
            records.note("partitions or vectors of another size than this network's \(count) vertices are not kept: \(skipped.joined(separator: ", "))", severity: .warning)
        }
        return columns
    }

    /// A word of a line and its column (`QuotedWords`).
    typealias Token = QuotedWords.Word

    /// The relation a section header names: `:2 "advice"` → advice; `:2` alone → `2`.
    static func relationName(_ tokens: ArraySlice<Token>) -> String? {
        guard let first = tokens.first, first.text.hasPrefix(":") else { return nil }
        if tokens.count >= 2 { return tokens[tokens.startIndex + 1].text }
        let number = first.text.dropFirst()
        return number.isEmpty ? nil : String(number)
    }
}
