import ArgumentParser
import Foundation
import InclusionMap

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Describe a map: actors, ties, density, components, designated spanners, engagement.",
        discussion: CommandExamples.discussion("", examples: [
                ("Counts of the demo map:", "inclusion-map summary"),
                ("The same for a GraphML file, as JSON:", "inclusion-map summary map.graphml --format json"),
            ])
    )

    /// The vocabulary every command shares (`table` for people, `json` for programs);
    /// `text`, this command's earlier word for `table`, is still read as `table`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json

        init?(argument: String) {
            self.init(rawValue: argument == "text" ? "table" : argument)
        }
    }

    @OptionGroup var input: MapInput

    @Option(help: "table for people, json for programs.")
    var format: Format = .table

    func run() throws {
        let source = input.source
        let loaded = try source.load()
        let map = loaded.map
        let summary = MapSummary(map, asRead: loaded.asRead)
        switch format {
        case .json:
            try Console.json(encoding: summary)
        case .table:
            Console.text(SummaryText(summary: summary, map: map, title: source.displayName).text, terminator: "")
        }
    }
}
