import ArgumentParser
import Foundation
import InclusionMap
import InclusionMapInterchange

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a dataset folder and list every problem as FILE:LINE:COLUMN: message.",
        discussion: CommandExamples.discussion("Exits 0 when the map loads (warnings are listed but allowed) and 1 when it does not.", examples: [
                ("Check a dataset folder; every problem with its file, line and column:", "inclusion-map validate Datasets/rivertown"),
                ("Refuse self-loops instead of keeping them:", "inclusion-map validate Datasets/lazega-lawfirm --self-loops reject"),
            ])
    )

    @Argument(help: "The dataset folder or JSON map to check.")
    var path: String

    @Option(name: .customLong("as"), help: ArgumentHelp("Read PATH as this format instead of telling it from the extension or content.", valueName: "format"))
    var format: MapFileFormat?

    @Option(help: "What to do with a tie from an actor to itself: keep (warn) or reject.")
    var selfLoops: ReadingOptions.SelfLoopPolicy = .keep

    func run() throws {
        let result = MapSource(path: path, format: format, options: ReadingOptions(selfLoops: selfLoops)).check()
        printIssues(result.issues, prefixedWith: path, toStandardOutput: true)
        let errors = result.errors.count
        let warnings = result.warnings.count
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        guard let map = result.map else {
            Console.text("\(path): not valid: \(plural(errors, "error")), \(plural(warnings, "warning")).")
            throw ExitCode.failure
        }
        Console.text("\(path): valid: \(plural(map.actors.count, "actor")), \(plural(map.ties.count, "tie")), "
            + "\(plural(map.engagements.count, "engagement")), \(plural(map.attendance.count, "attendance record")); "
            + "\(plural(warnings, "warning")).")
    }
}

extension ReadingOptions.SelfLoopPolicy: ExpressibleByArgument {}
