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
            text += " (\(Wording.thousands(test.permutations)) permutations)."
        }
        if let confidence = report.confidence, let interval = confidence.eiInterval {
            text += " Over \(confidence.options.resamples) resampled maps with \(FindingWords.percent(confidence.options.perturbation.tieDropout)) of the ties left out at random, it lies between \(Wording.fixed(interval.low)) and \(Wording.fixed(interval.high)) (95% interval)."
            let shares = Array(confidence.singlePoints.values)
            if !shares.isEmpty {
                let firm = shares.count { $0 >= 0.95 }
                text += " \(firm) of the \(shares.count) pairs that hang on one person still do (or lose their link) in at least 95% of them."
            }
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
            var missing = [Int](repeating: 0, count: grouping.groupCount)
            for (g, h) in unlinked {
                missing[g] += 1
                missing[h] += 1
            }
            let worst = missing.indices.filter { missing[$0] > 0 }.sorted { (missing[$0], label($1)) > (missing[$1], label($0)) }.prefix(3)
            let words = worst.map { "\(label($0)) (no tie with \(missing[$0]) of \(grouping.groupCount - 1))" }
            out += .paragraph(Markup(text: "\(unlinked.count) of \(pairs) pairs of groups have no direct tie. The most cut off: \(Wording.sentenceList(words))."))
        }
        if grouping.groupCount > 1, grouping.groupCount <= 30 {
            out += matrix
        }
        let singles = silos.mixing.singlePoints
        if !singles.isEmpty {
            // The people the pairs hang on: each end of a lone tie counts for its pair.
            var pairsOf: [Int32: [(Int, Int)]] = [:]
            for single in singles {
                for person in single.via { pairsOf[person, default: []].append(single.groups) }
            }
            let people = pairsOf.keys.sorted { (pairsOf[$0]!.count, $1) > (pairsOf[$1]!.count, $0) }
            out += .paragraph("\(Wording.count(singles.count, "pair")) of groups \(singles.count == 1 ? "hangs" : "hang") on one person, or on one tie between two people: lose them and the two groups lose their direct link. The people most depended on:")
            let rows = people.prefix(12).map { person -> [Markup] in
                let groups = pairsOf[person]!.map { "\(label($0.0)) – \(label($0.1))" }
                return [report.naming.markup(report.silos.index.actorIDs[Int(person)]), "\(groups.count)", Markup(text: groups.joined(separator: "; "))]
            }
            out += HTMLTable(
                columns: [.text("person"), .number("pairs"), .text("pairs of groups that depend on them")], rows: rows,
                note: people.count > 12 ? "The first 12 of \(people.count) people; tables/group-pairs.csv lists every pair and its only link." : nil).markup
        }
        let cuts = silos.cutPoints.articulationPoints
        if !cuts.isEmpty {
            let names = cuts.prefix(10).map { report.naming.markup(silos.index.actorIDs[Int($0.node)]) }
            let more: Markup = cuts.count > 10 ? " and \(cuts.count - 10) more" : ""
            out += .paragraph("\(Wording.count(cuts.count, "actor holds", plural: "actors hold")) the network together: without \(cuts.count == 1 ? "them" : "any one of them") it falls apart: \(Markup.joined(names, separator: ", "))\(more).")
        }
        return out
    }

    /// The mixing matrix: ties between each pair of groups, empty pairs and single points marked.
    private var matrix: Markup {
        let order = grouping.names.indices.sorted { label($0) < label($1) }
        var single = Set<Int>()
        for s in silos.mixing.singlePoints {
            single.insert(s.groups.0 * grouping.groupCount + s.groups.1)
            single.insert(s.groups.1 * grouping.groupCount + s.groups.0)
        }
        let head = Markup.joined(order.indices.map { "<th class=\"num\" scope=\"col\" title=\"\(label(order[$0]))\">\($0 + 1)</th>" })
        let rows = Markup.joined(order.indices.map { i -> Markup in
            let g = order[i]
            let cells = Markup.joined(order.map { h -> Markup in
                let ties = silos.mixing.ties[g][h]
                let style: Markup = g == h ? "diag" : ties == 0 ? "zero" : single.contains(g * grouping.groupCount + h) ? "single" : ""
                return "<td class=\"num \(style)\">\(count(ties))</td>"
            })
            return "<tr><th scope=\"row\"><span class=\"index\">\(i + 1)</span> \(label(g))</th>\(cells)</tr>\n"
        })
        return """
            <div class="table"><table class="matrix">
            <thead><tr><th></th>\(head)</tr></thead>
            <tbody>
            \(rows)</tbody>
            </table></div>
            <p class="note">Ties between each pair of groups (columns numbered as the rows). <span class="key zero">no direct tie</span> <span class="key single">one person is the only link</span> <span class="key diag">ties inside the group</span></p>

            """
    }

    /// Each community of more than one actor with the groups its members come from.
    private var communityRows: [(name: String, size: Int, groups: String)] {
        let communities = silos.communities
        let sizes = communities.sizes
        return communities.names.indices.filter { sizes[$0] > 1 }.map { c in
            let ranked = silos.groups(inCommunity: c)
            let mix = ranked.prefix(4).map { "\(label($0.group)) \($0.actors)" }.joined(separator: ", ") + (ranked.count > 4 ? ", …" : "")
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
