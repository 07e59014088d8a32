import Foundation
import GRDB
import InclusionMap
import Testing
@testable import InclusionMapRegister

/// A register keeps waves apart, gives each back exactly as it was added, logs what each
/// revision changed, and refuses what it cannot hold without changing anything.
@Suite struct RegisterTests {
    /// A new, empty folder for one test's files.
    static func scratch() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("register-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Three actors in two departments, an engagement, attendance and ties with every field used.
    static func small() throws -> StakeholderMap {
        try StakeholderMap(
            actors: [
                Actor(id: "a", name: "Ann \"A\" Lee", kind: .person, department: "housing", organisation: "Council",
                      sector: "council", roles: ["liaison", "champion"], consent: true, attributes: ["email": "ann@x.org"]),
                Actor(id: "b", name: "Bo", kind: .person, department: "early-help", consent: false),
                Actor(id: "c", kind: .organisation, sector: "voluntary"),
            ],
            departments: [Department(id: "housing", name: "Housing"), Department(id: "early-help", name: "Early Help", parent: "housing")],
            ties: [
                Tie(source: "a", target: "b", relation: "advice", weight: 2.5, isDirected: true, wave: "1",
                    date: CalendarDate(year: 2026, month: 3, day: 4), provenance: "survey", attributes: ["note": "line\nbreak"]),
                Tie(source: "b", target: "c"),
            ],
            engagements: [Engagement(id: "e1", name: "Forum", date: CalendarDate(year: 2026, month: 5, day: 1), kind: "forum")],
            attendance: [Attendance(engagement: "e1", actor: "a", role: "chair")],
            extraColumns: ExtraColumns(actors: ["email"], ties: ["note"]))
    }

    @Test func aWaveReadsBackExactlyAsItWasAdded() throws {
        let file = Self.scratch().appendingPathComponent("programme.sqlite")
        let register = try Register.create(at: file)
        let map = try Self.small()
        let wave = try register.addWave("1", map: map, label: "Before", date: CalendarDate(year: 2026, month: 1, day: 15))
        #expect(wave == Wave(id: "1", label: "Before", date: CalendarDate(year: 2026, month: 1, day: 15), position: 1,
                             revision: 1, actorCount: 3, tieCount: 2))
        let back = try Register(opening: file).map(ofWave: "1")
        #expect(back == map)
        #expect(back.extraColumns == map.extraColumns)
        #expect(back.actors[0].attributes == ["email": "ann@x.org"])
        #expect(back.ties[0].attributes == ["note": "line\nbreak"])
    }

    @Test func wavesKeepTheirOrderAndTheLatestIsTheDefault() throws {
        let register = try Register.create(at: Self.scratch().appendingPathComponent("r.sqlite"))
        var later = try Self.small()
        _ = try later.removeActor(withID: "c")
        try register.addWave("before", map: try Self.small())
        try register.addWave("after", map: later)
        #expect(try register.waves().map(\.id) == ["before", "after"])
        #expect(try register.wave().id == "after")
        // An actor absent from a wave is not in its map at all.
        #expect(try register.map().actor(withID: "c") == nil)
        #expect(try register.map(ofWave: "before").actor(withID: "c") != nil)
    }

    @Test func aRevisionLogsWhatItChanged() throws {
        let register = try Register.create(at: Self.scratch().appendingPathComponent("r.sqlite"))
        try register.addWave("1", map: try Self.small(), source: "folder/")
        var edited = try register.map(ofWave: "1")
        var ann = edited.actor(withID: "a")!
        ann.department = "early-help"
        try edited.updateActor(ann)
        try edited.addActor(Actor(id: "d", name: "Di"))
        try edited.addTie(Tie(source: "d", target: "a"))
        edited.removeTies { $0.source == "b" && $0.target == "c" }
        let revision = try register.saveRevision(edited, ofWave: "1", note: "moved Ann")
        #expect(revision.number == 2)
        #expect(Set(revision.changes) == [
            RegisterChange(kind: .edited, record: .actor, key: "a", detail: "department: \"housing\" → \"early-help\""),
            RegisterChange(kind: .added, record: .actor, key: "d", detail: "added"),
            RegisterChange(kind: .added, record: .tie, key: "tie: a–d", detail: "added"),
            RegisterChange(kind: .removed, record: .tie, key: "tie: b–c", detail: "removed"),
        ])
        let history = try register.history(ofWave: "1")
        #expect(history.map(\.number) == [1, 2])
        #expect(history[0].source == "folder/")
        #expect(history[0].changes.contains(RegisterChange(kind: .added, record: .tie, key: nil, detail: "2 tie records")))
        #expect(history[1].note == "moved Ann")
        #expect(try register.map(ofWave: "1") == edited)
        #expect(try register.map(ofWave: "1", revision: 1) == (try Self.small()))
        #expect(try register.wave("1").revision == 2)
    }

    @Test func aFolderWithWavesSplitsIntoWaves() throws {
        var map = try Self.small()
        map.removeTies { _ in true }
        try map.addTie(Tie(source: "a", target: "b", wave: "1"))
        try map.addTie(Tie(source: "a", target: "c", wave: "2"))
        try map.addTie(Tie(source: "b", target: "c", wave: "1"))
        #expect(map.tieWaves == ["1", "2"])
        let register = try Register.create(at: Self.scratch().appendingPathComponent("r.sqlite"))
        let waves = try register.addWaves(splitting: map)
        #expect(waves.map(\.id) == ["1", "2"])
        #expect(waves.map(\.tieCount) == [2, 1])
        #expect(waves.map(\.actorCount) == [3, 3])

        var unassigned = map
        try unassigned.addTie(Tie(source: "a", target: "c"))
        let other = try Register.create(at: Self.scratch().appendingPathComponent("r.sqlite"))
        #expect(throws: RegisterError.self) { try other.addWaves(splitting: unassigned) }
        #expect(try other.waves().isEmpty)
    }

    @Test func badInputIsRefusedAndChangesNothing() throws {
        let folder = Self.scratch()
        let file = folder.appendingPathComponent("r.sqlite")
        let register = try Register.create(at: file)
        try register.addWave("1", map: try Self.small())
        #expect(throws: RegisterError.duplicateWave("1", path: file.path)) { try register.addWave("1", map: try Self.small()) }
        #expect(throws: RegisterError.unknownWave("9", path: file.path, known: ["1"])) { try register.map(ofWave: "9") }
        #expect(throws: RegisterError.self) { try register.addWave(" ", map: try Self.small()) }
        #expect(throws: RegisterError.exists(path: file.path)) { try Register.create(at: file) }

        // A source that fails validation: the reader's own positioned problem, nothing added.
        let source = folder.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try Data("id,name\na,Ann\n".utf8).write(to: source.appendingPathComponent("actors.csv"))
        try Data("source,target\na,zed\n".utf8).write(to: source.appendingPathComponent("ties.csv"))
        do {
            try register.addWave("2", reading: source)
            Issue.record("a tie to an unknown actor was added")
        } catch {
            guard case .invalidSource(let issues) = error else { Issue.record("unexpected \(error)"); return }
            #expect(issues.contains { $0.file == "ties.csv" && $0.line == 2 && $0.columnName == "target" })
        }
        #expect(try register.waves().map(\.id) == ["1"])

        // Files that are not registers.
        let text = folder.appendingPathComponent("notes.sqlite")
        try Data("hello".utf8).write(to: text)
        #expect(throws: RegisterError.notARegister(path: text.path, reason: "it is not a SQLite database")) { try Register(opening: text) }
        let other = folder.appendingPathComponent("other.db")
        let queue = try DatabaseQueue(path: other.path)
        try queue.write { try $0.execute(sql: "CREATE TABLE t (x)") }
        try queue.close()
        let before = try Data(contentsOf: other)
        #expect(throws: RegisterError.self) { try Register(opening: other) }
        #expect(try Data(contentsOf: other) == before, "somebody else's database is left untouched")
        #expect(throws: RegisterError.missing(path: folder.appendingPathComponent("none.sqlite").path)) {
            try Register(opening: folder.appendingPathComponent("none.sqlite"))
        }
    }

    @Test func aRegisterOfTheFirstSchemaOpensAfterMigration() throws {
        let file = Self.scratch().appendingPathComponent("old.sqlite")
        // Written as the first schema step left it: maps, no change log.
        do {
            let old = try Register(url: file, migratingUpTo: "v1-waves")
            try old.addWaveWithoutChangeLog("1", map: try Self.small())
        }
        let register = try Register(opening: file)
        let back = try register.map(ofWave: "1")
        #expect(back.actors.map(\.id) == ["a", "b", "c"])
        #expect(back.ties.map(\.source) == ["a", "b"])
        let history = try register.history()
        #expect(history.count == 1)
        #expect(Set(history[0].changes.map(\.detail)) == ["3 actor records", "2 tie records"])
        let check = try DatabaseQueue(path: file.path)
        #expect(try check.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
        #expect(try check.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
            == RegisterSchema.migrationNames)
    }

    @Test func aRegisterFromBeforeResponseStatusMovesItIntoItsColumn() throws {
        let file = Self.scratch().appendingPathComponent("old.sqlite")
        let map = try StakeholderMap(
            actors: [Actor(id: "a", attributes: ["responded": "false", "email": "a@x.org"]), Actor(id: "b", attributes: ["responded": "true"]), Actor(id: "c")],
            ties: [Tie(source: "a", target: "b")])
        do {
            let old = try Register(url: file, migratingUpTo: "v1-waves")
            try old.addWaveWithoutChangeLog("1", map: map)
        }
        let back = try Register(opening: file).map(ofWave: "1")
        #expect(back.actors.map(\.responded) == [false, true, nil])
        #expect(back.actors.map(\.attributes) == [["email": "a@x.org"], [:], [:]])
        #expect(back.ties == map.ties)
    }

    @Test func tasksReadOneRegisterAtOnce() async throws {
        let register = try Register.create(at: Self.scratch().appendingPathComponent("r.sqlite"))
        try register.addWave("1", map: try Self.small())
        let expected = try Self.small()
        let same = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 { group.addTask { try register.map(ofWave: "1") == expected } }
            return try await group.reduce(true) { $0 && $1 }
        }
        #expect(same)
    }
}

extension Register {
    /// Adds a wave as the first schema step stored it: the wave, its revision and its records.
    func addWaveWithoutChangeLog(_ id: String, map: StakeholderMap) throws {
        try database.write { db in
            try db.execute(sql: "INSERT INTO wave (id, position) VALUES (?, 1)", arguments: [id])
            try db.execute(sql: "INSERT INTO revision (wave, number, saved_at, extra_columns) VALUES (?, 1, '2026-01-01T00:00:00Z', ?)",
                           arguments: [id, String(decoding: try JSONEncoder().encode(map.extraColumns), as: UTF8.self)])
            let revision = db.lastInsertedRowID
            // The first schema's actor table: no responded column.
            for (position, actor) in map.actors.enumerated() {
                try db.execute(sql: "INSERT INTO actor (revision, position, id, name, kind, department, consent, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               arguments: [revision, position, actor.id, actor.name, actor.kind?.rawValue, actor.department, actor.consent,
                                           AttributeText.encoded(actor.attributes)])
            }
            for (position, tie) in map.ties.enumerated() {
                try db.execute(sql: "INSERT INTO tie (revision, position, source, target, relation, weight, directed) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: [revision, position, tie.source, tie.target, tie.relation, tie.weight, tie.isDirected])
            }
        }
    }
}
