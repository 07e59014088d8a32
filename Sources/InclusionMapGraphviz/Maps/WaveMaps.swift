import Foundation
import InclusionMap

/// Two waves drawn with the same positions, and a change map between them.
///
/// The union of the waves (every actor of either, every tie of either, the later wave's
/// record for an actor in both) is laid out once, with department boxes; each wave is then
/// drawn with its actors pinned to their places in that layout (Graphviz `nop2`), so an actor
/// present in both waves is at the same coordinates in both pictures, and what moved is what
/// changed. The change map draws the union: ties gained solid in blue, ties lost dashed in
/// orange, ties kept thin and grey; joiners with a thick blue border, leavers with a dashed
/// orange one. Blue and orange are the Okabe–Ito pair, told apart with every common colour
/// vision deficiency, and line style repeats what colour says, so nothing rests on red against
/// green. The same waves give the same pictures on every run.
///
/// Reference: Okabe & Ito (2008), *Color Universal Design (CUD): how to make figures and
/// presentations that are friendly to colorblind people*.
public struct WaveMaps: Sendable {
    /// The colour of what is new in the later wave.
    public static let gainedColour = "#0072B2"
    /// The colour of what is gone from it.
    public static let lostColour = "#E69F00"
    /// The colour of ties in both waves.
    public static let keptColour = "#BBBBBB"

    /// Where the union's layout put every actor and box.
    public let layout: Layout
    /// The engine that laid the union out.
    public let engine: LayoutEngine
    /// Each wave's drawing and the change drawing, before pinning.
    public let before: Drawing, after: Drawing, change: Drawing

    /// Lays out the union of `before` and `after` and draws both waves and the change.
    ///
    /// Both maps should be masked with one `ConsentMask` over both (as `compare` and the
    /// report do), so that a withheld actor has the same code in both.
    ///
    /// - Parameters:
    ///   - before: the earlier wave.
    ///   - after: the later wave.
    ///   - options: what the maps show and how (as for ``NetworkMap``).
    ///   - names: how to call the waves in the change map's title ("2024", "2025").
    ///   - engine: the layout engine; `nil` picks one by the union's size.
    ///   - renderer: the Graphviz context that lays out and renders.
    /// - Throws: ``MapError`` as ``NetworkMap/drawing(of:)``, ``GraphvizError`` when the layout fails.
    public init(
        before: StakeholderMap, after: StakeholderMap, options: MapOptions = MapOptions(), names: (String, String) = ("before", "after"),
        engine: LayoutEngine? = nil, renderer: GraphvizRenderer = .shared
    ) throws {
        let union = try StakeholderMap.union(earlier: before, later: after)
        let picture = NetworkMap(.whole, options: options)
        var unionDrawing = try picture.drawing(of: union)
        let chosen = engine ?? picture.automaticEngine(for: unionDrawing)
        self.engine = chosen
        layout = try renderer.layout(unionDrawing, engine: chosen)
        var titled = options
        titled.title = options.title.map { "\($0): \(names.0)" } ?? names.0
        self.before = try NetworkMap(.whole, options: titled).drawing(of: before)
        titled.title = options.title.map { "\($0): \(names.1)" } ?? names.1
        self.after = try NetworkMap(.whole, options: titled).drawing(of: after)

        let pairsBefore = Self.pairs(before), pairsAfter = Self.pairs(after)
        let beforeIDs = Set(before.actors.map(\.id)), afterIDs = Set(after.actors.map(\.id))
        for index in unionDrawing.edges.indices {
            let edge = unionDrawing.edges[index]
            let a = unionDrawing.nodes[edge.tail].name, b = unionDrawing.nodes[edge.head].name
            let pair = a < b ? [a, b] : [b, a]
            let (inBefore, inAfter) = (pairsBefore.contains(pair), pairsAfter.contains(pair))
            var attributes = edge.attributes
            if inBefore && inAfter {
                attributes["color"] = .plain(Self.keptColour)
                attributes["penwidth"] = "0.8"
                attributes["class"] = "tie kept"
            } else if inAfter {
                attributes["color"] = .plain(Self.gainedColour)
                attributes["penwidth"] = "2.4"
                attributes["class"] = "tie gained"
            } else {
                attributes["color"] = .plain(Self.lostColour)
                attributes["penwidth"] = "2.4"
                attributes["style"] = "dashed"
                attributes["class"] = "tie lost"
            }
            unionDrawing.edges[index].attributes = attributes
        }
        var joined = 0, left = 0
        for index in unionDrawing.nodes.indices {
            let id = unionDrawing.nodes[index].name
            if !beforeIDs.contains(id) {
                joined += 1
                unionDrawing.nodes[index].attributes["color"] = .plain(Self.gainedColour)
                unionDrawing.nodes[index].attributes["penwidth"] = "3"
                unionDrawing.nodes[index].attributes["class"] = "actor joined"
            } else if !afterIDs.contains(id) {
                left += 1
                unionDrawing.nodes[index].attributes["color"] = .plain(Self.lostColour)
                unionDrawing.nodes[index].attributes["penwidth"] = "3"
                unionDrawing.nodes[index].attributes["style"] = "filled,dashed"
                unionDrawing.nodes[index].attributes["class"] = "actor left"
            }
        }
        let counts = unionDrawing.edges.reduce(into: [String: Int]()) { counts, edge in
            if case let .plain(kind)? = edge.attributes["class"] { counts[kind, default: 0] += 1 }
        }
        var legend = Legend(title: (options.title.map { "\($0): " } ?? "") + "What changed from \(names.0) to \(names.1)")
        legend.sections = [
            Legend.Section(heading: "Ties (any relation)", rows: [
                (.colour(Self.gainedColour), "gained, solid blue line (\(counts["tie gained"] ?? 0))"),
                (.colour(Self.lostColour), "lost, dashed orange line (\(counts["tie lost"] ?? 0))"),
                (.colour(Self.keptColour), "in both waves, thin grey line (\(counts["tie kept"] ?? 0))"),
            ]),
            Legend.Section(heading: "Actors", rows: [
                (.colour(Self.gainedColour), "joined, thick blue border (\(joined))"),
                (.colour(Self.lostColour), "left, dashed orange border (\(left))"),
            ]),
        ]
        unionDrawing.attributes["label"] = .html(legend.html)
        change = unionDrawing
    }

    /// Renders the earlier wave, the later wave and the change map, each pinned to ``layout``,
    /// in each of `formats`.
    public func render(formats: [OutputFormat], renderer: GraphvizRenderer = .shared) throws(GraphvizError)
        -> (before: [Rendering], after: [Rendering], change: [Rendering])
    {
        (try renderer.render(before, pinnedTo: layout, formats: formats),
         try renderer.render(after, pinnedTo: layout, formats: formats),
         try renderer.render(change, pinnedTo: layout, formats: formats))
    }

    /// The pairs of actors tied by anything, ids sorted.
    static func pairs(_ map: StakeholderMap) -> Set<[String]> {
        Set(map.ties.lazy.filter { !$0.isSelfLoop }.map { $0.source < $0.target ? [$0.source, $0.target] : [$0.target, $0.source] })
    }
}
