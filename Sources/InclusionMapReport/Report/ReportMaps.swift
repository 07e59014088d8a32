import InclusionMap
import InclusionMapGraphviz

/// The maps a report draws: the silo map, the whole map with the under-used brokers
/// highlighted (up to ``InclusionReport/wholeMapActorLimit`` actors), and an ego map for
/// each of the top brokers.
struct ReportMap: Sendable {
    /// The file name without extension, such as `whole` or `ego-1`.
    var name: String
    /// What the map shows, for the caption and for screen readers.
    var caption: String
    var picture: NetworkMap
    /// `nil` to fit the page's width; otherwise the map keeps its drawn size times this scale
    /// and scrolls, so a large map stays legible.
    var scale: Double? = nil

    /// The maps of `report`, in the order the page shows them.
    static func maps(of report: InclusionReport) -> [ReportMap] {
        let column = report.options.groupColumn
        let relations = report.options.relations
        // The maps fill by sector when actors have one, else by the group column.
        let fill = report.map.actors.contains { $0.value(ofColumn: "sector") != nil } ? "sector" : column
        var maps: [ReportMap] = []
        maps.append(ReportMap(
            name: "silo",
            caption: "One box per \(column) group, sized by its actors; a line per linked pair of groups (above \(NetworkMap.siloLinkLimit) pairs, the strongest), labelled with the number of ties. Pink groups have no tie to any other group.",
            picture: NetworkMap(.silo, options: MapOptions(groupColumn: column, filter: MapFilter(relations: relations)))))
        let highlighted = report.highlightedBrokers.map(\.actorID)
        let brokerWords = report.brokers.history.isEmpty ? "structural brokers" : "under-used brokers"
        if report.drawsWholeMap { maps.append(ReportMap(
            name: "whole",
            caption: "Every actor, in a box per \(column) group; fill by \(fill), shape by kind, size by degree; designated boundary spanners in a bold outline, \(brokerWords) in a red double outline. Scaled to the page so every broker is in view; the files beside it are full size, to zoom.",
            picture: NetworkMap(.whole, options: MapOptions(groupColumn: column, highlighted: highlighted, filter: MapFilter(relations: relations))))) }
        for (place, broker) in report.egoBrokers.enumerated() {
            maps.append(ReportMap(
                name: "ego-\(place + 1)",
                caption: "Everyone within one tie of \(report.naming.label(broker.actorID)), in rings; fill by \(fill).",
                picture: NetworkMap(.ego(actor: broker.actorID, depth: 1), options: MapOptions(groupColumn: column, filter: MapFilter(relations: relations)))))
        }
        return maps
    }
}

/// The maps as drawn, ready to be placed in the page.
struct RenderedMaps: Sendable {
    /// Each map's SVG, by ``ReportMap/name``.
    var svg: [String: String] = [:]
    /// The formats written beside the page, for the links under each map.
    var formats: [OutputFormat] = []

    /// The map called `name` in a figure with its caption and links to its files; a note when
    /// the map was not drawn.
    func figure(_ map: ReportMap?) -> Markup {
        guard let map else { return Markup.empty }
        return figure(name: map.name, caption: map.caption, scale: map.scale)
    }

    /// The map drawn as `name` inline, captioned, with links to its files.
    func figure(name: String, caption: String, scale: Double? = nil) -> Markup {
        guard let svg = svg[name] else {
            return Markup.paragraph("The map could not be drawn (\(caption))", className: "note")
        }
        let inline = InlineSVG(svg: svg, idPrefix: "map-\(name)", label: caption, scale: scale).markup
        let links = Markup.joined(formats.map { "<a href=\"maps/\(name).\($0.rawValue)\">\($0.rawValue.uppercased())</a>" }, separator: " · ")
        return """
            <figure>
            <div class="map-frame\(scale == nil ? "" : " natural")">\(inline)</div>
            <figcaption>\(caption) <span class="files">\(links)</span></figcaption>
            </figure>

            """
    }
}
