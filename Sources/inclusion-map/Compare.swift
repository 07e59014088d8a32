import ArgumentParser
import Foundation
import InclusionMap
import InclusionMapGraphviz
import InclusionMapRegister

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What changed between two waves: joiners and leavers, ties, silos, single points of failure, brokers, the room.",
        discussion: CommandExamples.discussion("""
            Give a register and two of its waves (compare FILE.sqlite --from 2024 --to 2025; \
            by default its last two), or two sources (compare BEFORE AFTER: folders, files or \
            registers at their latest wave). Actors are matched by id. Each row has its reason: \
            ties gained and lost per relation with their Jaccard similarity among actors in \
            both waves (under 0.3, the RSiena manual warns, waves are hard to compare), the \
            E-I index before and after with a permutation test of the change, group pairs \
            newly linked or unlinked, single points of failure resolved and new, cut points \
            and bridges, the under-used brokers who became engaged and broker ranks, and the \
            usual suspects' share of attendance. --space gives the members of a reflection \
            space planned on the earlier wave, to set the what-if's prediction beside the \
            observed change. --maps DIR draws both waves with the same positions (the union \
            laid out once) and a change map: DIR/before.svg, DIR/after.svg, DIR/change.svg, \
            and PNGs of each.
            """, examples: [
                ("Two dataset folders, before and after:", "inclusion-map compare before after"),
                ("Two waves of a register, with the pinned maps:", "inclusion-map compare programme.sqlite --from 2025 --to 2026 --maps changes"),
                ("Beside what a reflection space was predicted to change:", "inclusion-map compare before after --space eh07,ho02,fa01"),
            ])
    )

    @Argument(help: "The earlier map, or a register holding both waves.")
    var before: String

    @Argument(help: "The later map (leave out to compare two waves of a register).")
    var after: String?

    @Option(help: ArgumentHelp("The earlier wave of the register (default: the second latest).", valueName: "id"))
    var from: String?

    @Option(help: ArgumentHelp("The later wave of the register (default: the latest).", valueName: "id"))
    var to: String?

    @OptionGroup var grouping: GroupOption

    /// The group column (`--group`).
    private var group: String { grouping.column }

    @Option(name: .customLong("space"), help: ArgumentHelp("Members of a reflection space planned on the earlier wave: actor ids (\(ListOption.note)).", valueName: "id"))
    var spaceArguments: [String] = []

    @Option(help: "Random arrangements for the E-I test when it cannot be exact.")
    var permutations = 2_000

    @Option(help: "The seed of the E-I test.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Non-respondents' ties: reconstruct (the default: from what respondents reported), observed or respondents.", valueName: "policy"))
    var missing: MissingDataPolicy = .recommended

    @Option(help: "table for people, csv or json for programs.")
    var format: ResultFormat = .table

    @Option(help: ArgumentHelp("Draw both waves with the same positions, and the change map, into this folder.", valueName: "dir"))
    var maps: String?

    func validate() throws {
        if permutations < 1 { throw ValidationError("--permutations must be 1 or more.") }
    }

    /// The two sources: two waves of one register, or two paths.
    func sources() throws -> (MapSource, MapSource) {
        if let after {
            if from != nil || to != nil {
                throw ValidationError("--from and --to pick two waves of one register; with two sources, give only BEFORE and AFTER.")
            }
            return (MapSource(path: before, missing: missing), MapSource(path: after, missing: missing))
        }
        let url = URL(fileURLWithPath: before)
        guard Register.isDatabase(url) else {
            throw ValidationError("Give two maps to compare (BEFORE AFTER), or a register (FILE.sqlite) and its waves.")
        }
        let waves: [Wave]
        do {
            waves = try Register(opening: url).waves()
        } catch {
            printIssues(error.issues, prefixedWith: nil)
            throw ExitCode.failure
        }
        let later = to ?? waves.last?.id
        let earlier = from ?? waves.prefix { $0.id != later }.last?.id
        guard let earlier, let later else {
            throw ValidationError("\(before) holds \(waves.count) wave\(waves.count == 1 ? "" : "s"); comparing needs two (add one with `inclusion-map register add`).")
        }
        return (MapSource(path: before, wave: earlier, missing: missing), MapSource(path: before, wave: later, missing: missing))
    }

    func run() throws {
        let (first, second) = try sources()
        var (a, b) = try first.loadComparing(with: second)
        try a.useGroupColumn(group, option: "--group")
        b.rollUp(group)
        let members = spaceArguments.isEmpty ? nil : a.resolve(ListOption.items(spaceArguments))
        let comparison: WaveComparison
        do {
            comparison = try WaveComparison(
                before: a.map, after: b.map, options: .init(column: group, permutations: permutations, seed: seed, space: members))
        } catch let error as WhatIfError {
            throw ValidationError("--space: \(error.description).")
        } catch {
            throw AnalysisFailure.reported(error, command: "compare")
        }
        let names = (Self.name(of: first), Self.name(of: second))
        if let maps { try Self.drawMaps(a.map, b.map, names: (first.wave ?? "before", second.wave ?? "after"), into: maps) }
        switch format {
        case .table:
            Console.text(CompareText(comparison: comparison, before: (names.0, a.map), after: (names.1, b.map)).text, terminator: "")
        case .csv:
            Console.csv(header: ["kind", "subject", "before", "after", "reason", "name"],
                        rows: comparison.findings.map {
                            [$0.kind.rawValue, $0.subject, $0.before, $0.after, $0.reason, WaveComparisonRecord.name($0, before: a.map, after: b.map)]
                        })
        case .json:
            try Console.json(encoding: WaveComparisonRecord(comparison, before: (names.0, a.map), after: (names.1, b.map)))
        }
    }

    /// Writes the two pinned wave maps and the change map, as SVG and PNG, into `folder`.
    static func drawMaps(_ before: StakeholderMap, _ after: StakeholderMap, names: (String, String), into folder: String) throws {
        let url = URL(fileURLWithPath: folder)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            let maps = try WaveMaps(before: before, after: after, names: names)
            let (first, second, change) = try maps.render(formats: [.svg, .png])
            for (name, renderings) in [("before", first), ("after", second), ("change", change)] {
                for rendering in renderings {
                    try rendering.data.write(to: url.appendingPathComponent("\(name).\(rendering.format.rawValue)"), options: .atomic)
                }
            }
            Console.error("drew \(folder)/before, after and change (.svg, .png), laid out once by \(maps.engine.rawValue)")
        } catch {
            Console.error("\(folder): cannot draw the wave maps: \(error)")
            throw ExitCode.failure
        }
    }

    /// A source as a comparison names it: "wave 2024 of FILE" or the path.
    static func name(of source: MapSource) -> String {
        source.wave.map { "wave \($0) of \(source.displayName)" } ?? source.displayName
    }
}
