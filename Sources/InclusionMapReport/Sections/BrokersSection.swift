import InclusionMap

/// Section 4, under-used brokers: the ranking with reasons, the two lists that set roles
/// against structure, and an ego map of each top broker.
struct BrokersSection: ReportSection {
    let report: InclusionReport
    let maps: [ReportMap]

    var anchor: String { "brokers" }
    var title: String { "Under-used brokers" }

    private var finder: BrokerFinder { report.brokers }
    private var naming: ActorNaming { report.naming }
    private func group(_ c: BrokerFinder.Candidate) -> String { finder.grouping.label(ofGroup: c.group, in: report.map) }

    /// The window's engagements in words: "the last 8 engagements" or "all 5 engagements".
    private var window: String {
        let history = finder.history
        return history.recent.count == history.engagements.count
            ? "all \(Wording.count(history.engagements.count, "engagement"))" : "the last \(history.recent.count) engagements"
    }

    /// The rows of the ranking shown: the top ten and any highlighted broker below them.
    private var listed: [BrokerFinder.Candidate] {
        let highlighted = Set(report.highlightedBrokers.map(\.actorID))
        return finder.candidates.enumerated().filter { $0.offset < 10 || highlighted.contains($0.element.actorID) }.map(\.element)
    }

    func body(maps rendered: RenderedMaps) -> Markup {
        var out: Markup = ""
        let history = finder.history
        let highlighted = report.highlightedBrokers
        if history.isEmpty {
            out += .paragraph("No engagements are recorded, so nobody's use is known: actors are ranked by brokerage potential alone. \(Wording.count(highlighted.count, "actor is a structural broker", plural: "actors are structural brokers")): a tie to another group and potential in the top tenth.", className: "lead")
        } else {
            let names = highlighted.map { naming.markup($0.actorID) }
            out += .paragraph(highlighted.isEmpty
                ? "No structural broker is under-used: everyone whose ties bridge groups attended more than a quarter of \(window)."
                : "\(Wording.count(highlighted.count, "actor bridges", plural: "actors bridge")) groups better than nine in ten others yet attended at most a quarter of \(window): \(Markup.joined(names, separator: ", ")). They are the first people to bring into the room.", className: "lead")
            let underUsed = finder.underUsed.count
            if underUsed > highlighted.count {
                let shortlist = finder.shortlist
                out += .paragraph(Markup(text: "They are the shortlist of \(underUsed) under-used brokers: tied to at least \(BrokerShortlist.minimumContactsInAGroup) people of some other group, potential at least \(BrokerShortlist.minimumPotential), up to the first drop in potential of more than \(BrokerShortlist.maximumGap), at most \(shortlist.cap) (one per group, never more than \(BrokerShortlist.maximumLength)); this list ended by \(shortlist.ending). The table of brokers (tables/brokers.csv) holds them all."), className: "note")
            }
        }
        out += .paragraph("Brokerage potential (0 to 1) averages four percentile ranks: bridging betweenness, participation coefficient, the strongest Gould–Fernandez brokerage role and low constraint. Use is the share of \(history.isEmpty ? "engagements attended" : window) attended; score = potential × (1 − use).")

        if let confidence = report.confidence {
            let fragile = highlighted.filter { share(of: $0.actorID, confidence) < FindingWords.fragileShare }
            var text = "How sure: \(FindingWords.percent(confidence.options.perturbation.tieDropout)) of the ties and attendance were left out of each of \(confidence.options.resamples) resampled maps at random"
            if confidence.options.perturbation.nonResponse > 0 { text += ", and \(FindingWords.percent(confidence.options.perturbation.nonResponse)) of respondents made non-respondents (the map's own rate)" }
            text += "; the \"how sure\" column is the share of those maps in which the actor is still \(history.isEmpty ? "a structural" : "an under-used") broker, with the range of their rank. It is given as a percentage from 90% up; between half and 90% it reads \"uncertain\": on planted organisations such findings held every time on clean data but under half the time when a tenth of the ties were wrong, so the percentage there is not a probability."
            if !fragile.isEmpty {
                text += " Fragile (under half): \(fragile.map { report.naming.label($0.actorID) }.joined(separator: ", ")); check their ties before acting on them."
            }
            out += .paragraph(Markup(text: text), className: "note")
        }
        let highlightedIDs = Set(highlighted.map(\.actorID))
        let rank = Dictionary(uniqueKeysWithValues: finder.candidates.enumerated().map { ($0.element.actorID, $0.offset + 1) })
        let rows = listed.map { c -> [Markup] in
            let mark: Markup = highlightedIDs.contains(c.actorID) ? " <span class=\"tag\">\(history.isEmpty ? "structural" : "under-used")</span>" : ""
            return ["\(rank[c.actorID] ?? 0)", "\(naming.markup(c.actorID))\(mark)", Markup(text: group(c)), "\(Wording.fixed(c.potential))",
                    history.isEmpty ? "–" : "\(c.attended) of \(history.recent.count)", "\(Wording.fixed(c.score))",
                    Markup(text: c.roles.isEmpty ? "–" : c.roles.joined(separator: ", "))] + sureness(c)
        }
        out += HTMLTable(
            columns: [.number("rank"), .text("actor"), .text(finder.grouping.column), .number("potential"), .number("attended"), .number("score"), .text("designated role")]
                + (report.confidence == nil ? [] : [.text("how sure")]),
            rows: rows, note: "The top ten of \(finder.candidates.count) grouped actors\(listed.count > 10 ? ", and the highlighted brokers below them" : ""); tables/brokers.csv has everyone.").markup

        out += "<h3>Designated but not structural</h3>\n"
        let designated = finder.designatedButNotStructural
        out += .paragraph(designated.isEmpty
            ? "Every designated boundary spanner has ties outside their own group and brokerage potential above the median."
            : "\(Wording.count(designated.count, "actor holds", plural: "actors hold")) a boundary-spanning role but \(designated.count == 1 ? "has" : "have") no tie outside \(designated.count == 1 ? "their" : "their own") group or brokerage potential below the median (\(Wording.fixed(finder.medianPotential))): the role is on paper, not in the network.")
        if !designated.isEmpty {
            out += HTMLTable(
                columns: [.text("actor"), .text("role"), .text(finder.grouping.column), .number("potential"), .number("attended")],
                rows: designated.map { [naming.markup($0.actorID), Markup(text: $0.roles.joined(separator: ", ")), Markup(text: group($0)), "\(Wording.fixed($0.potential))", history.isEmpty ? "–" : "\($0.attended) of \(history.recent.count)"] },
                details: designated.map { Markup(text: $0.reason) }).markup
        }
        out += "<h3>Structural but undesignated</h3>\n"
        let undesignated = finder.structuralButUndesignated
        out += .paragraph(undesignated.isEmpty
            ? "Every structural broker already holds a designated role."
            : "\(Wording.count(undesignated.count, "actor bridges", plural: "actors bridge")) groups (potential at least \(Wording.fixed(finder.structuralThreshold)), ties across groups) without any designated role: candidates for recognition.")
        if !undesignated.isEmpty {
            out += HTMLTable(
                columns: [.text("actor"), .text(finder.grouping.column), .number("potential"), .number("attended")],
                rows: undesignated.map { [naming.markup($0.actorID), Markup(text: group($0)), "\(Wording.fixed($0.potential))", history.isEmpty ? "–" : "\($0.attended) of \(history.recent.count)"] },
                details: undesignated.map { Markup(text: $0.reason) }).markup
        }
        let egoMaps = maps.filter { $0.name.hasPrefix("ego-") }
        if !egoMaps.isEmpty {
            out += "<h3>Around the top brokers</h3>\n"
            out += .paragraph("Each map shows one broker (outlined in red) and everyone they are tied to directly.")
            out += "<div class=\"ego-grid\">\n\(Markup.joined(egoMaps.map { rendered.figure($0) }))</div>\n"
        }
        return out
    }

    /// The share of resamples in which the actor holds the finding this section highlights.
    private func share(of id: String, _ confidence: FindingConfidence) -> Double {
        finder.history.isEmpty ? confidence.structuralShare(of: id) : confidence.underUsedShare(of: id)
    }

    /// The "how sure" cell: the share and the rank interval.
    private func sureness(_ c: BrokerFinder.Candidate) -> [Markup] {
        guard let confidence = report.confidence else { return [] }
        let rank = confidence.brokers[c.actorID].map { $0.rankLow == $0.rankHigh ? "rank \($0.rankLow)" : "rank \($0.rankLow)–\($0.rankHigh)" } ?? ""
        return [Markup(text: "\(FindingWords.cell(share(of: c.actorID, confidence))) (\(rank))")]
    }

    var tables: [CSVTable] {
        let underUsed = Set(finder.underUsed.map(\.actorID))
        let confidence = report.confidence
        let rows = finder.candidates.enumerated().map { place, c -> [String] in
            [String(place + 1), naming.csvID(c.actorID), naming.csvName(c.actorID), group(c), CSVTable.number(c.potential),
             CSVTable.number(c.use), String(c.attended), CSVTable.number(c.score), c.roles.joined(separator: ";"),
             String(c.isStructural), String(underUsed.contains(c.actorID)), c.reason]
                + (confidence.map { sure in
                    let stability = sure.brokers[c.actorID]
                    return [CSVTable.number(sure.structuralShare(of: c.actorID)), CSVTable.number(sure.underUsedShare(of: c.actorID)),
                            stability.map { String($0.rankLow) } ?? "", stability.map { String($0.rankHigh) } ?? ""]
                } ?? [])
        }
        return [CSVTable(
            fileName: "brokers.csv",
            header: ["rank", "id", "name", "group", "potential", "use", "attended", "score", "designated", "structural", "under_used", "reason"]
                + (confidence == nil ? [] : ["structural_share", "under_used_share", "rank_low", "rank_high"]),
            rows: rows)]
    }
}
