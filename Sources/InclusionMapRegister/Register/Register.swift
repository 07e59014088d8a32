import Foundation
import GRDB
import InclusionMap
import InclusionMapInterchange

/// A programme's maps over time in one SQLite file: every wave (survey round, "before" and
/// "after") with its actors, departments, engagements, attendance and ties, every revision
/// of each wave, and a change log.
///
/// A register is opened through a GRDB `DatabasePool` in SQLite's write-ahead-log mode:
/// any number of readers, in this process or others, read while one writer writes, and a
/// reader always sees whole revisions. Every write is one `BEGIN IMMEDIATE` transaction, so a
/// process killed in the middle of adding a wave leaves the register as it was before; a
/// second writer waits up to ``busyTimeout`` for the first and then fails with
/// ``RegisterError/busy(path:)``, never with a half-written file. `Register` is `Sendable`:
/// share one between tasks.
///
/// Actors are matched across waves by id. An actor who is not in a wave is not in that
/// wave's map at all (a leaver or a joiner, not an isolate).
public final class Register: Sendable {
    /// How long a writer waits for another process's write to finish.
    public static let busyTimeout: TimeInterval = 10

    /// The register's file.
    public let url: URL
    /// A pool (WAL mode) when the register can be written; a read-only queue when the file or
    /// its folder cannot be written.
    let database: any DatabaseWriter
    /// Whether the register was opened read-only (the file or its folder is not writable).
    public let isReadOnly: Bool

    /// The first bytes of every SQLite 3 database file.
    private static let sqliteHeader = Data("SQLite format 3\0".utf8)

    /// Whether the file at `url` is a SQLite database (read from its first 16 bytes): what
    /// tells a register from a dataset file on the command line.
    public static func isDatabase(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 16)) == sqliteHeader
    }

    /// Creates an empty register at `url`.
    ///
    /// - Throws: ``RegisterError/exists(path:)`` when anything is at `url`, or
    ///   ``RegisterError/database(path:message:)``.
    public static func create(at url: URL) throws(RegisterError) -> Register {
        guard !FileManager.default.fileExists(atPath: url.path) else { throw .exists(path: url.path) }
        return try Register(url: url, migratingUpTo: nil)
    }

    /// Opens the register at `url`, bringing an older register's schema up to date.
    ///
    /// - Throws: ``RegisterError/missing(path:)``, ``RegisterError/notARegister(path:reason:)``
    ///   (a file that is not SQLite, or a SQLite database of something else, which is left
    ///   untouched), ``RegisterError/newerSchema(path:migrations:)``.
    public convenience init(opening url: URL) throws(RegisterError) {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        guard Self.isDatabase(url) else { throw .notARegister(path: path, reason: "it is not a SQLite database") }
        // Look before the pool opens it: opening a pool switches the file to WAL mode, which
        // must not happen to somebody else's database, nor to a damaged register.
        let applied: [String]
        let problems: [String]
        let readPath = Self.isWritable(url) ? path : Self.immutablePath(url)
        do {
            let queue = try DatabaseQueue(path: readPath, configuration: Self.readOnlyConfiguration())
            (applied, problems) = try queue.read { db in
                guard try db.tableExists("grdb_migrations"), try db.tableExists("wave") else { return ([], []) }
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                // SQLite's quick check: page structure, record formats, NOT NULL; a few ms a megabyte.
                let problems = Self.lines(try String.fetchAll(db, sql: "PRAGMA quick_check(20)"))
                return (applied, problems)
            }
            try queue.close()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw .busy(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            throw .damaged(path: path, reason: "SQLite: \(Self.words(error))")
        } catch {
            throw .notARegister(path: path, reason: Self.words(error))
        }
        guard applied.contains(RegisterSchema.migrationNames[0]) else {
            throw .notARegister(path: path, reason: "it is a SQLite database without a register's tables")
        }
        guard problems.isEmpty else { throw .damaged(path: path, reason: Self.summary(of: problems)) }
        let unknown = applied.filter { !RegisterSchema.migrationNames.contains($0) }
        guard unknown.isEmpty else { throw .newerSchema(path: path, migrations: unknown) }
        let pending = applied.count < RegisterSchema.migrationNames.count
        if !Self.isWritable(url) {
            // Read-only: no WAL, no migration. A register older than the response-status step
            // cannot be read without it.
            guard applied.contains("v3-response-status") else {
                throw .notARegister(path: path, reason: "it was written by an older InclusionMap and is read-only here, so it cannot be brought up to date; open it once where it can be written")
            }
            let queue: DatabaseQueue
            do {
                queue = try DatabaseQueue(path: readPath, configuration: Self.readOnlyConfiguration())
            } catch {
                throw Self.registerError(error, path: path)
            }
            self.init(url: url, readOnly: queue)
            return
        }
        // Migrating takes the write lock; a register already up to date opens without it, so
        // reading never waits for another process's write.
        try self.init(url: url, migratingUpTo: nil, migrates: pending)
    }

    /// A register read through `queue`, a read-only connection.
    private init(url: URL, readOnly queue: DatabaseQueue) {
        self.url = url
        database = queue
        isReadOnly = true
    }

    /// A connection that never writes, so it opens a read-only file or mount, and leaves a
    /// file that is not a register as it was.
    private static func readOnlyConfiguration() -> Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "InclusionMapRegister"
        return configuration
    }

    /// Whether the register at `url` and its folder (where SQLite keeps the write-ahead log)
    /// can be written.
    private static func isWritable(_ url: URL) -> Bool {
        let files = FileManager.default
        return files.isWritableFile(atPath: url.path) && files.isWritableFile(atPath: url.deletingLastPathComponent().path)
    }

    /// How to open a register that cannot be written: in write-ahead-log mode SQLite needs to
    /// create its `-shm` file beside it to read, which a read-only folder forbids; a URI with
    /// `immutable=1` reads the file as it stands. When a `-wal` file with content is there
    /// (a writer did not finish cleanly), its pages are part of the register, so the plain
    /// path is kept and SQLite reads them through the existing files.
    private static func immutablePath(_ url: URL) -> String {
        let log = (try? FileManager.default.attributesOfItem(atPath: url.path + "-wal")[.size] as? Int) ?? 0
        guard log == 0 else { return url.path }
        var components = URLComponents()
        components.scheme = "file"
        components.path = url.path
        components.queryItems = [URLQueryItem(name: "immutable", value: "1")]
        return components.string ?? url.path
    }

    /// The problems in SQLite's check results: one a line, without `ok` and the
    /// `*** in database main ***` headings.
    private static func lines(_ results: [String]) -> [String] {
        results.flatMap { $0.split(separator: "\n").map(String.init) }.filter { $0 != "ok" && !$0.hasPrefix("*** ") }
    }

    /// SQLite's problem lines in a sentence: the first three and how many more.
    private static func summary(of problems: [String]) -> String {
        let shown = problems.prefix(3).joined(separator: "; ")
        return "SQLite's check found " + (problems.count > 3 ? "\(shown); and more" : shown)
    }

    /// Runs SQLite's full integrity check (`PRAGMA integrity_check`: every page, record,
    /// index and constraint) and the register's own, that every row of every wave reads back
    /// as a map; the problems found, none when the register is sound.
    public func check() throws(RegisterError) -> [String] {
        var problems: [String] = []
        do {
            problems = try database.read { db in
                let pages = Self.lines(try String.fetchAll(db, sql: "PRAGMA integrity_check(100)"))
                // table, rowid (NULL for tables without one), parent table, key number
                let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                    "a row of table \(row[0] as String? ?? "?") refers to a \(row[2] as String? ?? "?") that is not in its revision"
                }
                return pages + keys
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            return ["SQLite: \(Self.words(error))"]
        } catch {
            throw Self.registerError(error, path: url.path)
        }
        guard problems.isEmpty else { return problems }
        for wave in try waves() {
            do {
                _ = try map(ofWave: wave.id)
            } catch .damaged(_, let reason) {
                problems.append(reason.hasPrefix("wave ") ? reason : "wave \(wave.id): \(reason)")
            }
        }
        return problems
    }

    /// Opens (or creates) the file and applies the schema's steps up to `last` (all when `nil`).
    init(
        url: URL, migratingUpTo last: String?, migrates: Bool = true, busyTimeout: TimeInterval = Register.busyTimeout
    ) throws(RegisterError) {
        self.url = url
        isReadOnly = false
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "InclusionMapRegister"
        do {
            let pool = try DatabasePool(path: url.path, configuration: configuration)
            database = pool
            let migrator = RegisterSchema.migrator()
            if migrates {
                if let last { try migrator.migrate(pool, upTo: last) } else { try migrator.migrate(pool) }
            }
        } catch {
            throw Self.registerError(error, path: url.path)
        }
    }

    // MARK: Reading

    /// Every wave, in the order they were added.
    public func waves() throws(RegisterError) -> [Wave] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT w.id, w.label, w.date, w.position, r.number,
                       (SELECT COUNT(*) FROM actor a WHERE a.revision = r.id),
                       (SELECT COUNT(*) FROM tie t WHERE t.revision = r.id)
                FROM wave w JOIN revision r ON r.wave = w.id
                WHERE r.number = (SELECT MAX(number) FROM revision WHERE wave = w.id)
                ORDER BY w.position
                """).map { next in
                let row = MapRows.Values(row: next, table: "wave")
                return Wave(id: try row[0], label: try row[1], date: (try row[2] as String?).flatMap(CalendarDate.init(parsing:)),
                            position: try row[3], revision: try row[4], actorCount: try row[5], tieCount: try row[6])
            }
        }
    }

    /// The wave `id`, or the latest when `id` is `nil`.
    ///
    /// - Throws: ``RegisterError/unknownWave(_:path:known:)``, ``RegisterError/empty(path:)``.
    public func wave(_ id: String? = nil) throws(RegisterError) -> Wave {
        let all = try waves()
        guard let id else {
            guard let latest = all.last else { throw .empty(path: url.path) }
            return latest
        }
        guard let wave = all.first(where: { $0.id == id }) else {
            throw .unknownWave(id, path: url.path, known: all.map(\.id))
        }
        return wave
    }

    /// The map of wave `id` (the latest wave when `nil`) as of `revision` (the latest when
    /// `nil`): exactly the records that were added or saved, in their order.
    public func map(ofWave id: String? = nil, revision: Int? = nil) throws(RegisterError) -> StakeholderMap {
        let wave = try self.wave(id)
        let number = revision ?? wave.revision
        return try reading { db in
            let hasChecksum = try db.columns(in: "revision").contains { $0.name == "checksum" }
            guard let found = try Row.fetchOne(db, sql: "SELECT id, extra_columns\(hasChecksum ? ", checksum" : "") FROM revision WHERE wave = ? AND number = ?",
                                               arguments: [wave.id, number]) else {
                throw RegisterError.invalidWave(wave.id, path: url.path, reason: "no revision \(number); the latest is \(wave.revision)")
            }
            let row = MapRows.Values(row: found, table: "revision")
            guard let extra = try? JSONDecoder().decode(ExtraColumns.self, from: Data((try row[1] as String).utf8)) else {
                throw RegisterError.damaged(path: url.path, reason: "wave \(wave.id) revision \(number): its list of extra columns is not readable")
            }
            let map = try MapRows.read(revision: try row[0], extraColumns: extra, in: db)
            if hasChecksum, let saved = try row[2] as String?, saved != MapChecksum.of(map) {
                throw RegisterError.damaged(
                    path: url.path,
                    reason: "wave \(wave.id) revision \(number) does not read back as it was saved: its checksum differs, so a value in the file was changed outside InclusionMap or damaged")
            }
            return map
        }
    }

    /// What the register knows of consent, for masking any of its waves (`ConsentMask`):
    /// everyone whose consent is false in any revision of any wave (consent belongs to the
    /// person: someone who withdraws it in a later wave is withheld in every wave, and a
    /// later revision marking them true does not name them again), and the register's key,
    /// so each person has one code across every wave. The key is `nil` only for a register
    /// written before keys (schema step `v4-consent-key`) and opened read-only.
    public func consentScope() throws(RegisterError) -> ConsentScope {
        try reading { db in
            let withheld = try String.fetchSet(db, sql: "SELECT DISTINCT id FROM actor WHERE consent = 0")
            var key: ConsentKey?
            if try db.tableExists("secret"),
               let bytes = try Data.fetchOne(db, sql: "SELECT value FROM secret WHERE name = 'consent-key'") {
                key = ConsentKey(bytes: [UInt8](bytes))
            }
            return ConsentScope(withheldIDs: withheld, key: key)
        }
    }

    /// Every revision of wave `id` (of every wave when `nil`), oldest first, with what each changed.
    public func history(ofWave id: String? = nil) throws(RegisterError) -> [Revision] {
        if let id { _ = try wave(id) }
        return try reading { db in
            let revisions = try Row.fetchAll(db, sql: """
                SELECT r.id, r.wave, r.number, r.saved_at, r.source, r.note FROM revision r JOIN wave w ON w.id = r.wave
                WHERE ?1 IS NULL OR r.wave = ?1 ORDER BY w.position, r.number
                """, arguments: [id])
            return try revisions.map { next in
                let row = MapRows.Values(row: next, table: "revision")
                let changes = try Row.fetchAll(db, sql: "SELECT kind, record, key, detail FROM change WHERE revision = ? ORDER BY id",
                                               arguments: [try row[0] as Int64]).map { next in
                    let change = MapRows.Values(row: next, table: "change")
                    return RegisterChange(kind: RegisterChange.Kind(rawValue: try change[0]) ?? .edited,
                                          record: RegisterChange.Record(rawValue: try change[1]) ?? .actor, key: try change[2], detail: try change[3])
                }
                return Revision(wave: try row[1], number: try row[2], savedAt: Self.date(try row[3]), source: try row[4], note: try row[5], changes: changes)
            }
        }
    }

    // MARK: Writing

    /// Adds `map` as a new wave `id`, after every wave already there.
    ///
    /// - Parameters:
    ///   - id: the new wave's id, unique in the register.
    ///   - map: the wave's actors, ties and engagements.
    ///   - label: how the wave is called in outputs ("Spring 2025"); `nil` for its id.
    ///   - date: when the wave was collected.
    ///   - source: what the map was read from, kept in the change log.
    /// - Throws: ``RegisterError/duplicateWave(_:path:)``, ``RegisterError/invalidWave(_:path:reason:)``,
    ///   ``RegisterError/busy(path:)``. Nothing is written when it throws.
    @discardableResult
    public func addWave(
        _ id: String, map: StakeholderMap, label: String? = nil, date: CalendarDate? = nil, source: String? = nil
    ) throws(RegisterError) -> Wave {
        try addWaves([(id, map)], label: label, date: date, source: source)[0]
    }

    /// Reads `source` (a dataset folder or any `MapFileFormat`) and adds it as wave `id`.
    ///
    /// - Throws: ``RegisterError/invalidSource(_:)`` with the reader's own positioned
    ///   problems when the source does not load; the register is unchanged.
    @discardableResult
    public func addWave(
        _ id: String, reading source: URL, as format: MapFileFormat? = nil, label: String? = nil, date: CalendarDate? = nil,
        options: ReadingOptions = ReadingOptions()
    ) throws(RegisterError) -> Wave {
        // Said before the source is read: a read-only register is the first problem to fix.
        guard !isReadOnly else { throw .readOnly(path: url.path) }
        return try addWave(id, map: try Self.read(source, as: format, options: options), label: label, date: date, source: source.path)
    }

    /// Adds one wave for each value of the ties' `wave` column (`StakeholderMap.tieWaves`),
    /// in order of first appearance, each holding every actor, department and engagement and
    /// its own ties; all or none.
    ///
    /// - Throws: ``RegisterError/invalidSource(_:)`` when a tie has no wave (it could belong to
    ///   none of them) or no tie has one; the register is unchanged.
    @discardableResult
    public func addWaves(splitting map: StakeholderMap, source: String? = nil) throws(RegisterError) -> [Wave] {
        let name = source ?? "the map"
        let waves = map.tieWaves
        guard !waves.isEmpty else {
            throw .invalidSource([DatasetIssue(file: name, message: "wave: no tie names a wave; expected ties.csv's wave column to say which wave each tie belongs to")])
        }
        let unassigned = map.tiesWithoutWave
        guard unassigned.isEmpty else {
            throw .invalidSource([DatasetIssue(
                file: name, columnName: "wave",
                message: "wave: \(unassigned.count) of \(map.ties.count) ties have no wave (the first is tie \(unassigned[0] + 1)); expected every tie to name its wave when splitting")])
        }
        return try addWaves(waves.map { ($0, map.restricted(toWave: $0)) }, label: nil, date: nil, source: source)
    }

    /// Saves `map` as the next revision of wave `id`, with the change log of what it changed
    /// since the latest revision. Edit a wave through `StakeholderMap`'s checked editing
    /// methods, then save it with this.
    @discardableResult
    public func saveRevision(_ map: StakeholderMap, ofWave id: String, note: String? = nil) throws(RegisterError) -> Revision {
        let previous = try self.map(ofWave: id)
        let changes = RecordChanges.between(previous, map)
        let savedAt = Self.now()
        let number: Int = try writing { db in
            let latest = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM revision WHERE wave = ?", arguments: [id]) ?? 0
            let revision = try insertRevision(wave: id, number: latest + 1, map: map, savedAt: savedAt, source: nil, note: note, in: db)
            try insert(changes, revision: revision, in: db)
            return latest + 1
        }
        return Revision(wave: id, number: number, savedAt: Self.date(Self.text(savedAt)), source: nil, note: note, changes: changes)
    }

    private func addWaves(
        _ waves: [(id: String, map: StakeholderMap)], label: String?, date: CalendarDate?, source: String?
    ) throws(RegisterError) -> [Wave] {
        for wave in waves { try check(waveID: wave.id) }
        let savedAt = Self.now()
        try writing { db in
            for wave in waves {
                guard try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM wave WHERE id = ?)", arguments: [wave.id])! else {
                    throw RegisterError.duplicateWave(wave.id, path: url.path)
                }
                let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) + 1 FROM wave")!
                try db.execute(sql: "INSERT INTO wave (id, label, date, position) VALUES (?, ?, ?, ?)",
                               arguments: [wave.id, label, date?.description, position])
                let revision = try insertRevision(wave: wave.id, number: 1, map: wave.map, savedAt: savedAt, source: source,
                                                  note: source.map { "added from \($0)" }, in: db)
                try insert(RecordChanges.counts(of: wave.map), revision: revision, in: db)
            }
        }
        let all = try self.waves()
        return waves.map { wave in all.first { $0.id == wave.id }! }
    }

    private func insertRevision(
        wave: String, number: Int, map: StakeholderMap, savedAt: Date, source: String?, note: String?, in db: Database
    ) throws -> Int64 {
        let extra = String(decoding: (try? JSONEncoder().encode(map.extraColumns)) ?? Data("{}".utf8), as: UTF8.self)
        // A register is brought up to date when opened for writing; only one made at an
        // earlier schema step on purpose (tests of migration) lacks the column.
        if try db.columns(in: "revision").contains(where: { $0.name == "checksum" }) {
            try db.execute(sql: """
                INSERT INTO revision (wave, number, saved_at, source, note, extra_columns, checksum) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [wave, number, Self.text(savedAt), source, note, extra, MapChecksum.of(map)])
        } else {
            try db.execute(sql: """
                INSERT INTO revision (wave, number, saved_at, source, note, extra_columns) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [wave, number, Self.text(savedAt), source, note, extra])
        }
        let revision = db.lastInsertedRowID
        try MapRows.write(map, revision: revision, in: db)
        return revision
    }

    private func insert(_ changes: [RegisterChange], revision: Int64, in db: Database) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO change (revision, kind, record, key, detail) VALUES (?, ?, ?, ?, ?)")
        for change in changes {
            statement.setUncheckedArguments([revision, change.kind.rawValue, change.record.rawValue, change.key, change.detail])
            try statement.execute()
        }
    }

    private func check(waveID id: String) throws(RegisterError) {
        if id.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalidWave(id, path: url.path, reason: "a wave id must not be empty")
        }
        if id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .invalidWave(id, path: url.path, reason: "a wave id must not hold control characters")
        }
        if id != id.trimmingCharacters(in: .whitespaces) {
            throw .invalidWave(id, path: url.path, reason: "a wave id must not start or end with spaces")
        }
    }

    // MARK: Plumbing

    /// Reads `source` through the same readers as every command, or throws their problems.
    static func read(_ source: URL, as format: MapFileFormat?, options: ReadingOptions) throws(RegisterError) -> StakeholderMap {
        let result = MapFile.check(source, as: format, options: options)
        guard let map = result.map else { throw .invalidSource(result.errors.isEmpty ? result.issues : result.errors) }
        return map
    }

    private func reading<T>(_ body: (Database) throws -> T) throws(RegisterError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw Self.registerError(error, path: url.path)
        }
    }

    @discardableResult
    private func writing<T>(_ body: (Database) throws -> T) throws(RegisterError) -> T {
        guard !isReadOnly else { throw .readOnly(path: url.path) }
        do {
            return try database.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw Self.registerError(error, path: url.path)
        }
    }

    private static func registerError(_ error: any Error, path: String) -> RegisterError {
        if let error = error as? RegisterError { return error }
        if let error = error as? MapRows.DamagedRow { return .damaged(path: path, reason: error.description) }
        if let error = error as? StakeholderMapError { return .damaged(path: path, reason: "its records do not form a map: \(error)") }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
            case .SQLITE_CORRUPT: return .damaged(path: path, reason: "SQLite: \(words(error))")
            case .SQLITE_READONLY: return .readOnly(path: path)
            case .SQLITE_NOTADB: return .notARegister(path: path, reason: "it is not a SQLite database")
            default: return .database(path: path, message: error.message ?? "\(error)")
            }
        }
        return .database(path: path, message: words(error))
    }

    private static func words(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }

    private static func now() -> Date { Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)) }

    private static func text(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    private static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text) ?? Date(timeIntervalSince1970: 0) }
}
