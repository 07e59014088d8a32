import ArgumentParser
import Foundation
import InclusionMap
import InclusionMapInterchange
import InclusionMapRegister

/// Where a command reads its map from: a dataset folder, a file in any format
/// ``MapFileFormat`` lists (detected from its extension or content), or the bundled demo.
///
/// Every map a command reads is prepared (``PreparedMap``: masked, then read with the
/// missing-data policy) before anything else sees it: an actor whose consent is false, here
/// or in any wave of the register, is known from then on only by its code, so no command,
/// format or message can show their id or name.
struct MapSource {
    /// The path as the user wrote it, or `nil` for the bundled Rivertown map.
    var path: String?
    /// The format to read `path` as, when the user named one (`--as`); otherwise detected.
    var format: MapFileFormat?
    /// The wave to read (`--wave`): of a register, or the ties of one wave of a folder;
    /// `nil` is a register's latest wave, or every tie of a folder.
    var wave: String?
    /// What to do with non-respondents' ties (`--missing`).
    var missing: MissingDataPolicy = .recommended
    var options = ReadingOptions()
    /// Whether to add co-attendance ties (`--project`): two-mode data as a one-mode map.
    var project = false
    /// Whether loading prints the non-response note (``NonResponseNote``); off for a caller
    /// that reads the map as given and applies its policy itself, and says so itself.
    var announcesNonResponse = true

    /// The name to show for the source.
    var displayName: String { path ?? "the bundled Rivertown demo map" }

    /// Reads and checks the map, reporting every problem; the map is masked. `progress` is
    /// told how the reading goes.
    func check(progress: ProgressReporter = .silent) -> DatasetCheck {
        checkPrepared(progress: progress).check
    }

    /// Reads and checks the map, and masks it; the mask resolves ids the user typed.
    func checkMasked() -> (check: DatasetCheck, mask: ConsentMask) {
        let (check, prepared) = checkPrepared()
        return (check, prepared?.mask ?? ConsentMask(actors: []))
    }

    /// The check (its map prepared: masked, then read with the policy) and the preparation.
    func checkPrepared(progress: ProgressReporter = .silent) -> (check: DatasetCheck, prepared: PreparedMap?) {
        var (result, consent) = checkUnmasked(progress: progress)
        guard let read = result.map else { return (result, nil) }
        let prepared = PreparedMap(read, policy: missing, consent: consent)
        result.map = prepared.analysed
        return (result, prepared)
    }

    /// Reads this source and `other` for a comparison, prepared together (``PreparedMap``):
    /// one mask over the actors of both, so a withheld actor has the same code in both maps
    /// and is matched across them, and whoever declined in either map (or in any wave of a
    /// register) is withheld in both; on any error prints every problem and exits 1.
    func loadComparing(with other: MapSource) throws -> (before: LoadedMap, after: LoadedMap) {
        func unmasked(_ source: MapSource) throws -> (StakeholderMap, ConsentScope) {
            let (result, consent) = source.checkUnmasked()
            guard let map = result.map else {
                // Problems name withheld actors by their code, as everywhere.
                printIssues(source.checkMasked().check.issues, prefixedWith: source.path)
                throw ExitCode.failure
            }
            return (map, consent)
        }
        let (before, first) = try unmasked(self), (after, second) = try unmasked(other)
        let consent = ConsentScope(withheldIDs: first.withheldIDs.union(second.withheldIDs), key: first.key ?? second.key)
        let (a, b) = PreparedMap.comparing(before, after, policy: missing, consent: consent)
        for (prepared, source) in [(a, self), (b, other)] where source.announcesNonResponse {
            if let note = NonResponseNote.text(for: prepared.asRead, policy: missing, name: Compare.name(of: source)) { Console.error(note) }
            if let note = NegativeTiesNote.text(for: prepared.asRead, name: Compare.name(of: source)) { Console.error(note) }
        }
        return (LoadedMap(a), LoadedMap(b))
    }

    /// The map as read, with what is known of consent beyond it: for a register, everyone
    /// who declined in any of its waves and the register's key.
    private func checkUnmasked(progress: ProgressReporter = .silent) -> (check: DatasetCheck, consent: ConsentScope) {
        guard let path else {
            return (restricted(DatasetFolder(url: BundledDataset.rivertown.url, options: options).check()), .mapOnly)
        }
        let url = URL(fileURLWithPath: path)
        if format == nil, Register.isDatabase(url) {
            do {
                let register = try Register(opening: url)
                let map = try register.map(ofWave: wave)
                return (DatasetCheck(map: project ? map.projectingAttendance() : map, issues: []), try register.consentScope())
            } catch {
                return (DatasetCheck(map: nil, issues: error.issues), .mapOnly)
            }
        }
        var check = restricted(MapFile.check(url, as: format, options: options, progress: progress))
        if project { check.map = check.map?.projectingAttendance() }
        return (check, .mapOnly)
    }

    /// The check with only the ties of ``wave``, when one is named for a file that is not a
    /// register; an error naming the waves there are when the ties hold no such wave.
    private func restricted(_ check: DatasetCheck) -> DatasetCheck {
        guard let wave, let map = check.map else { return check }
        let waves = map.tieWaves
        guard waves.contains(wave) else {
            let known = waves.isEmpty ? "its ties name no wave" : "its ties hold waves \(waves.joined(separator: ", "))"
            return DatasetCheck(map: nil, issues: [DatasetIssue(file: displayName, columnName: "wave", message: "--wave \(wave): no such wave; \(known)")])
        }
        // The repeated-tie and several-waves warnings are about the merged folder, not this wave.
        return DatasetCheck(map: map.restricted(toWave: wave), issues: check.issues.filter { $0.columnName != "wave" })
    }

    /// Reads the map, prepared (``PreparedMap``); on any error prints every problem to
    /// standard error and exits 1.
    func load(progress: ProgressReporter = .silent) throws -> LoadedMap {
        let (result, prepared) = checkPrepared(progress: progress)
        guard result.map != nil, let prepared else {
            printIssues(result.issues, prefixedWith: path)
            throw ExitCode.failure
        }
        if !result.warnings.isEmpty {
            let count = result.warnings.count
            Console.error("\(count) warning\(count == 1 ? "" : "s") in \(displayName); `inclusion-map validate` lists them.")
        }
        if announcesNonResponse, let note = NonResponseNote.text(for: prepared.asRead, policy: missing) { Console.error(note) }
        if announcesNonResponse, let note = NegativeTiesNote.text(for: prepared.asRead) { Console.error(note) }
        return LoadedMap(prepared)
    }
}

/// The map a command reads: PATH and how to read it, shared by every command.
struct MapInput: ParsableArguments {
    @Argument(help: "A dataset folder, a register (FILE.sqlite; --wave picks the wave) or a file in any readable format: JSON, GraphML, GEXF, Pajek, UCINET DL, Gephi tables, a matrix CSV, an Excel or Kumu workbook (default: the bundled Rivertown demo map).")
    var path: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Read PATH as this format instead of telling it from the extension or content.", valueName: "format"))
    var format: MapFileFormat?

    @Option(help: ArgumentHelp("Non-respondents' ties (actors with responded=false): reconstruct (from what respondents reported; the default of every analysis), observed (as given: their own answers missing) or respondents (only those who answered). convert and register export write the ties as given unless told.", valueName: "policy"))
    var missing: MissingDataPolicy?

    @Option(help: ArgumentHelp("The wave to read: of a register (default: its latest), or only the ties of that wave of a folder whose ties.csv has a wave column.", valueName: "id"))
    var wave: String?

    @Option(help: ArgumentHelp("The character encoding of a Pajek or UCINET DL file: utf-8 (the default; other bytes are refused with their place), windows-1252 or iso-8859-1.", valueName: "encoding"))
    var encoding: TextEncoding = .utf8

    @Flag(help: "Add a co-attendance tie between every two actors who attended an engagement together, weighing the engagements they shared: two-mode data (people × events) as a one-mode map.")
    var project = false

    @Option(help: ArgumentHelp("In a Pajek project (.paj) holding several networks, the one to read: its name or number, from 1 (default: the first; the others are listed).", valueName: "network"))
    var network: String?

    /// The policy an analysis reads the map with: the one given, else
    /// ``MissingDataPolicy/recommended``.
    var policy: MissingDataPolicy { missing ?? .recommended }

    /// Where the command reads its map from, for an analysis.
    var source: MapSource { source(defaultPolicy: .recommended) }

    /// Where the command reads its map from, with `defaultPolicy` when `--missing` is not given
    /// (``MissingDataPolicy/observed`` for commands that write the data rather than analyse it).
    func source(defaultPolicy: MissingDataPolicy) -> MapSource {
        MapSource(path: path, format: format, wave: wave, missing: missing ?? defaultPolicy, options: ReadingOptions(encoding: encoding, network: network),
                  project: project)
    }
}

/// A map as a command works on it: its preparation (``PreparedMap``), with the mask that
/// finds actors by the ids the user typed.
struct LoadedMap {
    /// How the map was prepared: masked, read with the policy, rolled up.
    private(set) var prepared: PreparedMap
    /// The masked map, read with the missing-data policy.
    var map: StakeholderMap { prepared.analysed }
    /// The mask that was applied.
    var mask: ConsentMask { prepared.mask }
    /// The masked map as read, before the policy: what `--confidence` resamples.
    var asRead: StakeholderMap { prepared.asRead }
    /// The missing-data policy `map` was read with.
    var policy: MissingDataPolicy { prepared.policy }

    /// The map a command works on, from its preparation.
    init(_ prepared: PreparedMap) {
        self.prepared = prepared
    }

    /// Adds the roll-up `column` (such as `department:parent`) to both maps.
    mutating func rollUp(_ column: String) { prepared.rollUp(column) }

    /// An actor id from the command line as it is on the masked map: a withheld actor's
    /// original id becomes its code.
    func resolve(_ typed: String) -> String { mask.shown(typed) }

    /// Several ids from the command line.
    func resolve(_ typed: [String]) -> [String] { typed.map(mask.shown) }

    /// Makes `column` ready to group by: a roll-up such as `department:parent` is added to
    /// the map's actors (``DepartmentRollUp``), the column is checked as a label, and warnings
    /// go to standard error for actors with no value (left out of the group measures, not made
    /// a group) and for groups of one (no within-group measure is defined for them).
    mutating func useGroupColumn(_ column: String, option: String) throws {
        if DepartmentRollUp(column: column) != nil {
            guard map.actors.contains(where: { $0.department != nil }) else {
                throw ValidationError("\(option) \(column): no actor has a department to roll up.")
            }
            prepared.rollUp(column)
        } else if column.hasPrefix("department:") {
            throw ValidationError("\(option) \(column): a roll-up is department:parent (repeat :parent for more levels) or department:top.")
        }
        try checkLabelColumn(column, option: option)
        // A column no actor holds (louvain, or a misspelt name the analysis will refuse) has
        // nothing to warn about.
        guard map.actors.contains(where: { $0.value(ofColumn: column) != nil }) else { return }
        for warning in GroupColumnCheck(map: map, column: column).sentences {
            Console.error("warning: \(option) \(column): \(warning)")
        }
    }

    /// Checks that `column` may label groups, colours or shapes (see
    /// ``StakeholderMap/columnIdentifiesActors(_:)``); `louvain` asks for detected
    /// communities unless the actors have such a column.
    func checkLabelColumn(_ column: String, option: String) throws {
        if column == Grouping.louvainColumn, !map.actors.contains(where: { $0.value(ofColumn: column) != nil }) { return }
        do {
            try map.checkColumnMayLabel(column, option: option)
        } catch {
            throw ValidationError(error.description + ".")
        }
    }
}

/// Prints issues one a line, file names joined to the folder they are in: to standard
/// error, or to standard output for `validate`.
func printIssues(_ issues: [DatasetIssue], prefixedWith folder: String?, toStandardOutput: Bool = false) {
    for issue in issues {
        let line = located(issue, in: folder).description
        if toStandardOutput { Console.text(line) } else { Console.error(line) }
    }
}

/// The issue with its file given as a path inside `folder` (as the user wrote it), so an
/// editor can jump to it.
func located(_ issue: DatasetIssue, in folder: String?) -> DatasetIssue {
    guard let folder, DatasetFile(rawValue: issue.file) != nil else { return issue }
    var issue = issue
    issue.file = (folder.hasSuffix("/") ? folder : folder + "/") + issue.file
    return issue
}

extension MissingDataPolicy: ExpressibleByArgument {}

extension TextEncoding: ExpressibleByArgument {}

extension RegisterError {
    /// The error as the lines a command prints: a source's own positioned problems, or one line.
    var issues: [DatasetIssue] {
        if case .invalidSource(let issues) = self { return issues }
        return [DatasetIssue(file: path ?? "register", message: message)]
    }
}
