import InclusionMap

/// The first section when the report has an earlier wave: what changed since it, with the
/// change map (the two waves laid out once, ties and actors gained in blue, lost in dashed
/// orange) and every finding of the comparison with its reason.
struct ChangesSection: ReportSection {
    let report: InclusionReport
    let comparison: WaveComparison
    let earlier: InclusionReport.EarlierWave

    static let mapName = "change"
    static let earlierMapName = "earlier-wave"
    static let currentMapName = "this-wave"

    var anchor: String { "changes" }
    var title: String { "What changed since \(earlier.name)" }

    /// An actor id as the report names actors (the earlier wave names leavers).
    private func label(_ id: String) -> String {
        report.map.actor(withID: id) != nil ? report.naming.label(id) : ActorNaming(map: earlier.map).label(id)
    }

    private func subject(_ finding: WaveFinding) -> String {
        switch finding.kind {
        case .joined, .left, .cutPointNew, .cutPointGone, .brokerEngaged, .broker: label(finding.subject)
        default: finding.subject
        }
    }

    /// The lead sentence: who came and went, and whether the silos opened.
    var lead: String {
        var text = "Between \(earlier.name) and \(earlier.currentName), \(Wording.count(comparison.joined.count, "actor")) joined and \(comparison.left.count) left"
        if let before = comparison.ei.before, let after = comparison.ei.after {
            text += "; the E-I index by \(comparison.options.column) went from \(Wording.fixed(before, digits: 3)) to \(Wording.fixed(after, digits: 3))"
            if let p = comparison.ei.pValue { text += " (\(Wording.pValue(p)), \(p < 0.05 ? "unlikely to be chance" : "could be chance"))" }
        }
        let resolved = comparison.singlePointsResolved.count, new = comparison.singlePointsNew.count
        text += "; \(Wording.count(resolved, "single point of failure", plural: "single points of failure")) resolved and \(new) new"
        if !comparison.engagedBrokers.isEmpty {
            text += "; under-used brokers now engaged: \(comparison.engagedBrokers.map(label).joined(separator: ", "))"
        }
        return text + "."
    }

    func body(maps: RenderedMaps) -> Markup {
        var out: Markup = .paragraph(Markup(text: lead), className: "lead")
        out += maps.figure(
            name: Self.mapName,
            caption: "Both waves laid out once: ties gained in solid blue, lost in dashed orange, kept in grey; joiners with a thick blue border, leavers with a dashed orange one. Each wave is also drawn alone with the same positions.")
        let links = Markup.joined(maps.formats.map { "<a href=\"maps/\(Self.earlierMapName).\($0.rawValue)\">\($0.rawValue.uppercased())</a>" }, separator: " · ")
        let current = Markup.joined(maps.formats.map { "<a href=\"maps/\(Self.currentMapName).\($0.rawValue)\">\($0.rawValue.uppercased())</a>" }, separator: " · ")
        out += .paragraph("The \(Markup(text: earlier.name)) wave alone: \(links). The \(Markup(text: earlier.currentName)) wave alone: \(current).", className: "note")
        let rows = comparison.findings.map { finding -> [Markup] in
            [Markup(text: finding.kind.rawValue), Markup(text: subject(finding)), Markup(text: finding.before), Markup(text: finding.after)]
        }
        out += HTMLTable(columns: [.text("change"), .text("subject"), .text(earlier.name), .text(earlier.currentName)], rows: rows,
                         details: comparison.findings.map { Markup(text: $0.reason) }).markup
        if comparison.relations.contains(where: { ($0.jaccard ?? 1) < TieSetChange.comparableJaccard }) {
            out += .paragraph("Some relations kept fewer than 30% of their ties (Jaccard under 0.3): the RSiena manual warns that such waves are hard to compare as one network changing.", className: "note")
        }
        out += .paragraph("Actors are matched by id. Ties are compared pair by pair with direction ignored; Jaccard counts only actors in both waves. The E-I change is tested by swapping each changed pair between the waves at random.", className: "note")
        return out
    }

    var tables: [CSVTable] {
        [CSVTable(fileName: "changes.csv", header: ["kind", "subject", "before", "after", "reason"],
                  rows: comparison.findings.map { [$0.kind.rawValue, subject($0), $0.before, $0.after, $0.reason] })]
    }
}
