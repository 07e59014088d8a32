import Foundation
import InclusionMap

/// The two edge-list formats of Large Graph Layout (Adai, Date, Wieland & Marcotte 2004,
/// "LGL: creating a map of protein function with an algorithm for visualizing very large
/// biological networks", *J. Mol. Biol.* 340), as igraph (`write_ncol`, `write_lgl`) and
/// Cytoscape write them.
///
/// - **NCOL**: one tie per line, `name1 name2 [weight]`, names without spaces.
/// - **LGL**: a line `# name` begins a vertex's block; each following line `neighbour
///   [weight]` is a tie from it. A `# name` with no lines after it is an actor with no tie.
///
/// Both describe undirected graphs, as LGL lays them out (igraph reads them as directed only
/// when asked). Actors are listed in the order they first appear; weights are numbers (below 0
/// a negative tie). Every problem is reported with its line and column, all at once. O(size of the file).
public enum LargeGraphLayout {
    /// Which of the two formats.
    public enum Format: Sendable { case ncol, lgl }

    /// The map `text` in `format` describes.
    public static func read(_ text: String, format: Format, fileName: String) throws(DatasetError) -> StakeholderMap {
        var records = GraphRecords(fileName: fileName)
        var seen: Set<String> = []
        func actor(_ name: String, line: Int, column: Int) {
            if seen.insert(name).inserted { records.add(Actor(id: name), line: line, column: column) }
        }
        func weight(_ token: (text: String, column: Int)?, line: Int) -> Double? { records.weight(token?.text, line: line, column: token?.column) }
        var current: String?
        let lines = TextLines.lines(of: text)
        for (index, raw) in lines.enumerated() {
            let line = index + 1
            let tokens = Self.tokens(raw)
            guard let first = tokens.first else { continue }
            switch format {
            case .ncol:
                guard tokens.count == 2 || tokens.count == 3 else {
                    records.note("\(tokens.count) fields; expected two names and an optional weight (name1 name2 [weight])", line: line, column: first.column)
                    continue
                }
                guard let w = weight(tokens.count == 3 ? tokens[2] : nil, line: line) else { continue }
                actor(tokens[0].text, line: line, column: tokens[0].column)
                actor(tokens[1].text, line: line, column: tokens[1].column)
                records.add(Tie(source: tokens[0].text, target: tokens[1].text, weight: w, isDirected: false), line: line)
            case .lgl:
                if first.text == "#" || first.text.hasPrefix("#") {
                    let name = first.text == "#" ? (tokens.count > 1 ? tokens[1].text : "") : String(first.text.dropFirst())
                    guard !name.isEmpty else {
                        records.note("# with no vertex name; expected # name", line: line, column: first.column)
                        current = nil
                        continue
                    }
                    actor(name, line: line, column: first.column)
                    current = name
                    continue
                }
                guard let source = current else {
                    records.note("a neighbour before any vertex; expected # name first", line: line, column: first.column)
                    continue
                }
                guard tokens.count <= 2 else {
                    records.note("\(tokens.count) fields; expected a neighbour and an optional weight", line: line, column: tokens[2].column)
                    continue
                }
                guard let w = weight(tokens.count == 2 ? tokens[1] : nil, line: line) else { continue }
                actor(first.text, line: line, column: first.column)
                records.add(Tie(source: source, target: first.text, weight: w, isDirected: false), line: line)
            }
        }
        return try records.map()
    }

    /// The words of a line and their columns (from 1), split at spaces and tabs.
    static func tokens(_ line: Substring) -> [(text: String, column: Int)] {
        var tokens: [(text: String, column: Int)] = [], current = "", start = 0
        for (offset, character) in line.enumerated() {
            if character == " " || character == "\t" {
                if !current.isEmpty { tokens.append((current, start)); current = "" }
            } else {
                if current.isEmpty { start = offset + 1 }
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append((current, start)) }
        return tokens
    }

    /// `map` as NCOL or LGL: ids with spaces written with `_`, and what the format cannot hold
    /// counted (names, fields, relations, direction, engagements).
    public static func write(_ map: StakeholderMap, format: Format) -> ConvertedMap {
        var losses = LossTally()
        func name(_ id: String) -> String { id.replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "\t", with: "_") }
        var text = ""
        switch format {
        case .ncol:
            for tie in map.ties { text += "\(name(tie.source)) \(name(tie.target)) \(Tie.text(ofWeight: tie.weight))\n" }
            let tied = Set(map.ties.flatMap { [$0.source, $0.target] })
            losses.add("actors without a tie, which NCOL cannot list", count: map.actors.count { !tied.contains($0.id) })
        case .lgl:
            var neighbours: [String: [(String, Double)]] = [:]
            for tie in map.ties { neighbours[tie.source, default: []].append((tie.target, tie.weight)) }
            for actor in map.actors {
                text += "# \(name(actor.id))\n"
                for (other, weight) in neighbours[actor.id] ?? [] { text += "\(name(other)) \(Tie.text(ofWeight: weight))\n" }
            }
        }
        losses.add("ids with a space or tab, written with _", count: map.actors.count { $0.id.contains(" ") || $0.id.contains("\t") })
        losses.add("directed ties, written as undirected (the format has no direction)", count: map.ties.count(where: \.isDirected))
        if map.relations.count > 1 { losses.add("relations: every tie is written without its relation", count: map.relations.count) }
        losses.addActorFields(of: map, format: format == .ncol ? "NCOL" : "LGL")
        losses.addRecordsOutsideAGraph(of: map, format: format == .ncol ? "NCOL" : "LGL")
        return ConvertedMap(data: Data(text.utf8), losses: losses.losses)
    }
}
