import Foundation
import InclusionMap

/// NetDraw's VNA files (Borgatti 2002, *NetDraw Software for Network Visualization*, Analytic
/// Technologies; the format UCINET's NetDraw opens and saves): sections that start with a line
/// `*Node data`, `*Node properties`, `*Tie data` or `*Tie properties` (any case), each a header
/// line of column names and then one row per node or tie, values separated by spaces or tabs
/// and quoted with `"` when they hold one.
///
/// - **Node data**: the first column is the node's id; the others are its fields, read as
///   every format's are (`name`, `department`, `sector`, … `GraphRecords`).
/// - **Tie data**: `from` and `to` name node ids, then one column per relation holding the
///   tie's strength (0 or empty for no tie in that relation; below 0 a negative tie). A single
///   column named `strength`, `weight` or `value` is the strength of the one relation `tie`;
///   none at all, a tie of weight 1. VNA ties are directed: a relation whose ties all run both
///   ways with the same strength reads as undirected, one tie per pair, as a symmetric
///   matrix does in UCINET.
/// - **Node properties** and **Tie properties** are NetDraw's drawing (position, colour, shape,
///   size): not kept, and said so in a warning. A node named only in ties or properties is an
///   actor with no fields.
///
/// Every problem is reported with its line and column, all at once. O(size of the file).
public enum NetDrawVNA {
    /// The map `text` describes, and warnings for what it holds that a map does not.
    public static func read(_ text: String, fileName: String = "map.vna") throws(DatasetError) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        var records = GraphRecords(fileName: fileName)
        var warnings: [DatasetIssue] = []
        var section: Section?
        var header: (columns: [Token], line: Int)?
        var named: Set<String> = []
        var arcs: [ReciprocatedArcs.Arc] = []
        func mention(_ id: String, line: Int, column: Int) {
            guard !records.hasActor(id), named.insert(id).inserted else { return }
            records.add(Actor(id: id), line: line, column: column)
        }
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : text[...]
        for (index, raw) in TextLines.lines(of: String(body)).enumerated() {
            let line = index + 1
            let trimmed = raw.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("*") {
                let words = trimmed.dropFirst().lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
                guard let found = Section(rawValue: words) else {
                    records.note("section \"\(trimmed)\"; expected *Node data, *Node properties, *Tie data or *Tie properties", line: line, column: 1)
                    section = nil
                    continue
                }
                section = found
                header = nil
                if found == .nodeProperties || found == .tieProperties {
                    warnings.append(DatasetIssue(file: fileName, line: line, severity: .warning,
                                                 message: "\(found.title): NetDraw's drawing (positions, colours, shapes, sizes) is not kept"))
                }
                continue
            }
            var openQuote: Int?
            let tokens = QuotedWords.split(raw, openQuote: &openQuote)
            if let openQuote {
                records.note("a quote that is not closed on its line", line: line, column: openQuote)
                continue
            }
            guard let first = tokens.first else { continue }
            guard let current = section else {
                records.note("a line outside any section; expected *Node data or *Tie data first", line: line, column: first.column)
                continue
            }
            guard let columns = header?.columns, let headerLine = header?.line else {
                header = (tokens, line)
                if current == .tieData || current == .tieProperties, tokens.count < 2 {
                    records.note("a tie header of \(tokens.count) column; expected from, to and the relations", line: line, column: first.column)
                }
                continue
            }
            if tokens.count != columns.count {
                records.note("a row of \(tokens.count) values; expected \(columns.count), one per column of the header on line \(headerLine)", line: line, column: first.column)
                if tokens.count < (current == .nodeData || current == .nodeProperties ? 1 : 2) { continue }
            }
            switch current {
            case .nodeData:
                let fields = zip(columns.dropFirst(), tokens.dropFirst()).map { (name: $0.0.text, value: $0.1.text) }
                guard !records.hasActor(first.text) || named.contains(first.text) else {
                    records.note("node \"\(first.text)\" is listed twice; expected each id once", line: line, column: first.column)
                    continue
                }
                if named.remove(first.text) != nil {
                    // Named first in an earlier section: its fields are given now.
                    let actor = records.actor(id: first.text, fields: fields, line: line)
                    records.updateActor(first.text) { $0 = actor }
                } else {
                    records.add(records.actor(id: first.text, fields: fields, line: line), line: line, column: first.column)
                }
            case .nodeProperties:
                mention(first.text, line: line, column: first.column)
            case .tieData:
                guard tokens.count >= 2 else { continue }
                let source = tokens[0], target = tokens[1]
                mention(source.text, line: line, column: source.column)
                mention(target.text, line: line, column: target.column)
                let relations = Self.relationColumns(columns)
                if columns.count == 2 {
                    arcs.append(.init(source: source.text, target: target.text, relation: Tie.defaultRelation, weight: 1, line: line))
                    continue
                }
                for (relation, value) in zip(relations, tokens.dropFirst(2)) {
                    guard !value.text.isEmpty else { continue }
                    guard let weight = records.weight(value.text, line: line, column: value.column) else { continue }
                    if weight != 0 { arcs.append(.init(source: source.text, target: target.text, relation: relation, weight: weight, line: line)) }
                }
            case .tieProperties:
                if tokens.count >= 2 {
                    mention(tokens[0].text, line: line, column: tokens[0].column)
                    mention(tokens[1].text, line: line, column: tokens[1].column)
                }
            }
        }
        for (tie, line) in ReciprocatedArcs.ties(arcs) { records.add(tie, line: line) }
        return (try records.map(), warnings)
    }

    /// `map` as VNA: a *Node data section with every actor field, and a *Tie data section with
    /// one column per relation, one row per tie (its weight in its relation's column, 0 in the
    /// others). What VNA cannot hold is counted: undirected ties are written as an arc each way
    /// (a relation whose ties are all undirected reads back as undirected), tie fields other than
    /// the relation and weight, departments, engagements and attendance.
    public static func write(_ map: StakeholderMap) -> ConvertedMap {
        var losses = LossTally()
        let keys = GraphMLWriter.nodeKeys(map)
        var text = "*Node data\n" + (["ID"] + keys.map(\.name)).map(quoted).joined(separator: " ") + "\n"
        for actor in map.actors {
            text += ([actor.id] + keys.map { $0.value(actor) ?? "" }).map(quoted).joined(separator: " ") + "\n"
        }
        let relations = map.relations
        text += "*Tie data\n" + (["from", "to"] + relations).map(quoted).joined(separator: " ") + "\n"
        let column = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, $0) })
        for tie in map.ties {
            var values = [String](repeating: "0", count: relations.count)
            values[column[tie.relation]!] = Tie.text(ofWeight: tie.weight)
            let ends = tie.isDirected || tie.isSelfLoop ? [(tie.source, tie.target)] : [(tie.source, tie.target), (tie.target, tie.source)]
            for (from, to) in ends { text += ([quoted(from), quoted(to)] + values).joined(separator: " ") + "\n" }
        }
        for relation in relations {
            let ties = map.ties.filter { $0.relation == relation }
            let undirected = ties.count { !$0.isDirected }
            if undirected > 0, undirected < ties.count {
                losses.add("undirected ties of \(relation) among directed ones, written as an arc each way", count: undirected)
            }
            let directed = ties.filter(\.isDirected).map { ReciprocatedArcs.Arc(source: $0.source, target: $0.target, relation: relation, weight: $0.weight) }
            if undirected == 0, !directed.isEmpty, ReciprocatedArcs.isSymmetric(directed) {
                losses.add("directed ties of \(relation) that are all reciprocated with the same weight: they read back as undirected", count: directed.count)
            }
        }
        let fields = ["wave", "date", "source_of_evidence"].filter { field in map.ties.contains { $0.datasetValue(ofColumn: field) != nil } }.count
            + ExtraColumns.columns(listed: map.extraColumns.ties, used: map.ties.map(\.attributes)).count
        losses.add("tie fields other than the relation and weight (VNA's tie columns are relations)", count: fields)
        let quotes = map.actors.count { actor in actor.id.contains("\"") || keys.contains { $0.value(actor)?.contains("\"") == true } }
        losses.add("actors with a double quote in a value, written as ' (VNA cannot escape one)", count: quotes)
        losses.addRecordsOutsideAGraph(of: map, format: "VNA")
        return ConvertedMap(data: Data(text.utf8), losses: losses.losses)
    }

    /// Whether the text looks like VNA: its first line that is not blank is a `*Node data` or
    /// `*Tie data` section.
    public static func looksLikeVNA(_ head: String) -> Bool {
        guard let first = head.split(whereSeparator: \.isNewline).first(where: { !$0.allSatisfy(\.isWhitespace) }) else { return false }
        let words = first.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.hasPrefix("*node data") || words.hasPrefix("*tie data")
    }

    private enum Section: String {
        case nodeData = "node data", nodeProperties = "node properties", tieData = "tie data", tieProperties = "tie properties"
        var title: String { "*" + rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    typealias Token = QuotedWords.Word

    /// The relations a tie header names: every column after `from` and `to`; a single
    /// `strength`, `weight` or `value` column is the one relation `tie`.
    static func relationColumns(_ header: [Token]) -> [String] {
        let names = header.dropFirst(2).map(\.text)
        if names.count == 1, ["strength", "weight", "value"].contains(names[0].lowercased()) { return [Tie.defaultRelation] }
        return names.isEmpty ? [Tie.defaultRelation] : names
    }

    /// A value as VNA writes it: in double quotes when empty or holding a space or tab (a
    /// double quote inside becomes a single one, which VNA cannot escape).
    static func quoted(_ value: String) -> String {
        let plain = value.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        return plain.isEmpty || plain.contains(where: { $0 == " " || $0 == "\t" }) ? "\"\(plain)\"" : plain
    }
}
