import InclusionMap

/// Section 3, the whole map: every actor in a box per group, the under-used brokers
/// highlighted, and how to read it.
struct WholeMapSection: ReportSection {
    let report: InclusionReport
    let maps: [ReportMap]

    var anchor: String { "map" }
    var title: String { "The whole map" }

    func body(maps rendered: RenderedMaps) -> Markup {
        var out: Markup = ""
        let highlighted = report.highlightedBrokers
        let names = highlighted.map { report.naming.markup($0.actorID) }
        let words = report.brokers.history.isEmpty ? "structural brokers" : "under-used brokers"
        guard report.drawsWholeMap else {
            let egoMaps = maps.filter { $0.name.hasPrefix("ego-") }.count
            let instead = egoMaps == 0
                ? "no broker's neighbourhood (none may be named)"
                : "the neighbourhood of the top \(egoMaps == 1 ? "broker" : "\(egoMaps) brokers") (in the next section)"
            out += .paragraph("""
                This map has \(report.map.actors.count) actors, more than the \(InclusionReport.wholeMapActorLimit) a drawing of \
                every actor can show: their lines would cover one another and the files would run to hundreds of megabytes. \
                The report draws the groups instead (the silo map above, one box per \(report.options.groupColumn)) and \
                \(instead). inclusion-map render draws the whole map on its own when you want it.
                """)
            if !highlighted.isEmpty { out += .paragraph("The \(words): \(Markup.joined(names, separator: ", ")).") }
            return out
        }
        if highlighted.isEmpty {
            out += .paragraph("No actor stands out as an \(words == "structural brokers" ? "structural broker" : "under-used broker") on this map.")
        } else {
            out += .paragraph("The \(words) are outlined in red: \(Markup.joined(names, separator: ", ")).")
        }
        out += rendered.figure(maps.first { $0.name == "whole" })
        out += "<h3>How to read the map</h3>\n"
        out += .list([
            "Each box is a \(report.options.groupColumn); lines are ties, darker where they cross between boxes.",
            "Fill colour shows the sector and shape the kind of actor (the legend in the map lists both).",
            "Larger nodes have more ties (degree).",
            "A bold outline marks a designated boundary spanner (a role such as embedded researcher or evidence champion).",
            "A red double outline marks an \(words == "structural brokers" ? "actor whose ties bridge groups the most" : "under-used broker: ties that bridge groups, little time in the room").",
            "Actors who asked not to be named carry only their code, on the map as in the tables.",
        ])
        return out
    }
}
