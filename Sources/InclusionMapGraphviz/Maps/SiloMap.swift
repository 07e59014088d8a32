import Foundation
import InclusionMap

extension NetworkMap {
    /// The fill of a group with ties to other groups on the silo map.
    static let linkedGroupFill = "#CFE3F5"
    /// The fill of a group with no tie to any other group (Tol light pink).
    static let unlinkedGroupFill = "#FFAABB"

    /// The most links the silo map draws: 300. Beyond that (a map of 200 departments can
    /// have 20,000 linked pairs) the lines hide the boxes and the layout takes minutes.
    public static let siloLinkLimit = 300

    /// The links a silo map draws, as keys g · groupCount + h (g < h): all of them up to
    /// ``siloLinkLimit``; above it, each group's strongest link (most ties; ties broken by
    /// the other group's name), then the strongest of the rest until the limit is reached,
    /// so every linked group keeps at least one line and the busiest links all show.
    static func strongestLinks(_ between: [Int: Int], groupCount: Int, names: [String]) -> Set<Int> {
        guard between.count > siloLinkLimit else { return Set(between.keys) }
        func stronger(_ a: Int, _ b: Int) -> Bool {
            let (ca, cb) = (between[a]!, between[b]!)
            if ca != cb { return ca > cb }
            let na = (names[a / groupCount], names[a % groupCount]), nb = (names[b / groupCount], names[b % groupCount])
            return na < nb
        }
        var best: [Int: Int] = [:]  // group → key of its strongest link
        for key in between.keys {
            for g in [key / groupCount, key % groupCount] where best[g].map({ stronger(key, $0) }) ?? true {
                best[g] = key
            }
        }
        var drawn = Set(best.values)
        for key in between.keys.sorted(by: stronger) where drawn.count < siloLinkLimit {
            drawn.insert(key)
        }
        return drawn
    }


    /// One node per group, its area by the number of actors, and one edge per pair of groups
    /// with any tie between them, its width and label by the number of ties (ties counted
    /// once each, after the relation and weight filters). Groups with no tie to another group
    /// stand alone: the picture of how siloed the map is. Above ``siloLinkLimit`` linked pairs
    /// only the strongest are drawn (``strongestLinks(_:groupCount:names:)``), and the legend
    /// says how many were left out.
    func siloDrawing(of map: StakeholderMap) throws(MapError) -> Drawing {
        guard options.groupColumn != nil else { throw .invalidOption("a silo map needs a group column") }
        let selection = try MapSelection(map: map, options: options)
        let grouping = selection.grouping
        var members = [Int](repeating: 0, count: grouping.groupCount)
        for node in selection.shown.indices where selection.shown[node] {
            let g = grouping.groupOfNode[node]
            if g >= 0 { members[Int(g)] += 1 }
        }
        var inside = [Int](repeating: 0, count: grouping.groupCount)
        var between: [Int: Int] = [:]  // key g * groupCount + h, g < h
        // Negative ties are not channels between groups, as E-I reads them.
        for pair in selection.pairs(minimumWeight: options.filter.minimumWeight) where !pair.isNegative {
            let g = Int(grouping.groupOfNode[Int(pair.a)]), h = Int(grouping.groupOfNode[Int(pair.b)])
            guard g >= 0, h >= 0 else { continue }
            if g == h {
                inside[g] += pair.count
            } else {
                between[min(g, h) * grouping.groupCount + max(g, h), default: 0] += pair.count
            }
        }
        let groups = (0..<grouping.groupCount).filter { members[$0] > 0 }.sorted { grouping.names[$0] < grouping.names[$1] }
        guard !groups.isEmpty else { throw .nothingToDraw("no shown actor has a \(grouping.column)") }

        var drawing = Drawing(
            isDirected: false, attributes: Self.commonAttributes,
            nodeDefaults: Self.commonNodeDefaults.merging(["shape": "box", "style": "rounded,filled"]) { $1 },
            edgeDefaults: ["color": .plain(Palette.betweenTie), "fontname": "Helvetica,Arial,sans-serif", "fontsize": "10"])
        drawing.attributes["sep"] = "+14"
        drawing.attributes["esep"] = "+8"
        drawing.attributes["splines"] = "true"
        let largest = Double(members.max() ?? 1)
        var linkedGroups = Set<Int>()
        for key in between.keys { linkedGroups.formUnion([key / grouping.groupCount, key % grouping.groupCount]) }
        let departments = grouping.column == "department"
            ? Dictionary(map.departments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) : [:]
        var nodeOfGroup: [Int: Int] = [:]
        for g in groups {
            let name = grouping.names[g]
            let scale = (Double(members[g]) / largest).squareRoot()
            let label = "\(departments[name]?.displayName ?? name)\n\(members[g]) actor\(members[g] == 1 ? "" : "s") · \(inside[g]) tie\(inside[g] == 1 ? "" : "s") inside"
            nodeOfGroup[g] = drawing.nodes.count
            drawing.nodes.append(Drawing.Node(name: name, attributes: [
                "label": .plain(LabelText.plain(label)), "id": .plain(LabelText.identifier("group-\(name)")), "class": "group",
                "width": .plain(String(format: "%.2f", 0.8 + 1.4 * scale)), "height": .plain(String(format: "%.2f", 0.45 + 0.7 * scale)),
                "fontsize": .plain(String(format: "%.1f", 10 + 4 * scale)), "fillcolor": .plain(linkedGroups.contains(g) ? Self.linkedGroupFill : Self.unlinkedGroupFill),
            ]))
        }
        let most = Double(between.values.max() ?? 1)
        let drawn = Self.strongestLinks(between, groupCount: grouping.groupCount, names: grouping.names)
        for key in drawn.sorted() {
            let (g, h) = (key / grouping.groupCount, key % grouping.groupCount)
            guard let tail = nodeOfGroup[g], let head = nodeOfGroup[h] else { continue }
            let count = between[key]!
            drawing.edges.append(Drawing.Edge(tail: tail, head: head, attributes: [
                "label": .plain(String(count)), "penwidth": .plain(String(format: "%.2f", 0.6 + 4.4 * Double(count) / most)),
                "class": "link", "id": .plain(LabelText.identifier("link-\(grouping.names[g])-\(grouping.names[h])")),
                "tooltip": .plain(LabelText.plain("\(grouping.names[g]) – \(grouping.names[h]): \(count) tie\(count == 1 ? "" : "s")")),
                "len": .plain(String(format: "%.2f", 2.2 - 0.8 * (Double(count) / most))),
            ]))
        }
        if options.showsLegend {
            var legend = Legend(title: options.title)
            let linked = between.count, possible = groups.count * (groups.count - 1) / 2
            var rows: [(swatch: Legend.Swatch, text: String)] = [
                (.word("box"), "a \(grouping.column); area by actors"),
                (.word("line"), "ties between two \(grouping.column)s; width and number by count"),
                (.word("linked"), "\(linked) of \(possible) pairs of \(grouping.column)s"),
            ]
            if drawn.count < linked {
                rows.append((.word("shown"), "the \(drawn.count) strongest links (each \(grouping.column)'s strongest among them); \(linked - drawn.count) weaker ones left out"))
            }
            if linkedGroups.count < groups.count {
                rows.insert((.colour(Self.unlinkedGroupFill), "no tie to any other \(grouping.column)"), at: 1)
            }
            let ungrouped = selection.shown.indices.filter { selection.shown[$0] && grouping.groupOfNode[$0] < 0 }.count
            if ungrouped > 0 { rows.append((.word("left out"), "\(ungrouped) actors with no \(grouping.column)")) }
            let relations = options.filter.relations.map { $0.sorted().joined(separator: ", ") } ?? "all relations"
            rows.append((.word("ties"), relations + (options.filter.minimumWeight.map { ", weight ≥ \(ActorNodeStyle.number($0))" } ?? "")))
            legend.sections.append(.init(heading: "Key", rows: rows))
            drawing.attributes["label"] = .html(legend.html)
        }
        return drawing
    }
}
