import Foundation
import InclusionMap

extension NetworkMap {
    /// Graph attributes shared by every map: fonts, white background, nodes above edges,
    /// no overlapping nodes.
    static let commonAttributes: Drawing.Attributes = [
        "fontname": "Helvetica,Arial,sans-serif", "fontsize": "13", "bgcolor": "white",
        "outputorder": "edgesfirst", "pad": "0.3", "overlap": "false", "labelloc": "b", "labeljust": "c",
    ]

    static let commonNodeDefaults: Drawing.Attributes = [
        "fontname": "Helvetica,Arial,sans-serif", "style": "filled", "color": "#555555", "penwidth": "1",
        "margin": "0.05,0.03",
    ]

    static let commonEdgeDefaults: Drawing.Attributes = ["arrowsize": "0.6", "color": .plain(Palette.insideTie)]

    /// The whole map: a box per group, actors styled by ``ActorNodeStyle``, ties merged per
    /// pair, between-group ties dark and inside ties light, width by total weight.
    func wholeDrawing(of map: StakeholderMap) throws(MapError) -> Drawing {
        let selection = try MapSelection(map: map, options: options)
        try checkHighlights(in: map)
        var drawing = Drawing(
            isDirected: true, attributes: Self.commonAttributes, nodeDefaults: Self.commonNodeDefaults,
            edgeDefaults: Self.commonEdgeDefaults)
        drawing.attributes["sep"] = "+6"
        drawing.attributes["nodesep"] = "0.12"

        // Boxes: one per shown group, nested by department parent when grouping by department.
        let shownGroups = Set(selection.shown.indices.filter { selection.shown[$0] }.compactMap { selection.group(of: $0) })
        let nesting = ClusterNesting(map: map, column: selection.grouping.column, groups: shownGroups, nests: options.nestsDepartments)
        var shownMembers: [String: Int] = [:]
        for node in selection.shown.indices where selection.shown[node] {
            if let group = selection.group(of: node) { shownMembers[group, default: 0] += 1 }
        }
        var clusterOfName: [String: Int] = [:]
        for box in nesting.boxes {
            clusterOfName[box.name] = drawing.clusters.count
            let members = shownMembers[box.name] ?? 0
            var label = box.label
            if members > 0, box.isGroup { label += " (\(members))" }
            drawing.clusters.append(Drawing.Cluster(
                parent: box.parent.flatMap { clusterOfName[$0] },
                attributes: [
                    "label": .plain(LabelText.plain(label)), "id": .plain(LabelText.identifier("group-\(box.name)")),
                    "class": "group", "style": "rounded,filled", "fillcolor": box.parent == nil ? "#F4F4F4" : "#E9E9E9",
                    "color": "#9A9A9A", "fontsize": "12", "labeljust": "l", "labelloc": "t", "margin": "10",
                ]))
        }

        let shown = selection.shown.indices.filter { selection.shown[$0] }
        Self.drawActors(shown, selection: selection, options: options, boxes: !nesting.boxes.isEmpty, into: &drawing) {
            selection.group(of: $0).flatMap { clusterOfName[$0] }
        }
        return drawing
    }

    /// Adds the actors `order` lists (node numbers of the selection), the merged ties among
    /// them and, when asked, the legend: what the whole and ego maps share.
    static func drawActors(
        _ order: [Int], selection: MapSelection, options: MapOptions, boxes: Bool, into drawing: inout Drawing,
        cluster: (Int) -> Int?
    ) {
        let style = ActorNodeStyle(selection: selection, options: options)
        var nodeOfIndex: [Int32: Int] = [:]
        for node in order {
            nodeOfIndex[Int32(node)] = drawing.nodes.count
            drawing.nodes.append(style.node(node, cluster: cluster(node)))
        }
        let pairs = selection.pairs(minimumWeight: options.filter.minimumWeight)
        for pair in pairs {
            let between = selection.grouping.groupOfNode[Int(pair.a)] != selection.grouping.groupOfNode[Int(pair.b)]
            drawing.edges.append(edge(pair, tail: nodeOfIndex[pair.a]!, head: nodeOfIndex[pair.b]!, between: between, selection: selection))
        }
        if options.showsLegend {
            let key = legend(options: options, selection: selection, style: style, hasTies: !pairs.isEmpty,
                             hasNegativeTies: pairs.contains(where: \.isNegative), boxes: boxes)
            drawing.attributes["label"] = .html(key.html)
        }
    }

    /// Every highlighted id must be an actor.
    func checkHighlights(in map: StakeholderMap) throws(MapError) {
        for id in options.highlighted where map.actor(withID: id) == nil {
            throw .unknownActor(id, role: "a highlight")
        }
    }

    /// A merged tie: direction from the ties' directions, width from the total weight.
    static func edge(_ pair: MapSelection.Pair, tail: Int, head: Int, between: Bool, selection: MapSelection) -> Drawing.Edge {
        var attributes: Drawing.Attributes = [:]
        var (tail, head) = (tail, head)
        if pair.forward && pair.backward || pair.undirected && (pair.forward || pair.backward) {
            attributes["dir"] = pair.forward && pair.backward ? "both" : "forward"
            if !pair.forward { swap(&tail, &head) }
        } else if pair.undirected {
            attributes["dir"] = "none"
        } else if pair.backward {
            swap(&tail, &head)
        }
        attributes["penwidth"] = .plain(String(format: "%.2f", min(0.7 + 0.8 * (abs(pair.weight) - 1).clamped(to: 0...), 5)))
        if pair.isNegative {
            attributes["color"] = .plain(Palette.negativeTie)
            attributes["style"] = "dashed"
            attributes["class"] = "tie negative"
        } else if between {
            attributes["color"] = .plain(Palette.betweenTie)
            attributes["class"] = "tie between"
        } else {
            attributes["class"] = "tie inside"
        }
        let a = selection.actors[Int(pair.a)], b = selection.actors[Int(pair.b)]
        // Withheld actors are masked: their display name is their code.
        let relations = pair.relations.sorted().joined(separator: ", ")
        attributes["tooltip"] = .plain(LabelText.plain(
            "\(a.displayName) – \(b.displayName): \(relations), weight \(ActorNodeStyle.number(pair.weight))"))
        return Drawing.Edge(tail: tail, head: head, attributes: attributes)
    }

    /// The key: colours with counts, shapes, outlines and lines, size.
    static func legend(options: MapOptions, selection: MapSelection, style: ActorNodeStyle, hasTies: Bool, hasNegativeTies: Bool, boxes: Bool) -> Legend {
        var legend = Legend(title: options.title)
        var counts: [String: Int] = [:]
        var none = 0
        for node in selection.shown.indices where selection.shown[node] {
            if let value = selection.colourValues[node] { counts[value, default: 0] += 1 } else { none += 1 }
        }
        var colourRows = Palette.assign(counts: counts).map { (swatch: Legend.Swatch.colour($0.colour), text: "\($0.value) (\(counts[$0.value]!))") }
        if none > 0 { colourRows.append((.colour(Palette.noValue), "no \(selection.colourColumn) (\(none))")) }
        if counts.count > Palette.colours.count {
            colourRows.append((.none, "colours repeat after \(Palette.colours.count) values"))
        }
        legend.sections.append(.init(heading: "Fill: \(selection.colourColumn)", rows: colourRows))

        var cueRows: [(swatch: Legend.Swatch, text: String)] = []
        for (value, shape) in style.shapes.sorted(by: { $0.key < $1.key }) {
            cueRows.append((.word(shape), value))
        }
        let shown = selection.shown.indices.filter { selection.shown[$0] }
        if shown.contains(where: { selection.actors[$0].isDesignatedSpanner }) {
            cueRows.append((.word("bold black outline"), "designated boundary spanner"))
        }
        if !options.highlighted.isEmpty { cueRows.append((.word("red double outline"), "highlighted")) }
        if let withheld = shown.first(where: { !selection.actors[$0].mayBeNamed }) {
            cueRows.append((.word(selection.actors[withheld].id), "did not consent to be named"))
        }
        if !cueRows.isEmpty {
            legend.sections.append(.init(heading: "Shape: \(MapOptions().shapeColumn == options.shapeColumn ? "kind" : options.shapeColumn)", rows: cueRows))
        }

        var keyRows: [(swatch: Legend.Swatch, text: String)] = []
        if boxes { keyRows.append((.word("box"), "\(selection.grouping.column) (actors)")) }
        if hasTies {
            keyRows.append((.word("dark line"), "tie between \(selection.grouping.column)s"))
            keyRows.append((.word("grey line"), "tie inside a \(selection.grouping.column)"))
            keyRows.append((.word("width"), "total tie weight"))
            if hasNegativeTies {
                keyRows.append((.word("dashed red line"), "negative tie, left out of every measure"))
            }
            if selection.index.isDirected { keyRows.append((.word("arrow"), "direction of directed ties")) }
        }
        if let metric = options.sizeMetric { keyRows.append((.word("size"), "\(metric.rawValue) centrality")) }
        let relations = options.filter.relations.map { $0.sorted().joined(separator: ", ") } ?? "all relations"
        keyRows.append((.word("ties"), relations + (options.filter.minimumWeight.map { ", weight ≥ \(ActorNodeStyle.number($0))" } ?? "")))
        let hidden = selection.shown.count - shown.count
        if hidden > 0 { keyRows.append((.word("hidden"), "\(hidden) actors not shown")) }
        legend.sections.append(.init(heading: "Key", rows: keyRows))
        return legend
    }
}

extension Double {
    fileprivate func clamped(to range: PartialRangeFrom<Double>) -> Double { Swift.max(self, range.lowerBound) }
}
