import Foundation
import InclusionMap

/// The `brokers` command's account: the ranking with reasons, then the two reconciliation lists.
struct BrokersText {
    let finder: BrokerFinder
    let map: StakeholderMap
    let source: String
    let listed: [BrokerFinder.Candidate]
    /// How sure each finding is, when `--confidence` asked.
    var confidence: FindingConfidence? = nil

    private var history: EngagementHistory { finder.history }

    private func label(_ c: BrokerFinder.Candidate) -> String { ActorLabel.text(c.actorID, in: map) }
    private func group(_ c: BrokerFinder.Candidate) -> String { finder.grouping.label(ofGroup: c.group, in: map) }
    private func two(_ value: Double) -> String { String(format: "%.2f", value) }

    var text: String {
        var out: [String] = []
        let ties = finder.index.options.relations.map { $0.sorted().joined(separator: " and ") + " ties" } ?? "all ties"
        out.append("Brokers in \(source) by \(finder.grouping.column) (\(ties); \(finder.candidates.count) grouped actors)")
        if history.isEmpty {
            out.append("No engagements are recorded, so use is unknown: actors are ranked by brokerage potential alone.")
        } else {
            out.append("Use is the share of \(history.recent.count == history.engagements.count ? "all \(history.recent.count)" : "the last \(history.recent.count)") engagements attended; score = potential × (1 − use).")
        }
        if let note = finder.bridgingSampleNote { out.append(note + " --exact searches from every one.") }
        if let note = finder.bridgingExactNote { out.append(note) }
        out.append("")
        let rows = listed.enumerated().map { place, c -> [String] in
            [String(place + 1), label(c), group(c), two(c.potential), c.use.map(two) ?? "–", two(c.score), c.roles.joined(separator: ", ")]
        }
        let table = TextTable(header: ["rank", "actor", "group", "potential", "use", "score", "designated"], rows: rows).lines
        out.append("  " + table[0])
        for (row, c) in zip(table.dropFirst(), listed) {
            out.append("  " + row)
            out.append("        " + c.reason)
        }
        out.append("")
        if !history.isEmpty {
            let underUsed = finder.underUsed
            let shortlist = finder.shortlist
            out.append("Under-used brokers to invite first: \(shortlist.brokers.count) of \(underUsed.count) "
                + "(tied to at least \(BrokerShortlist.minimumContactsInAGroup) people of some other group, "
                + "potential at least \(BrokerShortlist.minimumPotential), until a drop in potential of more than \(BrokerShortlist.maximumGap), "
                + "at most \(shortlist.cap): one per group, never more than \(BrokerShortlist.maximumLength); \(shortlist.brokers.count == underUsed.count ? "all pass" : "ended by \(shortlist.ending)"))")
            out.append(shortlist.brokers.isEmpty ? "  none" : "  " + shortlist.brokers.map(label).joined(separator: ", "))
            let listed = Set(shortlist.brokers.map(\.actorID))
            let rest = underUsed.filter { !listed.contains($0.actorID) }
            if !rest.isEmpty {
                out.append("The other under-used brokers (structural, attended at most a quarter of the window): \(rest.count)")
                out.append("  " + rest.prefix(20).map(label).joined(separator: ", ") + (rest.count > 20 ? " and \(rest.count - 20) more (--format csv lists all)" : ""))
            }
            out.append("")
        }
        if let confidence {
            out.append("How sure (\(ConfidenceArguments.method(confidence))):")
            let sure = history.isEmpty ? finder.candidates.filter(\.isStructural) : finder.underUsed
            if sure.isEmpty { out.append("  none") }
            for c in sure {
                out.append("  \(label(c)): \(FindingWords.broker(c.actorID, confidence: confidence, underUsed: !history.isEmpty))")
            }
            out.append("")
        }
        let threshold = two(finder.structuralThreshold)
        out.append("Designated but not structural (a role, but no tie outside the group or potential below the median \(two(finder.medianPotential))): \(finder.designatedButNotStructural.count)")
        for c in finder.designatedButNotStructural {
            out.append("  \(label(c)), \(c.roles.joined(separator: ", ")), \(group(c)): \(c.reason)")
        }
        if finder.designatedButNotStructural.isEmpty { out.append("  none") }
        out.append("")
        out.append("Structural but undesignated (potential at least \(threshold), ties across groups, no role): \(finder.structuralButUndesignated.count)")
        for c in finder.structuralButUndesignated {
            out.append("  \(label(c)), \(group(c)): potential \(two(c.potential))")
        }
        if finder.structuralButUndesignated.isEmpty { out.append("  none") }
        return out.map { $0 + "\n" }.joined()
    }
}
