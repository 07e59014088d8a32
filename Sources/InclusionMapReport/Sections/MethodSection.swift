import Foundation
import InclusionMap

/// Section 7, method: each measure in plain words with its formula, reference and
/// conventions, then what a reader needs to reproduce the report.
struct MethodSection: ReportSection {
    let report: InclusionReport

    var anchor: String { "method" }
    var title: String { "Method" }

    /// One measure explained.
    struct Entry {
        var name: String
        var words: String
        var formula: String
        var reference: String
    }

    static let entries: [Entry] = [
        Entry(
            name: "E-I index",
            words: "How far a group's (or the network's) ties go outside rather than inside it. Ties are counted once whatever their direction; ties of actors without a group are left out.",
            formula: "E-I = (E − I) / (E + I), E = ties to other groups, I = ties inside",
            reference: "D. Krackhardt & R. N. Stern, Informal networks and organizational crises, Social Psychology Quarterly 51 (1988) 123–140."),
        Entry(
            name: "Permutation test of the E-I index",
            words: "Members are shuffled among groups of the same sizes, ties kept; the p-value is the share of shuffles at least as inward-looking (or outward-looking) as the map, with the observed arrangement counted among them.",
            formula: "p_less = (1 + #{E-I of a shuffle ≤ observed}) / (1 + permutations), and p_greater with ≥",
            reference: "Krackhardt & Stern (1988); UCINET's E-I permutation test."),
        Entry(
            name: "Modularity and assortativity",
            words: "How much more often ties fall inside groups than if ties were placed at random with the same degrees; assortativity scales the same comparison to run from −1 to 1.",
            formula: "Q = Σ_g (e_gg − a_g²); r = (Σ_g e_gg − Σ_g a_g²) / (1 − Σ_g a_g²)",
            reference: "M. E. J. Newman, Mixing patterns in networks, Physical Review E 67 (2003) 026126; networkx.community.modularity."),
        Entry(
            name: "Unlinked pairs and single points",
            words: "Pairs of groups with no direct tie between any of their members, and pairs whose every direct tie passes through one and the same actor.",
            formula: "ties(g, h) = 0; or every tie between g and h has actor v at one end",
            reference: "The mixing matrix of the grouping (Newman 2003)."),
        Entry(
            name: "Informal communities",
            words: "Groups found from the ties alone (Louvain method, ties in either direction, fixed seed), compared with the chart by normalised mutual information and the adjusted Rand index.",
            formula: "NMI = 2 I(C; G) / (H(C) + H(G)); ARI = (RI − E[RI]) / (max RI − E[RI])",
            reference: "V. D. Blondel et al., Fast unfolding of communities in large networks, J. Stat. Mech. (2008) P10008; L. Hubert & P. Arabie, Comparing partitions, J. Classification 2 (1985) 193–218."),
        Entry(
            name: "Bridging betweenness",
            words: "The share of shortest paths between members of different groups that pass through an actor. When searching from every grouped actor would take more than about half a minute (grouped actors × (actors + ties) above 8 × 10⁹) it is estimated from the paths of \(PathSampling.automaticSampleSize) of them drawn at random with a fixed seed, unbiased, with a standard error for every value (the options below say whether this report sampled; --exact searches from every one).",
            formula: "BB(v) = Σ_{s,t in different groups; s,t ≠ v} σ_st(v) / σ_st, divided by the number of such pairs",
            reference: "L. C. Freeman, A set of measures of centrality based on betweenness, Sociometry 40 (1977) 35–41, restricted to cross-group pairs; the sample as U. Brandes & C. Pich, Centrality estimation in large networks, International Journal of Bifurcation and Chaos 17 (2007) 2303–2318."),
        Entry(
            name: "Participation coefficient",
            words: "How evenly an actor's ties spread over groups: 0 when all are in one group.",
            formula: "P_i = 1 − Σ_g (k_ig / k_i)²",
            reference: "R. Guimerà & L. A. N. Amaral, Functional cartography of complex metabolic networks, Nature 433 (2005) 895–900."),
        Entry(
            name: "Gould–Fernandez brokerage",
            words: "Counts of the two-step paths an actor mediates, by the groups of the three people: liaison, gatekeeper, representative and itinerant cross a group boundary. Each count is compared with its expectation under random ties as a z-score, as R's sna::brokerage does.",
            formula: "z = (count − expected) / standard deviation",
            reference: "R. V. Gould & R. M. Fernandez, Structures of mediation, Sociological Methodology 19 (1989) 89–126."),
        Entry(
            name: "Constraint",
            words: "How much an actor's contacts are tied to one another: low constraint means open structural holes the actor can bridge.",
            formula: "c_i = Σ_j (p_ij + Σ_q p_iq p_qj)²",
            reference: "R. S. Burt, Structural Holes (1992); networkx.constraint."),
        Entry(
            name: "Brokerage potential, use and score",
            words: "Potential averages the four measures above as percentile ranks among grouped actors (1 − constraint for the last). On directed ties the participation coefficient counts the ties that come to the actor (Guimerà, Sales-Pardo & Amaral 2007), so seeking advice widely does not make a broker. Use is the share of the recent engagements attended; a designated role does not count as use. Structural brokers are tied to at least two people of other groups and have potential in the top tenth (a place resting on one cross-group tie is too fragile to call); under-used brokers are structural brokers who attended at most a quarter of the window. The report names the shortlist of them to invite first: tied to at least two people of some other group (so no single misreported tie puts anyone on it), potential at least 0.8, up to the first drop in potential of more than 0.1, at most one person per group in number.",
            formula: "potential = mean of percentile ranks; score = potential × (1 − use)",
            reference: "Percentile ranks by mid-rank; the 90th percentile by linear interpolation as NumPy's default."),
        Entry(
            name: "Attendance concentration",
            words: "Who takes the seats: the share taken by the top tenth of attendees, and the Gini coefficient over every actor on the map (those who never attended count as zero). Usual suspects attended more than three quarters of the engagements.",
            formula: "G = Σ_i Σ_j |x_i − x_j| / (2 n² x̄)",
            reference: "C. Gini, Variabilità e mutabilità (1912)."),
        Entry(
            name: "Representation ratio",
            words: "A group's share of attendees set against its share of the map.",
            formula: "ratio = (attendees in g / all attendees) / (actors in g / all actors)",
            reference: "The representation ratio of participation audits; 1 is proportionate."),
        Entry(
            name: "Reach and the suggested panel",
            words: "Reach is the distance-weighted reach of the panel: how close everyone is to its nearest member, counting hops along ties in either direction. The panel is chosen greedily, each step adding the person who adds most to: 6 per new group, 3 per new sector, 1 × reach, and for each person 1 × under-use plus ½ × the share of recent engagements missed.",
            formula: "R = (1/n) Σ_j 1 / d(panel, j), members counting 1 and unreachable actors 0; f = 6·groups + 3·sectors + R + Σ (under-use + ½ freshness)",
            reference: "S. P. Borgatti, Identifying sets of key players in a social network, Computational and Mathematical Organization Theory 12 (2006) 21–34; G. L. Nemhauser, L. A. Wolsey & M. L. Fisher (1978) for the 1 − 1/e bound."),
    ]

    func body(maps: RenderedMaps) -> Markup {
        var out: Markup = .paragraph("Every figure in this report can be recomputed from the input files with the options below. The measures follow their published definitions; where NetworkX has a measure, its default convention is used.")
        out += "<dl class=\"method\">\n"
        for entry in Self.entries {
            out += "<dt>\(entry.name)</dt>\n<dd><p>\(entry.words)</p><p><code>\(entry.formula)</code></p><p class=\"note\">\(entry.reference)</p></dd>\n"
        }
        out += "</dl>\n"

        if !report.sensitivity.isEmpty {
            out += "<h3>Sensitivity to missing data</h3>\n"
            out += .paragraph("The map has non-respondents. Read under each policy, the findings would be:")
            let chosen = report.options.missingData
            out += HTMLTable(
                columns: [.text("policy"), .number("E-I"), .text(report.brokers.history.isEmpty ? "structural brokers" : "under-used brokers")],
                rows: report.sensitivity.map { row in
                    [Markup(text: row.policy.rawValue + (row.policy == chosen ? " (this report)" : "")), Markup(text: Wording.fixed(row.eiIndex)),
                     Markup(text: row.brokers.isEmpty ? "none" : row.brokers.map { report.naming.label($0) }.joined(separator: ", "))]
                },
                note: "observed: as reported; reconstruct: non-respondents' ties taken from what others reported (Stork & Richards 1992); respondents: only those who answered.").markup
        }

        out += "<h3>Reproducing this report</h3>\n"
        out += .paragraph("Made with InclusionMap \(InclusionMapVersion.current) from \(report.source.name). The same input and options give the same figures.")
        out += "<pre class=\"command\">\(command)</pre>\n"
        if !report.source.files.isEmpty {
            out += HTMLTable(
                columns: [.text("input file"), .number("bytes"), .text("SHA-256")],
                rows: report.source.files.map { [Markup(text: $0.name), "\($0.bytes)", "<code>\($0.sha256)</code>"] },
                note: "Check a file with: sha256sum FILE").markup
        }
        let options = report.options
        let rows: [(String, String)] = [
            ("group column", report.detectsCommunities
                ? "louvain: communities detected by Louvain modularity optimisation (Blondel et al. 2008, seed \(options.seed)) on the map as analysed, the same groups in every resampled map"
                : options.groupColumn),
            ("relations", options.relations.map { $0.sorted().joined(separator: ", ") } ?? "all"),
            ("direction", options.undirected ? "ignored: every tie read as undirected" : "kept where ties are directed"),
            ("bridging betweenness", report.brokers.bridgingSampleNote ?? "exact: every grouped actor a path source"),
            ("engagement window", options.window.map { "the last \($0)" } ?? "all"),
            ("E-I permutations", String(options.permutations)),
            ("seed", String(options.seed)),
            ("panel size", String(options.panelSize)),
            ("smallest group shown in tables", String(options.minimumGroupSize)),
            ("names", report.pseudonymises ? "replaced by codes" : "shown, except for actors who asked not to be named"),
            ("missing data", options.missingData.explanation),
            ("confidence", options.confidenceResamples == 0 ? "not measured"
                : "\(options.confidenceResamples) resampled maps, each missing \(FindingWords.percent(options.confidenceDropout)) of ties and attendance at random, respondents made non-respondents at the observed rate (Borgatti, Carley & Krackhardt 2006)"
                    + (report.brokers.candidates.count > PathSampling.resampleExactLimit
                        ? "; with more than \(PathSampling.resampleExactLimit) grouped actors each resample estimates bridging betweenness from \(PathSampling.resampleSampleSize) path sources of its own, so the shares count that sampling error too and err low"
                        : "")),
        ]
        out += HTMLTable(columns: [.text("option"), .text("value")], rows: rows.map { [Markup(text: $0.0), Markup(text: $0.1)] }).markup
        return out
    }

    /// The command that makes this report again.
    var command: String {
        let options = report.options
        var words = ["inclusion-map", "report"]
        if let path = report.source.path { words.append(Self.quoted(path)) }
        words += ["--out", "report"]
        if options.groupColumn != "department" { words += ["--group", Self.quoted(options.groupColumn)] }
        for relation in options.relations?.sorted() ?? [] { words += ["--relation", Self.quoted(relation)] }
        if let title = options.title { words += ["--title", Self.quoted(title)] }
        if options.pseudonymises { words.append("--pseudonymise") }
        if options.missingData != .recommended { words += ["--missing", options.missingData.rawValue] }
        if options.undirected { words.append("--undirected") }
        if options.paths == .exact { words.append("--exact") }
        let defaults = ReportOptions()
        if options.minimumGroupSize != defaults.minimumGroupSize { words += ["--min-group-size", String(options.minimumGroupSize)] }
        if options.panelSize != defaults.panelSize { words += ["--panel-size", String(options.panelSize)] }
        if options.egoMapCount != defaults.egoMapCount { words += ["--ego-maps", String(options.egoMapCount)] }
        if options.window != defaults.window { words += ["--window", options.window.map(String.init) ?? "0"] }
        if options.permutations != defaults.permutations { words += ["--permutations", String(options.permutations)] }
        if options.seed != defaults.seed { words += ["--seed", String(options.seed)] }
        if options.confidenceResamples != defaults.confidenceResamples { words += ["--resamples", String(options.confidenceResamples)] }
        if options.confidenceDropout != defaults.confidenceDropout { words += ["--dropout", String(options.confidenceDropout)] }
        return words.joined(separator: " ")
    }

    /// A word quoted for a POSIX shell when it needs it.
    private static func quoted(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_./:=,".unicodeScalars.contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
