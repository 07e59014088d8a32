import ArgumentParser
import Foundation
import InclusionMap

struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Suggest who to invite next, beyond the usual suspects, each pick with its reason.",
        discussion: CommandExamples.discussion("""
            Chooses K people greedily on one objective: every group first, then every sector, \
            then reach across the network (Borgatti's distance-weighted reach), under-used \
            brokers and people not already at every engagement. The greedy choice is within \
            1 − 1/e of the best panel (1/2 with --max-per-group). Actors who did not consent \
            to be named are never suggested. The table sets the panel beside the usual one \
            (the K most frequent attendees).
            """, examples: [
                ("A panel of 10 for the demo map:", "inclusion-map suggest --panel-size 10"),
                ("Keep eh07, leave out ph01, at most 2 from a group:", "inclusion-map suggest --panel-size 8 --must eh07 --exclude ph01 --max-per-group 2"),
                ("Brokers and reach measured on the collaboration ties only:", "inclusion-map suggest --panel-size 6 --relation collaboration"),
            ])
    )

    @OptionGroup var input: MapInput

    @Option(name: [.customLong("size"), .customLong("panel-size")], help: "How many people to invite (--panel-size, as in report, is the same).")
    var size: Int

    @Option(name: .customLong("must"), help: ArgumentHelp("Actor ids who must be on the panel (\(ListOption.note)).", valueName: "id"))
    var mustArguments: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp("Actor ids who must not be on the panel (\(ListOption.note)).", valueName: "id"))
    var excludeArguments: [String] = []

    @Option(name: .customLong("relation"), help: ArgumentHelp("A relation to include for brokerage and reach (\(ListOption.note); default all), as in brokers.", valueName: "relation"))
    var relationArguments: [String] = []
    var relations: [String] { ListOption.items(relationArguments) }

    @Flag(help: "Ignore direction: every tie becomes undirected (on directed ties, potential otherwise reads who comes to whom).")
    var undirected = false

    @OptionGroup var paths: PathArguments

    @Option(help: "At most this many people from one group.")
    var maxPerGroup: Int?

    @OptionGroup var grouping: GroupOption

    /// The group column (`--group`).
    private var group: String { grouping.column }

    @Option(help: "How many of the most recent engagements measure use and fatigue.")
    var window = 8

    @Option(help: "table for people; csv or json for programs.")
    var format: ResultFormat = .table

    func validate() throws {
        if size < 1 { throw ValidationError("--size must be at least 1.") }
        if window < 1 { throw ValidationError("--window must be at least 1.") }
        if let maxPerGroup, maxPerGroup < 1 { throw ValidationError("--max-per-group must be at least 1.") }
    }

    func run() throws {
        let source = input.source
        var loaded = try source.load()
        try loaded.useGroupColumn(group, option: "--group")
        let map = loaded.map
        try RelationChoice.check(relations, in: map)
        let options = NetworkIndex.Options(relations: relations.isEmpty ? nil : Set(relations), symmetrised: undirected)
        let constraints = PanelSuggester.Constraints(
            size: size, mustInclude: loaded.resolve(ListOption.items(mustArguments)), exclude: Set(loaded.resolve(ListOption.items(excludeArguments))), maxPerGroup: maxPerGroup)
        let panel: PanelSuggester
        do {
            panel = try PanelSuggester(map: map, constraints: constraints, options: options, column: group, window: window, paths: paths.sampling)
        } catch {
            throw AnalysisFailure.reported(error, command: "suggest")
        }
        let text = SuggestText(panel: panel, map: map, source: source.displayName)
        switch format {
        case .table:
            Console.text(text.text, terminator: "")
        case .csv:
            Console.csv(header: PanelRecord.csvHeader, rows: PanelRecord(panel, map: map).csvRows)
        case .json:
            try Console.json(encoding: PanelRecord(panel, map: map))
        }
    }
}
