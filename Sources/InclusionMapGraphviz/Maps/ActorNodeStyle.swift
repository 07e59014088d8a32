import Foundation
import InclusionMap

/// How actors look on the whole and ego maps: fill colour by the colour column, shape by the
/// shape column, area by the size measure, a thick black outline for designated boundary
/// spanners and a red double outline for highlighted actors.
///
/// Actors whose `consent` is false reach the drawing masked (``ConsentMask``): their id is
/// their code, which is their node's name and label (`withheld-1`), and they have no name, so
/// no output names them.
struct ActorNodeStyle {
    let selection: MapSelection
    let colours: [String: String]
    let shapes: [String: String]
    let highlighted: Set<String>
    let metricName: String?
    /// The largest size value among shown actors.
    let largest: Double

    init(selection: MapSelection, options: MapOptions) {
        self.selection = selection
        var counts: [String: Int] = [:]
        var shapeValues: [String] = []
        for node in selection.shown.indices where selection.shown[node] {
            if let value = selection.colourValues[node] { counts[value, default: 0] += 1 }
            if let value = selection.shapeValues[node] { shapeValues.append(value) }
        }
        colours = Dictionary(uniqueKeysWithValues: Palette.assign(counts: counts).map { ($0.value, $0.colour) })
        shapes = ActorShape.assign(values: shapeValues)
        highlighted = Set(options.highlighted)
        metricName = options.sizeMetric?.rawValue
        largest = selection.sizes.map { sizes in
            selection.shown.indices.filter { selection.shown[$0] }.map { sizes[$0] }.max() ?? 0
        } ?? 0
    }

    /// Actors are keyed by id (a withheld actor's id is its code).
    func node(_ node: Int, cluster: Int?) -> Drawing.Node {
        let actor = selection.actors[node]
        var attributes: Drawing.Attributes = [:]
        let scale = selection.sizes.map { largest > 0 ? ($0[node] / largest).squareRoot() : 0 } ?? 0.3
        attributes["width"] = .plain(format(0.3 + 0.9 * scale))
        attributes["height"] = .plain(format(0.25 + 0.45 * scale))
        attributes["fontsize"] = .plain(format(9 + 5 * scale))
        attributes["fillcolor"] = .plain(selection.colourValues[node].flatMap { colours[$0] } ?? Palette.noValue)
        attributes["shape"] = .plain(selection.shapeValues[node].flatMap { shapes[$0] } ?? "ellipse")

        var classes = ["actor"]
        if actor.isDesignatedSpanner {
            classes.append("designated")
            attributes["penwidth"] = "2.6"
            attributes["color"] = "#000000"
        }
        if highlighted.contains(actor.id) {
            classes.append("highlighted")
            attributes["penwidth"] = "3"
            attributes["color"] = .plain(Palette.highlight)
            attributes["peripheries"] = "2"
        }
        if !actor.mayBeNamed { classes.append("withheld") }
        attributes["id"] = .plain(LabelText.identifier("actor-\(actor.id)"))
        attributes["label"] = .plain(LabelText.plain(actor.displayName))
        attributes["tooltip"] = .plain(LabelText.plain(tooltip(node)))
        attributes["class"] = .plain(classes.joined(separator: " "))
        return Drawing.Node(name: actor.id, cluster: cluster, attributes: attributes)
    }

    private func tooltip(_ node: Int) -> String {
        let actor = selection.actors[node]
        var parts = [actor.mayBeNamed ? actor.displayName : "\(actor.id) (did not consent to be named)"]
        if let group = selection.group(of: node) { parts.append("\(selection.grouping.column): \(group)") }
        if selection.colourColumn != selection.grouping.column, let value = selection.colourValues[node] {
            parts.append("\(selection.colourColumn): \(value)")
        }
        if !actor.roles.isEmpty { parts.append("roles: " + actor.roles.joined(separator: ", ")) }
        if let metricName, let sizes = selection.sizes { parts.append("\(metricName) \(Self.number(sizes[node]))") }
        return parts.joined(separator: " · ")
    }

    /// A number for labels: whole numbers without a point, others to three significant digits.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.3g", value)
    }

    private func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
