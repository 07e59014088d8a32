import Foundation

/// A dataset folder: the CSV files that describe a stakeholder map (see ``DatasetFile``).
///
/// ```swift
/// let map = try DatasetFolder(url: URL(fileURLWithPath: "Datasets/rivertown")).read()
/// ```
///
/// Reading is all or nothing: ``read(progress:)`` returns the whole map or throws a ``DatasetError``
/// that lists every problem in every file, each with its file, line and column. ``check(progress:)``
/// gives the same problems without throwing, with the warnings that do not stop loading.
///
/// Reading is O(size of the files) and built for files of millions of rows: each file is
/// checked as CSV in one sweep over its bytes, then its rows are made into records in blocks
/// on every core with no table of strings in between; ties.csv goes straight into the columns
/// of a ``TieList``, its ends numbered as the actors, so network views are built without
/// looking ids up again. On the benchmark's ba-1m (1,000,000 actors, 5,000,000 ties, 185 MB)
/// `summary` takes about 1.8 s and 630 MB on two cores; `Scripts/bench/loading` measures it
/// against igraph.
public struct DatasetFolder: Sendable {
    /// Where the folder is.
    public var url: URL
    /// How strictly to read it.
    public var options: ReadingOptions

    /// Names a folder to read.
    public init(url: URL, options: ReadingOptions = ReadingOptions()) {
        self.url = url
        self.options = options
    }

    /// Reads the folder.
    ///
    /// - Parameter progress: told of each file as it is read, and of the blocks of ties.csv
    ///   as they are made into ties (the longest step of a large folder).
    /// - Returns: the map, when no file has an error (warnings are dropped; see ``check(progress:)``).
    /// - Throws: ``DatasetError`` listing every error and warning found.
    public func read(progress: ProgressReporter = .silent) throws(DatasetError) -> StakeholderMap {
        let result = check(progress: progress)
        guard let map = result.map else { throw DatasetError(issues: result.issues) }
        return map
    }

    /// Reads the folder and reports every problem, errors and warnings alike.
    ///
    /// - Parameter progress: told of each file as it is read, and of the blocks of ties.csv
    ///   as they are made into ties.
    public func check(progress: ProgressReporter = .silent) -> DatasetCheck {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue,
           access(url.path, R_OK | X_OK) != 0, errno == EACCES {
            // One word for the folder, not one per file in it.
            return DatasetCheck(map: nil, issues: [DatasetIssue(
                file: url.path, message: "this user may not open the folder (check its permissions); expected a readable dataset folder")])
        }
        var issues: [DatasetIssue] = []
        var tables: [DatasetFile: DatasetTable] = [:]
        for file in DatasetFile.readingOrder {
            if let table = loadTable(file, issues: &issues) { tables[file] = table }
        }
        return check(tables: consume tables, issues: issues, progress: progress)
    }

    /// Reads a dataset held as tables rather than files (the sheets of a workbook): for each
    /// file, its rows, each with the line (row number) it stands on, the header first. Issues
    /// name the files as ``DatasetFile/fileName`` and the lines as given; a reader maps them
    /// back to its own places.
    ///
    /// - Parameters:
    ///   - sheets: each file's rows, header first, with the line each stands on.
    ///   - options: how values are read (as for a folder).
    ///   - missing: the issue for a required file that is not among `sheets`.
    public static func check(
        sheets: [DatasetFile: [(line: Int, fields: [String])]], options: ReadingOptions = ReadingOptions(),
        missing: (DatasetFile) -> DatasetIssue
    ) -> DatasetCheck {
        var issues: [DatasetIssue] = []
        var tables: [DatasetFile: DatasetTable] = [:]
        for file in DatasetFile.readingOrder {
            guard let rows = sheets[file], let first = rows.first else {
                if file.isRequired { issues.append(missing(file)) }
                continue
            }
            let csv = CSVTable(
                header: CSVTable.Row(line: first.line, fields: first.fields),
                rows: rows.dropFirst().map { CSVTable.Row(line: $0.line, fields: $0.fields) })
            if let table = DatasetTable(file: file, csv: csv, issues: &issues) { tables[file] = table }
        }
        return DatasetFolder(url: URL(fileURLWithPath: "/"), options: options).check(tables: tables, issues: issues)
    }

    private func check(
        tables: consuming [DatasetFile: DatasetTable], issues: [DatasetIssue], progress: ProgressReporter = .silent
    ) -> DatasetCheck {
        var issues = issues
        var tables = tables
        let actorsLoaded = tables[.actors] != nil

        var records = Records()
        func rows<Value: Sendable>(_ file: DatasetFile, _ make: @Sendable (inout DatasetRow) -> Value) -> [Value] {
            guard let table = tables[file] else { return [] }
            let read = table.mapRows(make)
            tables[file] = table.headerOnly()  // the file's bytes are no longer needed
            issues += read.issues
            records.lines[file] = read.lines
            return read.values
        }
        records.departments = rows(.departments) { row in
            Department(
                id: row.required("id"), name: row.text("name"), organisation: row.text("organisation"),
                parent: row.text("parent"), attributes: row.attributes)
        }
        records.actors = rows(.actors) { row in
            Actor(
                id: row.required("id"), name: row.text("name"), kind: row.kind("kind"),
                department: row.text("department"), organisation: row.text("organisation"),
                sector: row.text("sector"), roles: row.list("roles"), consent: row.bool("consent"), responded: row.bool("responded"),
                attributes: row.attributes)
        }
        if let table = tables[.ties] {
            // Straight into columns, the ends numbered as the actors (see TieFileReader).
            progress.step("reading \(DatasetFile.ties.fileName)")
            let read = TieFileReader.read(table, actorIDs: records.actors.map(\.id), progress: progress) { row in
                Tie(
                    source: row.required("source"), target: row.required("target"),
                    relation: row.text("relation") ?? Tie.defaultRelation, weight: row.number("weight") ?? 1,
                    isDirected: row.bool("directed") ?? false, wave: row.text("wave"), date: row.date("date"),
                    provenance: row.text("source_of_evidence"), attributes: row.attributes)
            }
            tables[.ties] = table.headerOnly()  // the file's bytes are no longer needed
            issues += read.issues
            records.lines[.ties] = read.lines
            records.ties = read.ties
        }
        records.engagements = rows(.engagements) { row in
            Engagement(
                id: row.required("id"), name: row.text("name"), date: row.date("date"),
                kind: row.text("kind"), attributes: row.attributes)
        }
        records.attendance = rows(.attendance) { row in
            Attendance(
                engagement: row.required("engagement"), actor: row.required("actor"), role: row.text("role"),
                attributes: row.attributes)
        }

        var (map, problems) = StakeholderMap.assemble(
            actors: records.actors, departments: records.departments, ties: records.ties,
            engagements: records.engagements, attendance: records.attendance)
        for problem in problems {
            let file = problem.record.file
            // An empty required value was reported while reading the row; an unknown actor
            // is only worth reporting when actors.csv itself could be read.
            if case .emptyValue = problem.error { continue }
            if case .unknownActor = problem.error, !actorsLoaded { continue }
            let column = problem.error.field
            issues.append(DatasetIssue(
                file: file.fileName, line: records.lines[file]?[problem.index],
                column: tables[file]?.columnNumber(of: column), columnName: column,
                message: "\(column): \(problem.error)"))
        }
        issues += warnings(for: records, in: tables, map: map)
        issues.sort(by: DatasetIssue.fileOrder)
        let failed = issues.contains { $0.severity == .error }
        if !failed { map.extraColumns = extraColumns(of: tables) }
        return DatasetCheck(map: failed ? nil : map, issues: issues)
    }

    // MARK: - Reading files

    private struct Records {
        var actors: [Actor] = []
        var departments: [Department] = []
        var ties = TieList()
        var engagements: [Engagement] = []
        var attendance: [Attendance] = []
        /// The line each record starts on, by file, in record order.
        var lines: [DatasetFile: [Int]] = [:]
    }

    private func loadTable(_ file: DatasetFile, issues: inout [DatasetIssue]) -> DatasetTable? {
        let fileURL = url.appendingPathComponent(file.fileName)
        switch FileCheck.entry(at: fileURL) {
        case .file: break
        case .missing:
            if file.isRequired {
                issues.append(DatasetIssue(
                    file: file.fileName,
                    message: "file not found in \(url.path); expected a dataset folder with at least actors.csv"))
            }
            return nil
        case .unusable(let words):
            // An optional file that is there but cannot be read is an error too: reading on
            // without it would give a map with no ties and no word why.
            issues.append(DatasetIssue(file: file.fileName, message: words))
            return nil
        }
        var bytes: Data
        do {
            bytes = try Data(contentsOf: fileURL)
        } catch {
            issues.append(DatasetIssue(file: file.fileName, message: "cannot be read: \(error.localizedDescription)"))
            return nil
        }
        do {
            bytes = try TextEncoding.utf8Bytes(of: bytes, fileName: file.fileName)
        } catch {
            issues += error.issues
            return nil
        }
        return DatasetTable.read(file: file, data: bytes, issues: &issues)
    }

    private func extraColumns(of tables: [DatasetFile: DatasetTable]) -> ExtraColumns {
        func names(_ file: DatasetFile) -> [String] { tables[file]?.extraFields.map(\.name) ?? [] }
        return ExtraColumns(
            actors: names(.actors), departments: names(.departments), ties: names(.ties),
            engagements: names(.engagements), attendance: names(.attendance))
    }

    // MARK: - Warnings

    /// Problems that do not stop loading (self-loops, unless the options reject them), repeated ties, departments named by
    /// actors but missing from departments.csv.
    ///
    /// Actors are named as ``ConsentMask`` shows them: a withheld actor by its code, since the
    /// report shows these warnings.
    private func warnings(for records: Records, in tables: [DatasetFile: DatasetTable], map: StakeholderMap) -> [DatasetIssue] {
        var warnings: [DatasetIssue] = []
        let mask = ConsentMask(actors: records.actors)
        let tieLines = records.lines[.ties] ?? []
        let column = { (name: String) in tables[.ties]?.columnNumber(of: name) }
        let ties = records.ties
        // Equal ids have equal numbers in a list read from a file (TieFileReader).
        for index in ties.indices where ties.sources[index] == ties.targets[index] && !ties.names[ties.sources[index]].isEmpty {
            let tie = ties[index]
            let rejected = options.selfLoops == .reject
            warnings.append(DatasetIssue(
                file: DatasetFile.ties.fileName, line: tieLines[index], column: column("target"), columnName: "target",
                severity: rejected ? .error : .warning,
                message: "target: \"\(mask.shown(tie.target))\" ties an actor to itself; "
                    + (rejected ? "expected ties between two different actors" : "network measures leave such ties out")))
        }
        // The same tie in two survey rounds (`wave`) is not a repeat.
        let (ends, endCount) = Self.endNumbers(of: ties, in: map)
        for found in RepeatedTies.find(in: ties, ends: ends, endCount: endCount) {
            let tie = ties[found.index]
            warnings.append(DatasetIssue(
                file: DatasetFile.ties.fileName, line: tieLines[found.index], severity: .warning,
                message: "repeats the \(tie.relation) tie \(mask.shown(tie.source))–\(mask.shown(tie.target)) of line \(tieLines[found.first]); network measures merge repeated ties"))
        }
        let waves = ties.distinctWaves
        if waves.count > 1 {
            warnings.append(DatasetIssue(
                file: DatasetFile.ties.fileName, column: column("wave"), columnName: "wave", severity: .warning,
                message: "wave: the ties hold \(waves.count) waves (\(waves.joined(separator: ", "))); measures merge them unless a command is given --wave, or `inclusion-map register add --split-waves` keeps each as a wave of a register"))
        }
        if !records.departments.isEmpty {
            let known = Set(records.departments.map(\.id))
            let actorLines = records.lines[.actors] ?? []
            for (index, actor) in records.actors.enumerated() {
                guard let department = actor.department, !known.contains(department) else { continue }
                warnings.append(DatasetIssue(
                    file: DatasetFile.actors.fileName, line: actorLines[index],
                    column: tables[.actors]?.columnNumber(of: "department"), columnName: "department",
                    severity: .warning,
                    message: "department: \"\(department)\" is not in departments.csv; it is used as a group label only"))
            }
        }
        return warnings
    }
}

extension DatasetFolder {
    /// Numbers for the ends of `ties`, equal for equal ids: the assembled map's tie ends when
    /// it took every tie, otherwise numbers given to the ids as they come (a file with refused
    /// ties, which will not load, still has its repeats reported).
    static func endNumbers(of ties: TieList, in map: StakeholderMap) -> (ends: TieEnds, count: Int) {
        if map.ties.count == ties.count { return (map.tieEndPositions, map.actors.count) }
        // The list's own numbers, the same for the same id (an id listed twice among the
        // actors takes its first number).
        var first: [String: Int32] = [:]
        let number = ties.names.labels.enumerated().map { entry in
            if let known = first[entry.element] { return known }
            first[entry.element] = Int32(entry.offset)
            return Int32(entry.offset)
        }
        return (TieEnds(sources: ties.sources.map { number[Int($0)] }, targets: ties.targets.map { number[Int($0)] }),
                ties.names.count)
    }
}

extension StakeholderMap.RecordKind {
    /// The dataset file records of this kind are read from.
    var file: DatasetFile {
        switch self {
        case .actor: return .actors
        case .department: return .departments
        case .tie: return .ties
        case .engagement: return .engagements
        case .attendance: return .attendance
        }
    }
}
