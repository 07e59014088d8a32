import Foundation
import InclusionMap

/// The `suggest` command's account: the panel with reasons, beside the usual panel.
struct SuggestText {
    let panel: PanelSuggester
    let map: StakeholderMap
    let source: String

    private func groupLabel(_ pick: PanelSuggester.Pick) -> String {
        guard let group = pick.group, let number = panel.brokers.grouping.names.firstIndex(of: group) else { return "–" }
        return panel.brokers.grouping.label(ofGroup: number, in: map)
    }

    var text: String {
        var out: [String] = []
        let size = panel.constraints.size
        out.append("Suggested panel of \(size) for the next engagement in \(source) (groups by \(panel.brokers.grouping.column))")
        if panel.picks.count < size {
            out.append("Only \(panel.picks.count) actors can be suggested under these constraints.")
        }
        if let note = panel.brokers.bridgingSampleNote { out.append(note + " --exact searches from every one.") }
        if let note = panel.brokers.bridgingExactNote { out.append(note) }
        out.append("")
        let rows = panel.picks.enumerated().map { place, pick in
            [String(place + 1), ActorLabel.text(pick.actorID, in: map), groupLabel(pick), pick.sector ?? "–"]
        }
        let table = TextTable(header: ["#", "actor", "group", "sector"], rows: rows).lines
        out.append("  " + table[0])
        for (line, pick) in zip(table.dropFirst(), panel.picks) {
            out.append("  " + line)
            out.append("      " + pick.reason)
        }
        out.append("")
        if panel.brokers.history.isEmpty {
            out.append("No engagements are recorded, so there is no usual panel to compare with; the suggested panel's measures:")
        } else {
            out.append("Side by side with the usual panel (the \(panel.usualPanel.count) most frequent attendees)")
        }
        let s = panel.suggestedMeasures, u = panel.usualMeasures
        let comparison: [[String]] = [
            ["groups covered", "\(s.groupsCovered) of \(s.groupCount)", "\(u.groupsCovered) of \(u.groupCount)"],
            ["sectors covered", "\(s.sectorsCovered) of \(s.sectorCount)", "\(u.sectorsCovered) of \(u.sectorCount)"],
            ["reach (0–1)", String(format: "%.2f", s.reach), String(format: "%.2f", u.reach)],
            ["under-used brokers", "\(s.underUsedBrokers)", "\(u.underUsedBrokers)"],
            ["new voices", "\(s.newVoices)", "\(u.newVoices)"],
            ["usual suspects", "\(s.usualSuspects)", "\(u.usualSuspects)"],
        ]
        // Without engagements there is no usual panel, and attendance measures say nothing.
        let columns = panel.brokers.history.isEmpty ? 2 : 3
        out.append(contentsOf: TextTable(header: Array(["", "suggested", "usual"].prefix(columns)), rows: comparison.prefix(columns == 2 ? 3 : comparison.count).map { Array($0.prefix(columns)) }).lines.map { "  " + $0 })
        if !panel.usualPanel.isEmpty {
            out.append("  usual panel: " + panel.usualPanel.map { ActorLabel.text($0, in: map) }.joined(separator: ", "))
        }
        out.append("")
        let guarantee = panel.constraints.maxPerGroup == nil ? "1 − 1/e (63%)" : "1/2 (with a cap per group)"
        out.append("Chosen greedily: each group first, then each sector, then reach, under-used brokers and fresh voices; within \(guarantee) of the best panel on this objective.")
        return out.map { $0 + "\n" }.joined()
    }
}
