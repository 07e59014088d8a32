import InclusionMap

/// Section 6, who to invite next: the suggested panel with a reason for each person, set
/// beside the usual panel (the most frequent attendees) on the same measures.
struct PanelSection: ReportSection {
    let report: InclusionReport

    var anchor: String { "invite" }
    var title: String { "Who to invite next" }

    private var panel: PanelSuggester { report.panel }
    private var naming: ActorNaming { report.naming }
    private var hasHistory: Bool { !panel.brokers.history.isEmpty }

    private func groupLabel(_ pick: PanelSuggester.Pick) -> String {
        guard let group = pick.group else { return "–" }
        return report.map.label(ofValue: group, inColumn: panel.brokers.grouping.column)
    }

    /// The comparison rows: measure, suggested, usual.
    private var comparison: [(measure: String, suggested: String, usual: String)] {
        let s = panel.suggestedMeasures, u = panel.usualMeasures
        var rows = [
            ("\(panel.brokers.grouping.column) groups covered", "\(s.groupsCovered) of \(s.groupCount)", "\(u.groupsCovered) of \(u.groupCount)"),
            ("reach across the map (0–1)", Wording.fixed(s.reach), Wording.fixed(u.reach)),
        ]
        if s.sectorCount > 0 {
            rows.insert(("sectors covered", "\(s.sectorsCovered) of \(s.sectorCount)", "\(u.sectorsCovered) of \(u.sectorCount)"), at: 1)
        }
        if hasHistory {
            rows += [
                ("under-used brokers", "\(s.underUsedBrokers)", "\(u.underUsedBrokers)"),
                ("new voices (never attended)", "\(s.newVoices)", "\(u.newVoices)"),
                ("usual suspects", "\(s.usualSuspects)", "\(u.usualSuspects)"),
            ]
        }
        return rows
    }

    func body(maps: RenderedMaps) -> Markup {
        var out: Markup = ""
        let s = panel.suggestedMeasures, u = panel.usualMeasures
        let sectors = s.sectorCount > 0 ? " and \(s.sectorsCovered) of \(s.sectorCount) sectors" : ""
        var lead = "A panel of \(panel.picks.count) chosen to cover as many groups and sectors as possible, reach across the map, and bring in under-used brokers and people not heard before. "
        if hasHistory {
            lead += "It covers \(s.groupsCovered) of \(s.groupCount) groups\(sectors); the usual panel of the \(panel.usualPanel.count) most frequent attendees covers \(u.groupsCovered)\(s.sectorCount > 0 ? " and \(u.sectorsCovered)" : "")."
        } else {
            lead += "It covers \(s.groupsCovered) of \(s.groupCount) groups\(sectors)."
        }
        out += .paragraph(Markup(text: lead), className: "lead")
        if panel.picks.count < panel.constraints.size {
            out += .paragraph("Only \(panel.picks.count) actors could be suggested: a panel of \(panel.constraints.size) was asked for, and actors who asked not to be named are never suggested.", className: "note")
        }
        let showsSector = s.sectorCount > 0
        let rows = panel.picks.enumerated().map { place, pick -> [Markup] in
            ["\(place + 1)", naming.markup(pick.actorID), Markup(text: groupLabel(pick))] + (showsSector ? [Markup(text: pick.sector ?? "–")] : [])
        }
        out += HTMLTable(columns: [.number("#"), .text("actor"), .text(panel.brokers.grouping.column)] + (showsSector ? [.text("sector")] : []), rows: rows,
                         details: panel.picks.map { Markup(text: reason(of: $0)) }).markup

        out += hasHistory ? "<h3>Beside the usual panel</h3>\n" : "<h3>What the panel covers</h3>\n"
        let columns: [HTMLTable.Column] = hasHistory ? [.text("measure"), .number("suggested"), .number("usual")] : [.text("measure"), .number("suggested")]
        let comparisonRows = comparison.map { row -> [Markup] in
            hasHistory ? [Markup(text: row.measure), Markup(text: row.suggested), Markup(text: row.usual)] : [Markup(text: row.measure), Markup(text: row.suggested)]
        }
        out += HTMLTable(columns: columns, rows: comparisonRows).markup
        if hasHistory, !panel.usualPanel.isEmpty {
            out += .paragraph("The usual panel: \(Markup.joined(panel.usualPanel.map(naming.markup), separator: ", ")).")
        } else if !hasHistory {
            out += .paragraph("No engagements are recorded, so there is no usual panel to compare with.", className: "note")
        }
        out += .paragraph("Chosen greedily: each new group first, then each new sector, then reach, under-used brokers and fresh voices. The objective is monotone submodular, so the panel is within 1 − 1/e (63%) of the best possible on it.", className: "note")
        return out
    }

    /// The pick's reason; a pick that adds nothing the panel lacks only fills a seat, and says so.
    private func reason(of pick: PanelSuggester.Pick) -> String {
        pick.reason.isEmpty ? "fills a seat: adds no group, sector or reach the panel does not already have" : pick.reason
    }

    var tables: [CSVTable] {
        [
            CSVTable(
                fileName: "panel.csv", header: ["place", "id", "name", "group", "sector", "reason"],
                rows: panel.picks.enumerated().map { place, pick in
                    [String(place + 1), naming.csvID(pick.actorID), naming.csvName(pick.actorID), pick.group ?? "", pick.sector ?? "", reason(of: pick)]
                }),
            CSVTable(fileName: "panel-comparison.csv", header: hasHistory ? ["measure", "suggested", "usual"] : ["measure", "suggested"],
                     rows: comparison.map { hasHistory ? [$0.measure, $0.suggested, $0.usual] : [$0.measure, $0.suggested] }),
        ]
    }
}
