import ArgumentParser
import Foundation
import InclusionMap

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Describe a map: actors, ties, density, components, designated spanners, engagement."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var input: MapInput

    @Option(help: "text for people, json for programs.")
    var format: Format = .text

    func run() throws {
        let source = input.source
        let map = try source.load().map
        let summary = MapSummary(map)
        switch format {
        case .json:
            try Console.json(encoding: summary)
        case .text:
            Console.text(SummaryText(summary: summary, map: map, title: source.displayName).text, terminator: "")
        }
    }
}
