import Foundation
import InclusionMap

/// Writes a map as a Pajek network file that Pajek, NetworkX (`nx.read_pajek`) and igraph
/// (`Graph.Read_Pajek`) read.
///
/// `*Vertices n`, then one line per actor, `k "id"` (the id is the label, so it comes back as
/// the id); then the ties, an `*Arcs` section for directed ties and an `*Edges` section for
/// undirected ones, each line `a b weight`, followed by Pajek's line-label parameter
/// `l "relation"` unless every tie has the default relation (this library reads it back as
/// the relation; NetworkX keeps it as the edge attribute `l`). One section of each kind, not
/// one per relation, because NetworkX reads a single section only; a map that mixes
/// directions still needs both, which the loss report says.
///
/// Pajek holds ids, directions, weights and relations only; everything else is counted in
/// the loss report: names, every other actor field and free attribute, tie waves, dates,
/// provenance and free attributes, departments, engagements and attendance. A double quote
/// in an id cannot be written inside Pajek's quotes and becomes `'` (counted too).
public struct PajekWriter: Sendable {
    /// A writer.
    public init() {}

    /// The Pajek text of `map` and what it could not hold.
    public func write(_ map: StakeholderMap) -> ConvertedMap {
        var losses = LossTally()
        var text = "*Vertices \(map.actors.count)\n"
        var number: [String: Int] = [:]
        var quotes = 0
        for (position, actor) in map.actors.enumerated() {
            number[actor.id] = position + 1
            var label = actor.id
            if label.contains("\"") || label.contains("\n") || label.contains("\r") {
                quotes += 1
                label = label.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
            }
            text += "\(position + 1) \"\(label)\"\n"
        }
        let labelled = map.relations != [Tie.defaultRelation]
        for directed in [true, false] {
            let ties = map.ties.filter { $0.isDirected == directed }
            guard !ties.isEmpty else { continue }
            text += directed ? "*Arcs\n" : "*Edges\n"
            for tie in ties {
                text += "\(number[tie.source]!) \(number[tie.target]!) \(Tie.text(ofWeight: tie.weight))"
                if labelled { text += " l \"\(tie.relation.replacingOccurrences(of: "\"", with: "'"))\"" }
                text += "\n"
            }
        }
        losses.add("ids with a double quote or line break, written with ' or a space", count: quotes)
        if map.ties.contains(where: \.isDirected), map.ties.contains(where: { !$0.isDirected }) {
            losses.add("undirected ties in an *Edges section after the *Arcs: Pajek holds both, but NetworkX reads only the first section", count: map.ties.count { !$0.isDirected })
        }
        losses.addActorFields(of: map, format: "Pajek")
        losses.addRecordsOutsideAGraph(of: map, format: "Pajek")
        return ConvertedMap(data: Data(text.utf8), losses: losses.losses)
    }
}
