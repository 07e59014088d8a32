import ArgumentParser
import Foundation
import InclusionMap
import InclusionMapInterchange

struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Turn a survey export and a staff list into a dataset folder, with every name decision on record.",
        discussion: CommandExamples.discussion("", examples: [
                ("In Datasets/rivertown-survey: a configuration to edit, from the export:", "inclusion-map survey init responses.csv --roster staff.csv --out mine.json"),
                ("Then the dataset folder, built from the export:", "inclusion-map survey responses.csv --roster staff.csv --config survey.json --out mapped"),
            ]),
        subcommands: [SurveyImportCommand.self, SurveyInitCommand.self],
        defaultSubcommand: SurveyImportCommand.self
    )
}

struct SurveyImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Build the map: roster, respondents, nominees and ties, and matches.csv.",
        discussion: CommandExamples.discussion("""
            RESPONSES and --roster are CSV files or Excel workbooks (first sheet). --config \
            says which column is the respondent, where the roster keeps ids, names and \
            departments, and how each question reads (`inclusion-map survey init` writes one \
            to edit). Names are matched to the roster: exact, "Surname, First", e-mail, a lone \
            first name or surname in the respondent's department, then Jaro–Winkler \
            similarity; the rest become nominees with ids made from their names. FOLDER gets \
            the dataset files and matches.csv, whose decisions to review come first; run \
            again with --matches FOLDER/matches.csv after editing matched_id to apply your \
            corrections exactly.
            """, examples: [
                ("In Datasets/rivertown-survey: the dataset folder, built from the export:", "inclusion-map survey import responses.csv --roster staff.csv --out mapped"),
                ("Again, with the name decisions you corrected in mapped/matches.csv:", "inclusion-map survey responses.csv --roster staff.csv --out mapped --matches m.csv"),
            ])
    )

    @Argument(help: "The survey responses: one row per respondent (CSV or XLSX).")
    var responses: String

    @Option(help: "The staff list (CSV or XLSX).")
    var roster: String

    @Option(help: "The configuration (JSON; default: survey.json beside the responses).")
    var config: String?

    @Option(help: "The dataset folder to write.")
    var out: String

    @Option(help: "An edited matches.csv whose matched_id column overrides the import's decisions.")
    var matches: String?

    @Option(help: "A CSV of earlier nominees (name,id), so they keep their ids.")
    var known: String?

    func run() throws {
        let responsesURL = URL(fileURLWithPath: responses)
        let configURL = config.map { URL(fileURLWithPath: $0) } ?? responsesURL.deletingLastPathComponent().appendingPathComponent("survey.json")
        do {
            let data: Data
            do {
                data = try Data(contentsOf: configURL)
            } catch {
                throw DatasetError(issues: [DatasetIssue(file: configURL.path, message: "cannot be read (\(error.localizedDescription)); write one with `inclusion-map survey init`")])
            }
            let configuration = try SurveyConfiguration.read(data, fileName: configURL.path)
            let survey = try SurveyImport(
                responses: responsesURL, roster: URL(fileURLWithPath: roster), configuration: configuration,
                corrections: matches.map { URL(fileURLWithPath: $0) }, known: known.map { URL(fileURLWithPath: $0) })
            for warning in survey.warnings { Console.error(warning.description) }
            try survey.write(to: URL(fileURLWithPath: out))
            Console.text("wrote \(out): \(survey.map.actors.count) actors, \(survey.map.ties.count) ties; \(out)/matches.csv holds \(survey.decisions.count) name decisions")
            for line in survey.summary.lines { Console.text(line) }
        } catch let error as DatasetError {
            printIssues(error.issues, prefixedWith: nil)
            throw ExitCode.failure
        }
    }
}

struct SurveyInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a configuration to edit, from the columns the responses and the roster have.",
        discussion: CommandExamples.discussion("", examples: [
                ("In Datasets/rivertown-survey: a configuration guessed from the export:", "inclusion-map survey init responses.csv --roster staff.csv --out mine.json"),
            ])
    )

    @Argument(help: "The survey responses (CSV or XLSX).")
    var responses: String

    @Option(help: "The staff list (CSV or XLSX).")
    var roster: String

    @Option(help: "Where to write the configuration (default: survey.json beside the responses).")
    var out: String?

    func run() throws {
        do {
            let template = try SurveyTemplate(responses: URL(fileURLWithPath: responses), roster: URL(fileURLWithPath: roster))
            let url = out.map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: responses).deletingLastPathComponent().appendingPathComponent("survey.json")
            if FileManager.default.fileExists(atPath: url.path) {
                Console.error("error: \(url.path) exists; give --out to write the template elsewhere")
                throw ExitCode.failure
            }
            do {
                try template.json.write(to: url, options: .atomic)
            } catch {
                Console.error("error: cannot write \(url.path): \(error.localizedDescription)")
                throw ExitCode.failure
            }
            Console.text("wrote \(url.path): check each guess (the \"about\" fields say what each part means), then run `inclusion-map survey \(responses) --roster \(roster) --config \(url.path) --out FOLDER`")
        } catch let error as DatasetError {
            printIssues(error.issues, prefixedWith: nil)
            throw ExitCode.failure
        }
    }
}
