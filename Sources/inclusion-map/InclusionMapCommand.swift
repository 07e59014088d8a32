import ArgumentParser
import Foundation
import InclusionMap

@main
struct InclusionMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inclusion-map",
        abstract: "Map who takes part in co-production: silos, brokers, usual suspects and missing voices.",
        discussion: CommandExamples.discussion("""
            PATH is a dataset folder (actors.csv, ties.csv and optionally departments.csv, \
            engagements.csv, attendance.csv) or a file: a JSON map, GraphML, GEXF, Pajek, \
            UCINET DL, Gephi's tables, an adjacency matrix, an Excel or Kumu workbook, told \
            apart by extension or content (--as FORMAT to say which). Where PATH is optional, \
            the bundled Rivertown demo map is used. A register (FILE.sqlite, see `register`) \
            is read at its latest wave, or the one --wave names.

            Conventions shared by every command: --format is table (for people), csv or \
            json (for programs), as far as the command's output allows; a list option is \
            repeated or, for ids, relations and measures, comma-separated (--relation \
            advice,collaboration); --group names the actor column that makes the groups; \
            --relation chooses the ties (default all). Errors name the file, line and column.
            """, examples: [
                ("Write the inclusion report of the bundled Rivertown demo map into report/:", "inclusion-map report --out report"),
                ("Rank the under-used brokers of your own dataset folder:", "inclusion-map brokers Datasets/krackhardt-hightech --relation advice"),
                ("Say what a map holds and whether it reads cleanly:", "inclusion-map validate Datasets/uk-faculty"),
                ("Write shell completions for bash (zsh and fish likewise):", "inclusion-map --generate-completion-script bash"),
            ]),
        version: InclusionMapVersion.current,
        subcommands: [Report.self, Summary.self, Validate.self, Convert.self, SurveyCommand.self, RegisterCommand.self, Compare.self, Metrics.self, Silos.self, Render.self, Brokers.self, Audit.self, Suggest.self, WhatIfCommand.self, Serve.self],
        defaultSubcommand: nil
    )

    /// Runs the command as ArgumentParser's own `main()` does, but writes every message
    /// through ``Console``, so an error that quotes the data (a group name, a column) cannot
    /// put control characters on the terminal.
    ///
    /// A ``ValidationError`` thrown once the command is running (a `--group` column the map
    /// lacks, an id it does not hold) is shown with that subcommand's usage, as one thrown
    /// while parsing is, rather than the root's.
    static func main() {
        var parsed: (any ParsableCommand)?
        do {
            var command = try parseAsRoot()
            parsed = command
            try command.run()
        } catch {
            let code = exitCode(for: error)
            var message = fullMessage(for: error)
            if let parsed, error is ValidationError, let path = commandPath(of: type(of: parsed)) {
                let usage = usageString(for: type(of: parsed))
                message = "Error: \(error)\n"
                    + (usage.hasPrefix("Usage:") ? usage : "Usage: " + usage)
                    + "\n  See '\(path.joined(separator: " ")) --help' for more information."
            }
            if !message.isEmpty {
                if code == .success { Console.text(message) } else { Console.error(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// The words that run `command` (`inclusion-map register add`), found in the tree of
    /// subcommands.
    static func commandPath(of command: any ParsableCommand.Type) -> [String]? {
        func search(_ node: any ParsableCommand.Type, _ path: [String]) -> [String]? {
            let name = node.configuration.commandName ?? node._commandName
            if ObjectIdentifier(node) == ObjectIdentifier(command) { return path + [name] }
            for child in node.configuration.subcommands {
                if let found = search(child, path + [name]) { return found }
            }
            return nil
        }
        return search(self, [])
    }
}
