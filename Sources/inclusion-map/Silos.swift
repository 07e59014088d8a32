import ArgumentParser
import Foundation
import InclusionMap

struct Silos: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tell the story of the silos: how inward-looking each group is and what holds them together.",
        discussion: CommandExamples.discussion("""
            Per group: size, linked pairs inside and across, E-I index and density. The E-I \
            counts pairs of people, not rows: a tie both reported, or ties of several relations \
            between two people, count once — as `whatif` and `compare` count them. For the \
            network: the E-I index with a permutation test, modularity, assortativity, the mixing matrix, \
            bridges and cut points with the groups they separate, group pairs with no tie or a \
            single point of failure, and informal communities (Louvain) against the grouping.
            """, examples: [
                ("The silos of the demo map, by department:", "inclusion-map silos"),
                ("With a 95% interval on the E-I index under missing data:", "inclusion-map silos --confidence --resamples 200"),
            ])
    )

    @OptionGroup var input: MapInput

    @OptionGroup var grouping: GroupOption

    /// The group column (`--group`).
    private var group: String { grouping.column }

    @Option(help: "Actors with no value in the group column: leave-out (default) or own-group.")
    var empty: Grouping.EmptyValues = .leftOut

    @Option(name: .customLong("relation"), help: ArgumentHelp("A relation to include (\(ListOption.note); default all).", valueName: "relation"))
    var relationArguments: [String] = []
    var relations: [String] { ListOption.items(relationArguments) }

    @Flag(help: "Ignore direction: every tie becomes undirected (on directed ties, potential otherwise reads who comes to whom).")
    var undirected = false

    @Flag(help: "Use tie weights: a pair weighs the sum of its ties in E-I and mixing; modularity uses them.")
    var weighted = false

    @Option(help: "Permutations for the E-I test.")
    var permutations = 10_000

    @Option(help: "Seed for the permutations and community detection.")
    var seed: UInt64 = 1

    @Option(help: "table for people, csv or json for programs.")
    var format: ResultFormat = .table

    @OptionGroup var sureness: ConfidenceArguments

    func validate() throws {
        if permutations < 1 { throw ValidationError("--permutations must be at least 1.") }
    }

    func run() throws {
        let source = input.source
        var loaded = try source.load()
        try loaded.useGroupColumn(group, option: "--group")
        let map = loaded.map
        try RelationChoice.check(relations, in: map)
        let options = NetworkIndex.Options(relations: relations.isEmpty ? nil : Set(relations), symmetrised: undirected, weighted: weighted)
        let report: SiloReport
        do {
            report = try SiloReport(map: map, options: options, column: group, emptyValues: empty, permutations: permutations, seed: seed)
        } catch {
            throw AnalysisFailure.reported(error, command: "silos")
        }
        let sure = try sureness.confidence(of: loaded.asRead, policy: loaded.policy, network: options, column: group, window: nil)
        switch format {
        case .table:
            Console.text(SilosText(report: report, map: map, source: source.displayName, relations: relations, confidence: sure).text, terminator: "")
        case .csv:
            Console.csv(header: ["finding", "subject", "value", "confidence"], rows: SilosRows(report: report, confidence: sure).rows)
        case .json:
            try Console.json(encoding: SilosRecord(report, confidence: sure))
        }
    }
}

extension Grouping.EmptyValues: ExpressibleByArgument {}
