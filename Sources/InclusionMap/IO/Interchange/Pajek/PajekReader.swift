/// Reads a Pajek network file (`.net`, `.paj`): the format of Pajek (Batagelj & Mrvar),
/// also written by NetworkX (`nx.write_pajek`), igraph (`write_pajek`) and UCINET.
///
/// - `*Vertices n` and up to n lines `k "label" [x y z] [parameters]`; a vertex not listed
///   is an actor with no label. One `*Vertices` section per file (a `.paj` project holding
///   several networks is refused), declaring at most the file's line count plus
///   `InputLimits/maximumUnlistedActors` vertices.
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

    /// A reader that names `fileName` in its issues.
    public init(fileName: String = "map.net") {
        self.fileName = fileName
    }

    private enum Section {
        case none, vertices, arcs(relation: String?), edges(relation: String?)
        case arcsList(relation: String?), edgesList(relation: String?), matrix(relation: String?, row: Int)
    }

    /// The map `text` describes, and warnings about what it could not hold.
    ///
    /// - Throws: ``DatasetError`` with every problem found.
    public func read(_ text: String) throws(DatasetError) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        var records = GraphRecords(fileName: fileName)
        var count: Int?
        var labels: [Int: String] = [:]
        var listedOn: [Int: Int] = [:]
        var withParameters = 0
        var section = Section.none
        var pending: [(a: Int, b: Int, directed: Bool, weight: Double, relation: String?, line: Int)] = []
        var lineNumber = 0
        // A byte-order mark, and LF CR line ends (one line each, not two).
        var text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if text.contains("\n\r") { text = text.replacingOccurrences(of: "\n\r", with: "\n") }
        var relationNames: [String: String] = [:]
        let rawLines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        let lineCount = rawLines.count
        for rawLine in rawLines {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
            var tokens = Self.tokens(line)
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
                        records.note("a second *Vertices section; a file holds one network (split a .paj project into its networks first)", line: lineNumber, column: first.column)
                        section = .none
                        continue
                    }
                    guard n <= lineCount + InputLimits.maximumUnlistedActors else {
                        records.note("*Vertices \(n): more than \(InputLimits.maximumUnlistedActors) vertices beyond the file's \(lineCount) lines; a file this short cannot describe so many", line: lineNumber, column: tokens[1].column)
                        section = .none
                        continue
                    }
                    if tokens.count >= 3 {
                        records.note("*Vertices \(n) \(tokens[2].text): a two-mode network; its two sets are read as one set of actors", line: lineNumber, severity: .warning)
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
            func weight(_ token: Token?) -> Double? {
                guard let token else { return 1 }
                guard case .success(let number) = DecimalNumber.parse(token.text), number >= 0 else {
                    records.note("weight \"\(token.text)\" is not a number of 0 or more", line: lineNumber, column: token.column)
                    return nil
                }
                return number
            }
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
        func id(_ k: Int) -> String { labelsAreIDs ? labels[k] ?? String(k) : String(k) }
        for k in stride(from: 1, through: count, by: 1) {
            var actor = Actor(id: id(k))
            if !labelsAreIDs, let label = labels[k], !label.isEmpty { actor.name = label }
            records.add(actor)
        }
        for tie in pending {
            records.add(Tie(source: id(tie.a), target: id(tie.b), relation: tie.relation ?? Tie.defaultRelation,
                            weight: tie.weight, isDirected: tie.directed), line: tie.line)
        }
        if withParameters > 0 {
            records.note("coordinates, shapes or colours of \(withParameters) vertices are not kept", severity: .warning)
        }
        let map = try records.map()
        return (map, records.issues.filter { $0.severity == .warning })
    }

    struct Token {
        var text: String
        var column: Int
    }

    /// Splits a line on spaces and tabs; a double-quoted token may hold spaces (no escapes:
    /// Pajek has none).
    static func tokens(_ line: Substring) -> [Token] {
        var tokens: [Token] = []
        var current = "", start = 0, quoted = false, inToken = false
        for (offset, character) in line.enumerated() {
            if quoted {
                if character == "\"" { quoted = false; tokens.append(Token(text: current, column: start)); current = ""; inToken = false } else { current.append(character) }
            } else if character == "\"" && !inToken {
                quoted = true
                start = offset + 1
            } else if character == " " || character == "\t" {
                if inToken { tokens.append(Token(text: current, column: start)); current = ""; inToken = false }
            } else {
                if !inToken { start = offset + 1; inToken = true }
                current.append(character)
            }
        }
        if inToken || quoted { tokens.append(Token(text: current, column: start)) }
        return tokens
    }

    /// The relation a section header names: `:2 "advice"` → advice; `:2` alone → `2`.
    static func relationName(_ tokens: ArraySlice<Token>) -> String? {
        guard let first = tokens.first, first.text.hasPrefix(":") else { return nil }
        if tokens.count >= 2 { return tokens[tokens.startIndex + 1].text }
        let number = first.text.dropFirst()
        return number.isEmpty ? nil : String(number)
    }
}
