import Foundation
import InclusionMap

/// A ``MapSummary`` written for a person: counts in aligned columns, largest first.
struct SummaryText {
    var summary: MapSummary
    var map: StakeholderMap
    var title: String

    var text: String {
        var lines: [String] = []
        lines.append("Summary of \(title)")
        lines.append("")
        lines.append("Actors: \(summary.actors)")
        if let asked = summary.asked, let responded = summary.responded, asked > 0 {
            let share = Int((Double(responded) / Double(asked) * 100).rounded())
            lines.append("  survey: \(responded) of \(asked) asked answered (\(share)%)" + (responded < asked ? "; \(asked - responded) did not" : ""))
        }
        lines += section("by kind", summary.kinds)
        var groups = summary.groups
        if summary.actorsWithoutGroup > 0 { groups["(no department)"] = summary.actorsWithoutGroup }
        lines += section("by department", groups, names: { map.department(withID: $0)?.name })
        lines += section("by sector", summary.sectors)
        lines.append("")
        let asides = [summary.selfLoops > 0 ? "\(summary.selfLoops) from an actor to itself" : nil,
                      summary.negativeTies > 0 ? "\(summary.negativeTies) negative, left out of density and components" : nil].compactMap { $0 }
        lines.append("Ties: \(summary.ties) rows" + (asides.isEmpty ? "" : " (\(asides.joined(separator: "; ")))"))
        let relationRows = summary.relationDetails.sorted { $0.key < $1.key }.map { name, detail in
            let direction = detail.directedTies == detail.ties ? "directed"
                : detail.directedTies == 0 ? "undirected" : "\(detail.directedTies) directed"
            return ["  " + name, String(detail.ties), direction, "density " + fixed(detail.density)]
                + (detail.negativeTies > 0 ? ["\(detail.negativeTies) negative"] : [])
        }
        lines += aligned(relationRows)
        lines.append("")
        lines.append("Whole map (relations merged, direction ignored): density \(fixed(summary.density))")
        lines.append("  \(summary.components) weak component\(summary.components == 1 ? "" : "s"), "
            + "the largest with \(summary.largestComponent) actors; \(summary.isolates) isolate\(summary.isolates == 1 ? "" : "s")")
        lines.append("")
        if summary.spanners.isEmpty {
            lines.append("Designated boundary spanners: none recorded")
        } else {
            let holders = Set(summary.spanners.values.joined()).count
            lines.append("Designated boundary spanners: \(holders) actor\(holders == 1 ? "" : "s")")
            lines += aligned(summary.spanners.sorted { $0.key < $1.key }.map { role, ids in
                ["  " + role, ids.map { ActorLabel.text($0, in: map) }.joined(separator: ", ")]
            })
        }
        lines.append("")
        lines.append("Engagements: \(summary.engagements); attendance records: \(summary.attendance); "
            + "actors who attended any: \(summary.attendees) of \(summary.actors)")
        for engagement in map.engagements {
            let count = map.attendees(of: engagement.id).count
            let date = engagement.date.map { "\($0)  " } ?? ""
            lines.append("  \(date)\(engagement.displayName) (\(count))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Counts under a heading, largest first, ties by name.
    private func section(_ heading: String, _ counts: [String: Int], names: (String) -> String? = { _ in nil }) -> [String] {
        let rows = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { key, count in
            ["    " + key, String(count), names(key) ?? ""]
        }
        return ["  \(heading):"] + aligned(rows)
    }

    private func fixed(_ value: Double) -> String {
        String(format: "%.4f", value)
    }

    private func aligned(_ rows: [[String]]) -> [String] {
        TextTable(rows: rows).lines
    }
}
