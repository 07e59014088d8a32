import InclusionMap

/// Section 2, silos: the silo map, E-I by group and for the network with its permutation
/// test in words, unlinked pairs and single points of failure, and informal communities
/// against the grouping.
struct SilosSection: ReportSection {
    let report: InclusionReport
    let maps: [ReportMap]

    var anchor: String { "silos" }
    var title: String { "Silos" }

    private var silos: SiloReport { report.silos }
    private var grouping: Grouping { silos.grouping }
    private var rule: SmallGroupRule { SmallGroupRule(minimum: report.options.minimumGroupSize) }
    private func label(_ g: Int) -> String { grouping.label(ofGroup: g, in: report.map) }
    private func count(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : Wording.fixed(value)
    }

    /// The network E-I and its permutation test in words.
    var verdict: String? {
        let ei = silos.eiIndex
        guard let value = ei.value else { return nil }
        let lean = value < 0 ? "most ties stay inside groups" : value > 0 ? "most ties cross between groups" : "ties split evenly inside and across groups"
        var text = "The network's E-I index is \(Wording.fixed(value)): \(lean) (\(count(ei.internalTies)) inside, \(count(ei.externalTies)) across)."
        if let test = silos.permutationTest {
            text += " If people were shuffled among groups of the same sizes, it would be \(Wording.fixed(test.expected)) on average, so the network is "
            if test.pLess < 0.05 {
                text += "more inward-looking than chance, \(Wording.pValue(test.pLess))"
            } else if test.pGreater < 0.05 {
                text += "more outward-looking than chance, \(Wording.pValue(test.pGreater))"
            } else {
                text += "no more inward- or outward-looking than chance (\(Wording.pValue(min(test.pLess, test.pGreater))), one-sided)"
            }
            text += " (\(test.permutations) permutations)."
        }
        return text
    }

    /// One row of the group table.
    private struct GroupRow {
        var label: String
        var actors: Int
        var inside: Double
        var across: Double
        var eiIndex: Double?
        var density: Double?
    }

    /// Group rows sorted from the most inward-looking, small groups folded into one row.
    private var groupRows: [GroupRow] {
        let groups = silos.eiIndex.groups
        let order = groups.indices.sorted { (groups[$0].value ?? 2, label($0)) < (groups[$1].value ?? 2, label($1)) }
        let (shown, folded) = rule.partition(order) { grouping.sizes[$0] }
        var rows = shown.map { g in
            GroupRow(label: label(g), actors: grouping.sizes[g], inside: groups[g].internalTies, across: groups[g].externalTies,
                     eiIndex: groups[g].value, density: silos.mixing.density[g][g])
        }
        if !folded.isEmpty {
            let inside = folded.reduce(0) { $0 + groups[$1].internalTies }
            let across = folded.reduce(0) { $0 + groups[$1].externalTies }
            rows.append(GroupRow(
                label: rule.foldedLabel(folded.count), actors: folded.reduce(0) { $0 + grouping.sizes[$1] }, inside: inside, across: across,
                eiIndex: inside + across > 0 ? (across - inside) / (across + inside) : nil, density: nil))
        }
        return rows
    }

    func body(maps rendered: RenderedMaps) -> Markup {
        var out: Markup = ""
        if let verdict {
            out += .paragraph(Markup(text: verdict), className: "lead")
        } else {
            out += .paragraph("No tie joins two grouped actors, so there is nothing to measure about silos by \(grouping.column).", className: "lead")
        }
        out += .paragraph("The E-I index runs from −1 (every tie inside the group) to +1 (every tie to another group). Modularity of the grouping is \(Wording.fixed(silos.modularity, digits: 3)) and assortativity \(Wording.fixed(silos.assortativity, digits: 3)) (1: ties only inside groups; 0: groups make no difference).")
        out += rendered.figure(maps.first { $0.name == "silo" })

        out += "<h3>Groups from the most inward-looking</h3>\n"
        let rows = groupRows.map { row -> [Markup] in
            [Markup(text: row.label), "\(row.actors)", "\(count(row.inside))", "\(count(row.across))", "\(Wording.fixed(row.eiIndex))", "\(Wording.fixed(row.density))"]
        }
        let folded = rule.partition(Array(grouping.sizes.indices)) { grouping.sizes[$0] }.folded.count
        out += HTMLTable(
            columns: [.text(grouping.column), .number("actors"), .number("ties inside"), .number("ties across"), .number("E-I"), .number("density inside")],
            rows: rows, note: folded > 0 ? Markup(text: rule.note) : nil).markup

        out += "<h3>Weak links between groups</h3>\n"
        out += weakLinks
        out += "<h3>Informal communities against the \(grouping.column) chart</h3>\n"
        out += communities
        return out
    }

    private var weakLinks: Markup {
        var out: Markup = ""
        let unlinked = silos.mixing.unlinkedPairs
        let pairs = grouping.groupCount * (grouping.groupCount - 1) / 2
        if unlinked.isEmpty {
            out += .paragraph("Every pair of groups has at least one direct tie.")
        } else {
            out += .paragraph("\(unlinked.count) of \(pairs) pairs of groups have no direct tie. Each group and the groups it has no tie with:")
            var missing: [Int: [Int]] = [:]
            for (g, h) in unlinked {
                missing[g, default: []].append(h)
                missing[h, default: []].append(g)
            }
            let rows = missing.keys.sorted { (missing[$0]!.count, label($1)) > (missing[$1]!.count, label($0)) }.map { g -> [Markup] in
                [Markup(text: label(g)), "\(missing[g]!.count)", Markup(text: missing[g]!.map(label).sorted().joined(separator: ", "))]
            }
            out += HTMLTable(columns: [.text(grouping.column), .number("unlinked"), .text("no direct tie with")], rows: rows).markup
        }
        let singles = silos.mixing.singlePoints
        if !singles.isEmpty {
            out += .paragraph("\(Wording.count(singles.count, "pair")) of groups \(singles.count == 1 ? "is" : "are") linked through one person only: lose them and the two groups lose their direct link.")
            let rows = singles.map { single -> [Markup] in
                let via = single.via.map { report.naming.markup(report.silos.index.actorIDs[Int($0)]) }
                return [Markup(text: "\(label(single.groups.0)) – \(label(single.groups.1))"), Markup.joined(via, separator: " or ")]
            }
            out += HTMLTable(columns: [.text("groups"), .text("their only link")], rows: rows).markup
        }
        let cuts = silos.cutPoints.articulationPoints
        if !cuts.isEmpty {
            let names = cuts.prefix(10).map { report.naming.markup(silos.index.actorIDs[Int($0.node)]) }
            let more: Markup = cuts.count > 10 ? " and \(cuts.count - 10) more" : ""
            out += .paragraph("\(Wording.count(cuts.count, "actor holds", plural: "actors hold")) the network together: without \(cuts.count == 1 ? "them" : "any one of them") it falls apart: \(Markup.joined(names, separator: ", "))\(more).")
        }
        return out
    }

    /// Each community of more than one actor with the groups its members come from.
    private var communityRows: [(name: String, size: Int, groups: String)] {
        let communities = silos.communities
        let sizes = communities.sizes
        return communities.names.indices.filter { sizes[$0] > 1 }.map { c in
            var counts: [Int32: Int] = [:]
            for node in communities.groupOfNode.indices where communities.groupOfNode[node] == Int32(c) {
                let g = grouping.groupOfNode[node]
                if g >= 0 { counts[g, default: 0] += 1 }
            }
            let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            let mix = ranked.prefix(4).map { "\(label(Int($0.key))) \($0.value)" }.joined(separator: ", ") + (ranked.count > 4 ? ", …" : "")
            return (communities.names[c], sizes[c], mix)
        }
    }

    private var communities: Markup {
        let agreement = silos.agreement
        let count = silos.communities.groupCount
        var text = "Community detection (Louvain) finds \(Wording.count(count, "informal community", plural: "informal communities")) in who is tied to whom. "
        if let nmi = agreement.normalizedMutualInformation {
            let words = nmi >= 0.7 ? "largely follow the \(grouping.column) chart: people work mostly with their own group"
                : nmi >= 0.4 ? "partly follow the \(grouping.column) chart: some working groups cut across it"
                : "cut across the \(grouping.column) chart: people work in groups the chart does not show"
            text += "They \(words) (normalised mutual information \(Wording.fixed(nmi)), adjusted Rand index \(Wording.fixed(agreement.adjustedRandIndex)); 1 would mean the communities are the groups)."
        }
        var out: Markup = .paragraph(Markup(text: text))
        let rows = communityRows.map { row -> [Markup] in [Markup(text: row.name), "\(row.size)", Markup(text: row.groups)] }
        let singletons = silos.communities.sizes.filter { $0 == 1 }.count
        out += HTMLTable(
            columns: [.text("community"), .number("actors"), .text("largest groups in it")], rows: rows,
            note: singletons > 0 ? "\(Wording.count(singletons, "actor")) with no tie \(singletons == 1 ? "is" : "are") a community of one, not listed." : nil).markup
        return out
    }

    var tables: [CSVTable] {
        let names = grouping.names
        var pairs: [[String]] = []
        var single: [String: [Int32]] = [:]
        for s in silos.mixing.singlePoints { single["\(s.groups.0) \(s.groups.1)"] = s.via }
        for g in names.indices {
            for h in names.indices where h > g {
                let via = (single["\(g) \(h)"] ?? single["\(h) \(g)"] ?? []).map { report.naming.csvID(silos.index.actorIDs[Int($0)]) }
                pairs.append([label(g), label(h), CSVTable.number(silos.mixing.ties[g][h]), via.joined(separator: ";")])
            }
        }
        return [
            CSVTable(fileName: "silo-groups.csv", header: ["group", "actors", "ties_inside", "ties_across", "ei_index", "density_inside"], rows: groupRows.map {
                [$0.label, String($0.actors), CSVTable.number($0.inside), CSVTable.number($0.across), CSVTable.number($0.eiIndex), CSVTable.number($0.density)]
            }),
            CSVTable(fileName: "group-pairs.csv", header: ["group_a", "group_b", "ties", "only_link_via"], rows: pairs),
            CSVTable(fileName: "communities.csv", header: ["community", "actors", "largest_groups"], rows: communityRows.map { [$0.name, String($0.size), $0.groups] }),
        ]
    }
}
