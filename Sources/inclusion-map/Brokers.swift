import ArgumentParser
import Foundation
import InclusionMap

struct Brokers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find under-used brokers: actors who bridge groups but are seldom in the room.",
        discussion: CommandExamples.discussion("""
            Brokerage potential averages the percentile ranks of bridging betweenness, the \
            participation coefficient, the strongest Gould–Fernandez z-score across groups \
            (liaison, gatekeeper, representative, itinerant) and 1 − Burt's constraint. Use is \
            the share of the last N engagements attended; score = potential × (1 − use). \
            Each actor comes with the reason in words. Also lists designated spanners who are \
            not structural brokers, and structural brokers with no designated role.
            """, examples: [
                ("The under-used brokers of the demo map, top 5:", "inclusion-map brokers --top 5"),
                ("How sure each finding is under missing data:", "inclusion-map brokers --confidence --resamples 200"),
                ("On advice ties only, as JSON:", "inclusion-map brokers Datasets/lazega-lawfirm --relation advice --format json"),
            ])
    )

    @OptionGroup var input: MapInput

    @OptionGroup var grouping: GroupOption

    /// The group column (`--group`).
    private var group: String { grouping.column }

    @Option(help: "How many brokers to list (csv and json list every actor when omitted).")
    var top: Int?

    @Option(help: "How many of the most recent engagements measure use.")
    var window = 8

    @Option(name: .customLong("relation"), help: ArgumentHelp("A relation to include (\(ListOption.note); default all).", valueName: "relation"))
    var relationArguments: [String] = []
    var relations: [String] { ListOption.items(relationArguments) }

    @Flag(help: "Ignore direction: every tie becomes undirected (on directed ties, potential otherwise reads who comes to whom).")
    var undirected = false

    @OptionGroup var paths: PathArguments

    @Option(help: "table for people; csv or json for programs.")
    var format: ResultFormat = .table

    @OptionGroup var sureness: ConfidenceArguments

    func validate() throws {
        if window < 1 { throw ValidationError("--window must be at least 1.") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    }

    func run() throws {
        let source = input.source
        let progress = ProgressBar()
        progress.step("reading \(source.displayName)")
        var loaded = try source.load(progress: progress.reporter)
        progress.finish()
        try loaded.useGroupColumn(group, option: "--group")
        let map = loaded.map
        try RelationChoice.check(relations, in: map)
        let options = NetworkIndex.Options(relations: relations.isEmpty ? nil : Set(relations), symmetrised: undirected)
        let finder: BrokerFinder
        do {
            progress.step("ranking brokers")
            defer { progress.finish() }
            finder = try BrokerFinder(map: map, options: options, column: group, window: window, paths: paths.sampling)
        } catch {
            throw AnalysisFailure.reported(error, command: "brokers")
        }
        let listed = Array(finder.candidates.prefix(top ?? (format == .table ? 10 : finder.candidates.count)))
        let sureness = try self.sureness.confidence(of: loaded.asRead, policy: loaded.policy, network: options, column: group, window: window)
        switch format {
        case .table:
            Console.text(BrokersText(finder: finder, map: map, source: source.displayName, listed: listed, confidence: sureness).text, terminator: "")
        case .csv:
            let header = ["rank", "id", "name", "group", "potential", "use", "score", "designated", "reason"] + (sureness == nil ? [] : ["confidence", "under_used_share", "rank_low", "rank_high"])
            let rows = listed.enumerated().map { place, c in
                [String(place + 1), c.actorID, ActorLabel.name(c.actorID, in: map), finder.grouping.names[c.group],
                 fixed(c.potential), c.use.map(fixed) ?? "", fixed(c.score), c.roles.joined(separator: ";"), c.reason]
                    + (sureness.map { sure in
                        let stability = sure.brokers[c.actorID]
                        return [fixed(sure.structuralShare(of: c.actorID)), fixed(sure.underUsedShare(of: c.actorID)),
                                stability.map { String($0.rankLow) } ?? "", stability.map { String($0.rankHigh) } ?? ""]
                    } ?? [])
            }
            Console.csv(header: header, rows: rows)
        case .json:
            try Console.json(encoding: BrokersRecord(finder, map: map, listed: listed, confidence: sureness))
        }
    }

    private func fixed(_ value: Double) -> String { String(format: "%.4f", value) }
}
