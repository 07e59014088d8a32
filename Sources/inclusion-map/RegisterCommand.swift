import ArgumentParser
import Foundation
import InclusionMap
import InclusionMapInterchange
import InclusionMapRegister

struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Keep every wave of a mapping in one SQLite file, to compare and redraw them.",
        discussion: CommandExamples.discussion("""
            A register (FILE.sqlite) holds each wave's actors, departments, engagements and \
            ties, every revision and a change log. Every command takes FILE.sqlite as its \
            PATH, with --wave ID (default: the latest wave).
            """, examples: [
                ("Keep a wave of a mapping, then list the register's waves:", "inclusion-map register add programme.sqlite wave-1 --wave 2025"),
                ("Then:", "inclusion-map register waves programme.sqlite"),
            ]),
        subcommands: [RegisterInit.self, RegisterAdd.self, RegisterWaves.self, RegisterExport.self, RegisterCheck.self]
    )
}

/// Runs `body`, printing a register error as positioned lines (a source's dataset files as
/// paths inside `source`) and exiting 1.
private func registerAction<T>(source: String? = nil, _ body: () throws(RegisterError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        printIssues(error.issues, prefixedWith: source)
        throw ExitCode.failure
    }
}

struct RegisterInit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create an empty register.",
        discussion: CommandExamples.discussion("", examples: [
                ("An empty register:", "inclusion-map register init programme.sqlite"),
            ]))

    @Argument(help: "The register to create (FILE.sqlite); nothing may be there yet.")
    var file: String

    func run() throws {
        _ = try registerAction { () throws(RegisterError) in try Register.create(at: URL(fileURLWithPath: file)) }
        Console.text("created \(file); add a wave with `inclusion-map register add \(file) SOURCE --wave ID`")
    }
}

struct RegisterAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a wave read from a dataset folder or any readable file.",
        discussion: CommandExamples.discussion("""
            SOURCE is read as every command reads a PATH and must load without errors; on an \
            error the register is unchanged and the reader's problems are listed. With \
            --split-waves, a folder whose ties.csv has a wave column becomes one wave per \
            value, each with every actor and only its own ties.
            """, examples: [
                ("The first wave, read from the folder wave-1, dated:", "inclusion-map register add programme.sqlite wave-1 --wave 2025 --date 2025-06-30"),
                ("Every wave of a folder whose ties have a wave column:", "inclusion-map register add programme.sqlite mapping --split-waves"),
            ])
    )

    @Argument(help: "The register (FILE.sqlite).")
    var file: String

    @Argument(help: "The dataset folder or file to add.")
    var source: String

    @Option(name: .customLong("as"), help: ArgumentHelp("Read SOURCE as this format.", valueName: "format"))
    var format: MapFileFormat?

    @Option(help: ArgumentHelp("The new wave's id.", valueName: "id"))
    var wave: String?

    @Option(help: ArgumentHelp("When the wave's data was collected (YYYY-MM-DD).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("A label to show for the wave.", valueName: "label"))
    var label: String?

    @Flag(help: "Add one wave per value of the ties' wave column.")
    var splitWaves = false

    func validate() throws {
        if splitWaves {
            if wave != nil { throw ValidationError("--split-waves takes the wave ids from the ties; leave out --wave.") }
            if date != nil || label != nil { throw ValidationError("--split-waves adds several waves; --date and --label name one.") }
        } else if wave == nil {
            throw ValidationError("Missing --wave ID (or --split-waves for a folder whose ties name their waves).")
        }
        if let date, CalendarDate(parsing: date) == nil {
            throw ValidationError("--date \(date): expected a date as YYYY-MM-DD.")
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let sourceURL = URL(fileURLWithPath: source)
        let added: [Wave] = try registerAction(source: source) { () throws(RegisterError) in
            let register = try Register(opening: url)
            if splitWaves {
                let result = MapFile.check(sourceURL, as: format)
                guard let map = result.map else { throw .invalidSource(result.errors) }
                return try register.addWaves(splitting: map, source: source)
            }
            return [try register.addWave(wave!, reading: sourceURL, as: format, label: label, date: date.flatMap(CalendarDate.init(parsing:)))]
        }
        for wave in added {
            Console.text("added wave \(wave.id) to \(file): \(wave.actorCount) actors, \(wave.tieCount) ties")
        }
    }
}

struct RegisterWaves: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "waves", abstract: "List the register's waves, oldest first, each read back against its checksum.",
        discussion: CommandExamples.discussion("", examples: [
                ("The waves, oldest first:", "inclusion-map register waves programme.sqlite"),
                ("As CSV:", "inclusion-map register waves programme.sqlite --format csv"),
            ]))

    @Argument(help: "The register (FILE.sqlite).")
    var file: String

    @Option(help: "table, csv or json.")
    var format: ResultFormat = .table

    func run() throws {
        let waves = try registerAction { () throws(RegisterError) in
            let register = try Register(opening: URL(fileURLWithPath: file))
            let waves = try register.waves()
            // Counts come from the rows; each wave is read back against its checksum first, so
            // a damaged register is refused here rather than listed with wrong counts.
            for wave in waves { _ = try register.map(ofWave: wave.id) }
            return waves
        }
        let header = ["wave", "label", "date", "revision", "actors", "ties"]
        let rows = waves.map { [$0.id, $0.label ?? "", $0.date?.description ?? "", "\($0.revision)", "\($0.actorCount)", "\($0.tieCount)"] }
        switch format {
        case .table:
            if waves.isEmpty { Console.text("\(file) holds no wave yet."); return }
            Console.text(TextTable(header: header, rows: rows).text, terminator: "")
        case .csv:
            Console.csv(header: header, rows: rows)
        case .json:
            try Console.json(encoding: waves)
        }
    }
}

struct RegisterExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write one wave as a dataset folder or in any writable format.",
        discussion: CommandExamples.discussion("Actors whose consent is false are written under their codes, as in every output of this tool.", examples: [
                ("A wave as a dataset folder:", "inclusion-map register export programme.sqlite --wave 2025 --out wave-2025"),
                ("The latest wave as GEXF for Gephi:", "inclusion-map register export programme.sqlite --out latest.gexf --to gexf"),
            ])
    )

    @Argument(help: "The register (FILE.sqlite).")
    var file: String

    @Option(help: ArgumentHelp("The wave to write (default: the latest).", valueName: "id"))
    var wave: String?

    @Option(help: ArgumentHelp("The format to write.", valueName: "format"))
    var to: MapFileFormat = .folder

    @Option(help: "The folder or file to write.")
    var out: String

    func run() throws {
        // The wave as stored (masked): an export imputes nothing.
        try Convert.write(try MapSource(path: file, wave: wave, missing: .observed).load(), as: to, to: out)
    }
}

struct RegisterCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that a register is sound: SQLite's full integrity check, then every wave read back.",
        discussion: CommandExamples.discussion("""
            Every command already refuses a register that SQLite's quick check finds damaged; \
            this runs the full check (every page, record, index and constraint) and reads \
            every wave, and lists each problem. Exits 1 when there is any.
            """, examples: [
                ("Check a register before sharing or archiving it:", "inclusion-map register check programme.sqlite"),
            ]))

    @Argument(help: "The register (FILE.sqlite).")
    var file: String

    func run() throws {
        let (problems, waves) = try registerAction { () throws(RegisterError) in
            let register = try Register(opening: URL(fileURLWithPath: file))
            let problems = try register.check()
            return (problems, problems.isEmpty ? try register.waves().count : 0)
        }
        guard problems.isEmpty else {
            for problem in problems { Console.error("\(file): \(problem)") }
            Console.error("\(file): damaged (\(problems.count) problem\(problems.count == 1 ? "" : "s")); restore it from a backup")
            throw ExitCode.failure
        }
        Console.text("\(file): sound; SQLite's integrity check found no problem and all \(waves) wave\(waves == 1 ? "" : "s") read back")
    }
}
