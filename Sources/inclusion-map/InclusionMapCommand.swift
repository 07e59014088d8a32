import ArgumentParser
import Foundation
import InclusionMap

@main
struct InclusionMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inclusion-map",
        abstract: "Map who takes part in co-production: silos, brokers, usual suspects and missing voices.",
        discussion: """
            PATH is a dataset folder (actors.csv, ties.csv and optionally departments.csv, \
            engagements.csv, attendance.csv) or a file: a JSON map, GraphML, GEXF, Pajek, \
            UCINET DL, Gephi's tables, an adjacency matrix, an Excel or Kumu workbook, told \
            apart by extension or content (--as FORMAT to say which). Where PATH is optional, \
            the bundled Rivertown demo map is used. A register (FILE.sqlite, see `register`) \
            is read at its latest wave, or the one --wave names.
            """,
        version: InclusionMapVersion.current,
        subcommands: [Report.self, Summary.self, Validate.self, Convert.self, SurveyCommand.self, RegisterCommand.self, Compare.self, Metrics.self, Silos.self, Render.self, Brokers.self, Audit.self, Suggest.self, WhatIfCommand.self],
        defaultSubcommand: nil
    )

    /// Runs the command as ArgumentParser's own `main()` does, but writes every message
    /// through ``Console``, so an error that quotes the data (a group name, a column) cannot
    /// put control characters on the terminal.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Console.text(message) } else { Console.error(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
