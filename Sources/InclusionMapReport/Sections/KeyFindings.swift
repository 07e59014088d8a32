import InclusionMap

/// The box at the top of the report: its story in a few sentences, each backed by a section.
struct KeyFindings {
    let report: InclusionReport

    /// How non-respondents' ties were read, in words for the findings box.
    static func reading(_ policy: MissingDataPolicy) -> String {
        switch policy {
        case .reconstruct: "their ties are reconstructed from what others reported about them"
        case .observed: "their own answers are read as missing ties, so their brokerage may not show"
        case .respondents: "they and their ties are left out of every figure"
        }
    }

    var items: [Markup] {
        var items: [Markup] = []
        // Non-response first: every finding below rests on how the missing answers were read.
        if let response = report.responseRate, response.responded < response.asked {
            let missing = response.asked - response.responded
            var text = "\(Wording.count(missing, "person", plural: "people")) of the \(response.asked) asked did not answer the survey"
            let low = response.lowGroups.count
            if low > 0 { text += " (\(Wording.count(low, "group")) under \(Wording.percent(ResponseRate.lowThreshold)))" }
            text += "; " + Self.reading(report.options.missingData)
            items.append("<a href=\"#mapped\">\(Markup(text: text)).</a>")
        }
        if let comparison = report.comparison, let earlier = report.earlier {
            let section = ChangesSection(report: report, comparison: comparison, earlier: earlier)
            items.append("<a href=\"#changes\">Since \(Markup(text: earlier.name)):</a> \(Markup(text: section.lead))")
        }
        let silos = report.silos
        let naming = report.naming
        if let ei = silos.eiIndex.value {
            var text = "Groups by \(report.options.groupColumn) are "
            if let test = silos.permutationTest, test.pLess < 0.05 {
                text += "more inward-looking than chance (E-I \(Wording.fixed(ei)), \(Wording.pValue(test.pLess)))"
            } else if let test = silos.permutationTest, test.pGreater < 0.05 {
                text += "more outward-looking than chance (E-I \(Wording.fixed(ei)), \(Wording.pValue(test.pGreater)))"
            } else {
                text += "no more inward-looking than chance (E-I \(Wording.fixed(ei)))"
            }
            let groups = silos.grouping.groupCount
            let unlinked = silos.mixing.unlinkedPairs.count
            if unlinked > 0 { text += "; \(unlinked) of \(groups * (groups - 1) / 2) pairs of groups have no direct tie" }
            let singles = silos.mixing.singlePoints.count
            if singles > 0 { text += " and \(singles) hang on one person" }
            items.append("<a href=\"#silos\">\(text).</a>")
        }
        let brokers = report.highlightedBrokers
        if !brokers.isEmpty {
            let words = report.brokers.history.isEmpty ? "structural brokers" : "under-used brokers"
            let names = Markup.joined(brokers.prefix(6).map { naming.markup($0.actorID) }, separator: ", ")
            let more: Markup = brokers.count > 6 ? " and \(brokers.count - 6) more" : ""
            items.append("<a href=\"#brokers\">\(Wording.count(brokers.count, String(words.dropLast()), plural: words))</a>: \(names)\(more).")
        }
        let idle = report.brokers.designatedButNotStructural.count
        if idle > 0 {
            items.append("<a href=\"#brokers\">\(Wording.count(idle, "designated boundary spanner has", plural: "designated boundary spanners have"))</a> no tie outside their group or little brokerage potential.")
        }
        let audit = report.audit
        if !audit.history.isEmpty {
            var text = "\(Wording.count(audit.usualSuspects.count, "usual suspect")) took \(Wording.percent(audit.usualSuspectsShare)) of the seats at \(Wording.count(audit.history.engagements.count, "engagement"))"
            let never = audit.neverEngaged.map { report.map.label(ofValue: $0.value, inColumn: $0.dimension) + ($0.dimension == "sector" ? " (sector)" : "") }
            if !never.isEmpty { text += "; never engaged: \(Wording.sentenceList(never))" }
            items.append("<a href=\"#usual-suspects\">\(text).</a>")
        }
        let panel = report.panel
        let s = panel.suggestedMeasures, u = panel.usualMeasures
        let sectors = s.sectorCount > 0
        var text = "A suggested panel of \(panel.picks.count) covers \(s.groupsCovered) of \(s.groupCount) groups" + (sectors ? " and \(s.sectorsCovered) of \(s.sectorCount) sectors" : "")
        if !audit.history.isEmpty { text += ", against \(u.groupsCovered)" + (sectors ? " and \(u.sectorsCovered)" : "") + " for the usual panel" }
        items.append("<a href=\"#invite\">\(text).</a>")
        return items
    }

    var markup: Markup {
        "<aside class=\"findings\" aria-label=\"Key findings\">\n<h2>What the map shows</h2>\n\(Markup.list(items))</aside>\n"
    }
}
