import Foundation
import InclusionMap

/// The `silos` command's account for a person: what the numbers say, then the tables.
struct SilosText {
    let report: SiloReport
    let map: StakeholderMap
    let source: String
    let relations: [String]
    /// How sure the E-I and each single point of failure are, when `--confidence` asked.
    var confidence: FindingConfidence? = nil

    private var grouping: Grouping { report.grouping }

    private func name(_ node: Int32) -> String {
        ActorLabel.text(report.index.actorIDs[Int(node)], in: map)
    }

    private func number(_ value: Double?, digits: Int = 2) -> String {
        guard let value else { return "–" }
        return String(format: "%.\(digits)f", value)
    }

    private func pValue(_ p: Double) -> String {
        p < 0.001 ? "p < 0.001" : "p = \(String(format: "%.3f", p))"
    }

    var text: String {
        var out: [String] = []
        let ties = relations.isEmpty ? "all ties" : relations.joined(separator: " and ") + " ties"
        let groups = grouping.groupCount
        out.append("Silos in \(source) by \(grouping.column) (\(ties); \(report.index.nodeCount) actors in \(groups) group\(groups == 1 ? "" : "s"))")
        if grouping.ungroupedCount > 0 {
            out.append("\(grouping.ungroupedCount) actor\(grouping.ungroupedCount == 1 ? " has" : "s have") no \(grouping.column) and \(grouping.ungroupedCount == 1 ? "is" : "are") left out of group measures.")
        }
        out.append("")
        out.append(contentsOf: overview)
        out.append("")
        out.append("Groups")
        let sizes = grouping.sizes
        let rows = report.eiIndex.groups.indices.sorted { (report.eiIndex.groups[$0].value ?? 2) < (report.eiIndex.groups[$1].value ?? 2) }.map { g -> [String] in
            let value = report.eiIndex.groups[g]
            return [value.group, "\(sizes[g])", count(value.internalTies), count(value.externalTies), number(value.value), number(report.mixing.density[g][g])]
        }
        out.append(contentsOf: TextTable(header: ["group", "size", "internal", "external", "E-I", "density"], rows: rows).lines.map { "  " + $0 })
        out.append("  (sorted from most inward-looking; E-I runs from −1, every tie inside, to +1, every tie outside)")
        out.append("")
        out.append("Ties between groups")
        let names = grouping.names
        let matrix = names.indices.map { g in [names[g]] + names.indices.map { h in count(report.mixing.ties[g][h]) } }
        out.append(contentsOf: TextTable(header: [""] + names, rows: matrix).lines.map { "  " + $0 })
        out.append("")
        out.append(contentsOf: weakLinks)
        out.append("")
        out.append(contentsOf: communities)
        return out.map { $0 + "\n" }.joined()
    }

    /// A single point of failure as ``FindingConfidence`` keys it.
    private func count(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    private var overview: [String] {
        var lines: [String] = []
        let ei = report.eiIndex
        guard let value = ei.value else {
            return ["No tie joins two grouped actors, so there is nothing to measure."]
        }
        let lean = value < 0 ? "most ties stay inside groups" : value > 0 ? "most ties cross groups" : "ties split evenly inside and across groups"
        lines.append("Network E-I index \(number(value)): \(lean) (\(count(ei.internalTies)) linked pairs inside, \(count(ei.externalTies)) across).")
        if let interval = confidence?.eiInterval, let confidence {
            lines.append("Resampled, it lies between \(number(interval.low)) and \(number(interval.high)) (95% percentile interval over \(ConfidenceArguments.method(confidence))).")
        }
        if let test = report.permutationTest {
            let verdict: String
            if test.pLess < 0.05 {
                verdict = "more inward-looking than chance, \(pValue(test.pLess))"
            } else if test.pGreater < 0.05 {
                verdict = "more outward-looking than chance, \(pValue(test.pGreater))"
            } else {
                verdict = "no more inward- or outward-looking than chance (\(pValue(min(test.pLess, test.pGreater))) one-sided)"
            }
            lines.append("With group sizes kept and members shuffled (\(test.permutations) permutations), E-I would be \(number(test.expected)) on average: the network is \(verdict).")
        }
        lines.append("Modularity of the grouping \(number(report.modularity, digits: 3)); assortativity \(number(report.assortativity, digits: 3)) (1 = ties only inside groups, 0 = groups make no difference).")
        return lines
    }

    private var weakLinks: [String] {
        var lines: [String] = []
        let names = grouping.names
        let unlinked = report.mixing.unlinkedPairs
        if unlinked.isEmpty {
            lines.append("Every pair of groups has at least one direct tie.")
        } else {
            lines.append("Group pairs with no direct tie (\(unlinked.count)):")
            lines.append(contentsOf: unlinked.map { "  \(names[$0.0]) – \(names[$0.1])" })
        }
        let singles = report.mixing.singlePoints
        if !singles.isEmpty {
            lines.append("Group pairs joined through one actor only (lose them and the groups lose their direct link):")
            for single in singles {
                var line = "  \(names[single.groups.0]) – \(names[single.groups.1]): \(single.via.map(name).joined(separator: " or "))"
                if let share = confidence.flatMap({ $0.singlePoints[FindingConfidence.SinglePoint(single, in: report)] }) {
                    line += "; \(FindingWords.singlePoint(share))"
                }
                lines.append(line)
            }
        }
        let cuts = report.cutPoints
        if cuts.bridges.isEmpty && cuts.articulationPoints.isEmpty {
            lines.append("No single tie or actor holds the network together: there are no bridges or cut points.")
            return lines
        }
        if !cuts.bridges.isEmpty {
            lines.append("Bridges (ties whose loss splits the network): \(cuts.bridges.count)")
            for bridge in cuts.bridges.prefix(15) {
                let sides = bridge.sides.map { "\($0.size) actor\($0.size == 1 ? "" : "s")\($0.groups.isEmpty ? "" : " in " + $0.groups.joined(separator: ", "))" }
                lines.append("  \(name(bridge.ends.0)) – \(name(bridge.ends.1)): separates \(sides.joined(separator: " from "))")
            }
            if cuts.bridges.count > 15 { lines.append("  … and \(cuts.bridges.count - 15) more") }
        }
        if !cuts.articulationPoints.isEmpty {
            lines.append("Cut points (actors whose loss splits the network): \(cuts.articulationPoints.count)")
            for point in cuts.articulationPoints.prefix(15) {
                let parts = point.parts.map { "\($0.size)\($0.groups.isEmpty ? "" : " (" + $0.groups.joined(separator: ", ") + ")")" }
                lines.append("  \(name(point.node)): leaves parts of \(parts.joined(separator: ", ")) actors")
            }
            if cuts.articulationPoints.count > 15 { lines.append("  … and \(cuts.articulationPoints.count - 15) more") }
        }
        return lines
    }

    private var communities: [String] {
        let communities = report.communities
        let sizes = communities.sizes
        var lines: [String] = []
        let agreement = report.agreement
        lines.append("Informal communities (Louvain, on ties in either direction): \(communities.groupCount) found; agreement with \(grouping.column): NMI \(number(agreement.normalizedMutualInformation)), adjusted Rand \(number(agreement.adjustedRandIndex)) (1 = the communities are the groups).")
        var rows: [[String]] = []
        for c in communities.names.indices where sizes[c] > 1 {
            let ranked = report.groups(inCommunity: c)
            let mix = ranked.prefix(3).map { "\(grouping.names[$0.group]) \($0.actors)" }.joined(separator: ", ") + (ranked.count > 3 ? ", …" : "")
            rows.append([communities.names[c], "\(sizes[c])", mix])
        }
        lines.append(contentsOf: TextTable(header: ["community", "size", "largest groups in it"], rows: rows).lines.map { "  " + $0 })
        let singletons = sizes.filter { $0 == 1 }.count
        if singletons > 0 { lines.append("  (\(singletons) actor\(singletons == 1 ? "" : "s") with no tie in a community of their own, not listed)") }
        return lines
    }
}

/// The `silos` findings as CSV rows: the network's and each group's E-I, each unlinked pair
/// and each single point of failure, with its confidence when asked (the E-I's interval).
struct SilosRows {
    let report: SiloReport
    var confidence: FindingConfidence? = nil

    var rows: [[String]] {
        let names = report.grouping.names
        let ids = report.index.actorIDs
        let number = { (value: Double?) in value.map { String(format: "%.4f", $0) } ?? "" }
        var rows: [[String]] = [["ei-network", "network", number(report.eiIndex.value),
                                 confidence?.eiInterval.map { "\(number($0.low)) to \(number($0.high))" } ?? ""]]
        rows += report.eiIndex.groups.map { ["ei-group", $0.group, number($0.value), ""] }
        rows += report.mixing.unlinkedPairs.map { ["unlinked-pair", "\(names[$0.0]) + \(names[$0.1])", "", ""] }
        rows += report.mixing.singlePoints.map { single in
            ["single-point", "\(names[single.groups.0]) + \(names[single.groups.1])", single.via.map { ids[Int($0)] }.joined(separator: ";"),
             number(confidence.flatMap { $0.singlePoints[FindingConfidence.SinglePoint(single, in: report)] })]
        }
        return rows
    }
}
