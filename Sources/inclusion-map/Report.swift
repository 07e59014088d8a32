import ArgumentParser
import Foundation
import InclusionMap
import InclusionMapRegister
import InclusionMapReport

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the inclusion report: one self-contained HTML page with maps and tables.",
        discussion: CommandExamples.discussion("""
            Writes DIR/index.html (styles and maps inline, no script, nothing fetched: it opens \
            from a USB stick), the maps as SVG, PNG and PDF in DIR/maps and the tables as CSV \
            in DIR/tables. Seven sections: what was mapped, silos, the whole map, under-used \
            brokers, usual suspects, who to invite next, and the method with formulas, \
            references and input checksums. Actors whose consent is false are never named; \
            --pseudonymise replaces every name and id by a code and writes the key beside DIR. \
            On a register with two or more waves (FILE.sqlite), the report is of --wave (the \
            latest by default) and opens with what changed since the wave before it (or \
            --since), with a change map of both waves drawn with the same positions.
            """, examples: [
                ("The report of the bundled demo map:", "inclusion-map report --out report"),
                ("People shown by code only, the key to the codes kept apart:", "inclusion-map report --out report --pseudonymise --key key.csv"),
                ("Advice ties only, a panel of 6, grouped by status:", "inclusion-map report Datasets/lazega-lawfirm --out lazega --relation advice --panel-size 6 --group status"),
            ])
    )

    @OptionGroup var input: MapInput

    @Option(help: "The folder to write the report to (created when missing).")
    var out: String

    @Option(name: .customLong("group"), help: ArgumentHelp("The actor column that defines the groups: department, organisation, sector or any other; louvain for detected communities (default: department, or louvain when no actor has one).", valueName: "group"))
    var groupArgument: String?

    @Option(name: .customLong("relation"), help: ArgumentHelp("A relation to include (\(ListOption.note); default all).", valueName: "relation"))
    var relationArguments: [String] = []
    var relations: [String] { ListOption.items(relationArguments) }

    @Flag(help: "Ignore direction: every tie becomes undirected (on directed ties, potential otherwise reads who comes to whom).")
    var undirected = false

    @OptionGroup var paths: PathArguments

    @Option(help: "The report's title (default: Inclusion map of the source).")
    var title: String?

    @Flag(help: "Replace every actor's name and id by a code; the key goes to a separate file.")
    var pseudonymise = false

    @Option(help: "Where the pseudonym key goes (default: beside DIR, as DIR-pseudonym-key.csv).")
    var key: String?

    @Option(name: .customLong("min-group-size"), help: "Groups with fewer actors are not broken down in tables.")
    var minGroupSize = 3

    @Option(name: .customLong("panel-size"), help: "How many people the suggested panel holds.")
    var panelSize = 10

    @Option(name: .customLong("ego-maps"), help: "How many of the top brokers get a map of their ties.")
    var egoMaps = 3

    @Option(help: "How many of the most recent engagements measure current use.")
    var window = 8

    @Option(help: "Permutations for the E-I test.")
    var permutations = 10_000

    @Option(help: "Seed for the permutations and community detection.")
    var seed: UInt64 = 1

    @Option(help: "Resampled maps for how sure each finding is (0 for none).")
    var resamples = 100

    @Option(help: "The share of ties and attendance each resample leaves out.")
    var dropout = 0.1

    @Option(help: ArgumentHelp("With a register: the earlier wave to compare with (default: the one before the reported wave).", valueName: "id"))
    var since: String?

    func validate() throws {
        if minGroupSize < 1 { throw ValidationError("--min-group-size must be at least 1.") }
        if panelSize < 1 { throw ValidationError("--panel-size must be at least 1.") }
        if egoMaps < 0 { throw ValidationError("--ego-maps must be 0 or more.") }
        if window < 1 { throw ValidationError("--window must be at least 1.") }
        if permutations < 1 { throw ValidationError("--permutations must be at least 1.") }
        if resamples < 0 { throw ValidationError("--resamples must be 0 or more.") }
        if !(0..<1).contains(dropout) { throw ValidationError("--dropout must be at least 0 and below 1.") }
        if key != nil, !pseudonymise { throw ValidationError("--key names the pseudonym key; it needs --pseudonymise.") }
    }

    func run() throws {
        let progress = ProgressBar()
        // The report applies --missing itself, so it can state the response rate of the map as given.
        let source = MapSource(path: input.path, format: input.format, wave: input.wave, missing: .observed, options: input.source.options, project: input.source.project)
        progress.step("reading \(source.displayName)")
        let check = source.check(progress: progress.reporter)
        guard var map = check.map else {
            printIssues(check.issues, prefixedWith: input.path)
            throw ExitCode.failure
        }
        var earlier = try earlierWave()
        if let earlier { map = earlier.current }
        if let note = NonResponseNote.text(for: map, policy: input.policy) { Console.error(note) }
        if let note = NegativeTiesNote.text(for: map) { Console.error(note) }
        try RelationChoice.check(relations, in: map)
        // The checks and their warnings see the masked map, as every command's do; the report
        // masks the map it is given itself.
        var checked = LoadedMap(PreparedMap(map))
        // Passive network data (e-mail or meeting metadata) often has no departments: group
        // by detected communities then, and say so, rather than stop.
        let group = groupArgument ?? (map.actors.contains { $0.department != nil } ? "department" : Grouping.louvainColumn)
        if groupArgument == nil, group == Grouping.louvainColumn {
            Console.error("report: no actor has a department, so the groups are the communities Louvain detects (--group louvain); choose a column with --group")
        }
        try checked.useGroupColumn(group, option: "--group")
        map = map.rollingUp(group)
        if let before = earlier?.wave.map { earlier?.wave.map = before.rollingUp(group) }
        var options = ReportOptions(
            title: title, groupColumn: group, relations: relations.isEmpty ? nil : Set(relations), pseudonymises: pseudonymise,
            minimumGroupSize: minGroupSize, panelSize: panelSize, egoMapCount: egoMaps, window: window,
            permutations: permutations, seed: seed)
        options.undirected = undirected
        options.paths = paths.sampling
        options.missingData = input.policy
        options.confidenceResamples = resamples
        options.confidenceDropout = dropout
        do {
            let inputURL = input.path.map { URL(fileURLWithPath: $0) } ?? BundledDataset.rivertown.url
            let name = input.path.map { (URL(fileURLWithPath: $0).standardizedFileURL.lastPathComponent as NSString).deletingPathExtension } ?? "Rivertown"
            let reportSource = try ReportSource(name: name, path: input.path, reading: inputURL)
            let report = try InclusionReport(
                map: map, warnings: check.warnings, source: reportSource, options: options, earlier: earlier?.wave, progress: progress.reporter)
            let output = try ReportWriter(report: report).write(
                to: URL(fileURLWithPath: out), keyFile: key.map { URL(fileURLWithPath: $0) }, progress: progress.reporter)
            progress.finish()
            for warning in output.warnings { Console.error("warning: \(warning)") }
            if !check.warnings.isEmpty {
                Console.error("\(check.warnings.count) data warning\(check.warnings.count == 1 ? "" : "s") in \(source.displayName); the report lists them.")
            }
            let page = (out as NSString).appendingPathComponent("index.html")
            Console.text("wrote \(page) with \(output.files.count - 1) maps and tables beside it")
            if let keyFile = output.keyFile {
                Console.text("wrote the pseudonym key to \(keyFile.path); keep it apart from the report")
            }
        } catch {
            progress.finish()
            Console.error("error: \(error)")
            throw ExitCode.failure
        }
    }
}

extension Report {
    /// With a register of two or more waves: the wave to compare with and the reported wave,
    /// both masked with one mask over the two.
    func earlierWave() throws -> (wave: InclusionReport.EarlierWave, current: StakeholderMap)? {
        guard let path = input.path, input.format == nil, Register.isDatabase(URL(fileURLWithPath: path)) else {
            if since != nil { throw ValidationError("--since picks an earlier wave of a register; \(input.path ?? "the demo map") is not one.") }
            return nil
        }
        let waves: [Wave]
        do {
            waves = try Register(opening: URL(fileURLWithPath: path)).waves()
        } catch {
            printIssues(error.issues, prefixedWith: nil)
            throw ExitCode.failure
        }
        guard let current = input.wave ?? waves.last?.id, let place = waves.firstIndex(where: { $0.id == current }) else { return nil }
        let previous: String
        if let since {
            guard let found = waves.first(where: { $0.id == since }), found.id != current else {
                throw ValidationError("--since \(since): expected another wave of \(path): \(waves.map(\.id).filter { $0 != current }.joined(separator: ", "))")
            }
            previous = found.id
        } else {
            guard place > 0 else { return nil }
            previous = waves[place - 1].id
        }
        let (a, b) = try MapSource(path: path, wave: previous, missing: .observed, announcesNonResponse: false)
            .loadComparing(with: MapSource(path: path, wave: current, missing: .observed, announcesNonResponse: false))
        return (InclusionReport.EarlierWave(map: a.map, name: previous, currentName: current), b.map)
    }
}
