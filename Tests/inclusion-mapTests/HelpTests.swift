import ArgumentParser
import Foundation
@testable import inclusion_map
import Testing

/// The help reads like a manual: every command ends with examples, every example is a
/// command the tool accepts, and a mistake found while running shows the usage of the
/// command it was made in.
@Suite struct HelpTests {
    /// Every command in the tree, the root first.
    static var commands: [any ParsableCommand.Type] {
        func walk(_ node: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
            [node] + node.configuration.subcommands.flatMap(walk)
        }
        return walk(InclusionMapCommand.self)
    }

    @Test func everyCommandEndsWithExamplesThatParse() throws {
        #expect(Self.commands.count == 23)
        for command in Self.commands {
            let help = InclusionMapCommand.helpMessage(for: command, columns: 1000)
            let path = try #require(InclusionMapCommand.commandPath(of: command)).joined(separator: " ")
            let examples = CommandExamples.commands(inHelp: help)
            #expect(!examples.isEmpty, "\(path) has no EXAMPLES")
            // Every line fits an 80-column terminal (long commands continue with a backslash).
            let exampleBlock = help[help.range(of: "EXAMPLES:")!.upperBound...]
            for line in exampleBlock.split(separator: "\n").prefix(while: { $0.hasPrefix(" ") || !($0.split(separator: " ").first?.hasSuffix(":") ?? false) }) {
                #expect(line.count <= 80, "\(path): a line of \(line.count) characters: \(line)")
            }
            for example in examples {
                let words = Array(example.split(separator: " ").map(String.init).dropFirst())
                guard !words.contains("--generate-completion-script") else { continue }
                do {
                    let parsed = try InclusionMapCommand.parseAsRoot(words)
                    // An example under a command runs that command (or, for a group such
                    // as `register`, one of its own).
                    let ran = try #require(InclusionMapCommand.commandPath(of: type(of: parsed))).joined(separator: " ")
                    #expect(ran.hasPrefix(path), "\(example) runs \(ran), not \(path)")
                } catch {
                    Issue.record("\(path): example does not parse: \(example): \(InclusionMapCommand.message(for: error))")
                }
            }
        }
    }

    /// docs/inclusion-map.1 (written by Scripts/manual) holds every command with its current
    /// abstract and every option's flag, so a page left behind by a change of the CLI fails here.
    @Test func manualPageIsCurrent() throws {
        let page = try String(contentsOf: CommandLineTests.repositoryRoot.appendingPathComponent("docs/inclusion-map.1"), encoding: .utf8)
        for command in Self.commands.dropFirst() {
            let name = command._commandName
            #expect(page.contains(".It Em \(name)\n\(command.configuration.abstract)"), "the manual lacks \(name) or its abstract; run Scripts/manual")
        }
        for command in Self.commands {
            let help = InclusionMapCommand.helpMessage(for: command, columns: 1000)
            for line in help.split(separator: "\n") where line.hasPrefix("  --") {
                let flag = line.dropFirst(4).prefix { $0.isLetter || $0 == "-" }
                #expect(page.contains("Fl -\(flag)"), "the manual lacks --\(flag); run Scripts/manual")
            }
        }
    }

    @Test func everyFormatOptionSpeaksOneVocabulary() {
        for command in Self.commands {
            let help = InclusionMapCommand.helpMessage(for: command, columns: 1000)
            guard let line = help.split(separator: "\n").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--format <format>") }) else { continue }
            // render's --format is a picture format, not an output vocabulary.
            if line.contains("svg") { continue }
            guard let listed = line.range(of: "values: ") else {
                Issue.record("--format lists no values: \(line)")
                continue
            }
            let values = line[listed.upperBound...].prefix { $0 != ")" && $0 != ";" }
                .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(!values.isEmpty && values.allSatisfy { ["table", "csv", "json"].contains($0) }, "\(line)")
            #expect(values.first == "table", "\(line)")
        }
    }
}

extension CommandLineTests {
    /// A mistake found once the command runs (a group column the map lacks) is shown with
    /// that command's usage, as a parsing mistake is, not the root's list of commands.
    @Test func aMistakeFoundWhileRunningShowsTheCommandsUsage() throws {
        let suggest = try run(["suggest", "--size", "3", "--group", "nosuch"])
        #expect(suggest.status == 64)
        #expect(suggest.errors.hasPrefix("Error: "))
        #expect(suggest.errors.contains("Usage: inclusion-map suggest "))
        #expect(suggest.errors.contains("See 'inclusion-map suggest --help' for more information."))
        #expect(!suggest.errors.contains("SUBCOMMANDS"))
        let nested = try run(["register", "export", "/nonexistent/x.sqlite", "--out", "/tmp/x", "--to", "nosuch"])
        #expect(nested.status == 64)
        #expect(nested.errors.contains("Usage: inclusion-map register export "))
    }

    /// Lists are repeated or comma-separated, the same on every command; summary's
    /// --format speaks the shared vocabulary and still reads its old word.
    @Test func listsAndFormatsFollowOneConvention() throws {
        let repeated = try run(["metrics", "--metrics", "degree", "--metrics", "betweenness", "--format", "csv"])
        let commas = try run(["metrics", "--metrics", "degree,betweenness", "--format", "csv"])
        #expect(repeated.status == 0 && commas.status == 0)
        #expect(repeated.output == commas.output)
        #expect(commas.output.hasPrefix("id,name,department,degree,betweenness\n") || commas.output.hasPrefix("id,name,degree,betweenness\n"), "\(commas.output.prefix(80))")
        let spaces = try run(["whatif", "--space", "eh07", "--space", "ho02,fa01", "--format", "json"])
        let spaceCommas = try run(["whatif", "--space", "eh07,ho02,fa01", "--format", "json"])
        #expect(spaces.status == 0 && spaces.output == spaceCommas.output)
        let table = try run(["summary", "--format", "table"])
        let text = try run(["summary", "--format", "text"])
        #expect(table.status == 0 && table.output == text.output && table.output.contains("Rivertown"))
        let panel = try run(["suggest", "--panel-size", "4", "--format", "csv"])
        let size = try run(["suggest", "--size", "4", "--format", "csv"])
        #expect(panel.status == 0 && panel.output == size.output)
    }
}
