import Foundation
import GRDB
import InclusionMap
import Testing
@testable import InclusionMapRegister

/// Nothing is lost: a writer killed mid-wave, two writers at once. These run the real
/// `inclusion-map register add` in other processes.
@Suite(.serialized) struct RegisterDurabilityTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var executable: URL {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("inclusion-map")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/inclusion-map")
    }

    /// A dataset folder of `actors` actors in a ring with `ties` ties (each actor tied to the
    /// next ones), written as CSV.
    static func bigFolder(actors: Int, ties: Int) throws -> URL {
        let folder = RegisterTests.scratch().appendingPathComponent("big")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var actorText = "id,department\n"
        for i in 0..<actors { actorText += "a\(i),d\(i % 20)\n" }
        var tieText = "source,target\n"
        tieText.reserveCapacity(ties * 16)
        for k in 0..<ties {
            let i = k % actors, step = 1 + k / actors
            tieText += "a\(i),a\((i + step) % actors)\n"
        }
        try Data(actorText.utf8).write(to: folder.appendingPathComponent("actors.csv"))
        try Data(tieText.utf8).write(to: folder.appendingPathComponent("ties.csv"))
        return folder
    }

    static func launch(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, errors)
    }

    static func integrity(_ file: URL) throws -> [String] {
        let queue = try DatabaseQueue(path: file.path)
        defer { try? queue.close() }
        return try queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
    }

    @Test func aWriterKilledMidWaveLeavesTheEarlierWavesIntact() throws {
        let file = RegisterTests.scratch().appendingPathComponent("r.sqlite")
        let register = try Register.create(at: file)
        try register.addWave("1", map: try RegisterTests.small())
        let folder = try Self.bigFolder(actors: 20_000, ties: 300_000)
        let (process, _) = try Self.launch(["register", "add", file.path, folder.path, "--wave", "2"])
        // Kill it once the write is under way: its rows are going into the write-ahead log.
        let wal = file.path + "-wal"
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            if size > 2_000_000 { break }
            usleep(2_000)
        }
        #expect(process.isRunning, "the add finished before it could be killed; make the wave larger")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let reopened = try Register(opening: file)
        #expect(try reopened.waves().map(\.id) == ["1"])
        #expect(try reopened.map(ofWave: "1") == (try RegisterTests.small()))
        #expect(try Self.integrity(file) == ["ok"])
        // And it still takes the wave afterwards.
        try reopened.addWave("2", map: try RegisterTests.small())
        #expect(try reopened.waves().map(\.id) == ["1", "2"])
    }

    @Test func twoWritersAtOnceBothSucceedOrOneIsToldItIsBusy() throws {
        let file = RegisterTests.scratch().appendingPathComponent("r.sqlite")
        _ = try Register.create(at: file)
        let folder = try Self.bigFolder(actors: 5_000, ties: 40_000)
        let first = try Self.launch(["register", "add", file.path, folder.path, "--wave", "a"])
        let second = try Self.launch(["register", "add", file.path, folder.path, "--wave", "b"])
        var added: [String] = []
        for (wave, (process, errors)) in [("a", first), ("b", second)] {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if process.terminationStatus == 0 {
                added.append(wave)
            } else {
                #expect(message.contains("register is busy"), "\(message)")
            }
        }
        #expect(!added.isEmpty)
        #expect(Set(try Register(opening: file).waves().map(\.id)) == Set(added))
        #expect(try Register(opening: file).waves().allSatisfy { $0.tieCount == 40_000 })
        #expect(try Self.integrity(file) == ["ok"])
    }

    @Test func aWriterThatWaitsTooLongIsToldTheRegisterIsBusy() throws {
        let file = RegisterTests.scratch().appendingPathComponent("r.sqlite")
        _ = try Register.create(at: file)
        let impatient = try Register(url: file, migratingUpTo: nil, migrates: false, busyTimeout: 0.2)
        // Another connection holds the write lock.
        var holding = Configuration()
        holding.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: file.path, configuration: holding)
        try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        // Reading does not wait for the writer.
        #expect(try Register(opening: file).waves().isEmpty)
        #expect(throws: RegisterError.busy(path: file.path)) { try impatient.addWave("1", map: try RegisterTests.small()) }
        try other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        try impatient.addWave("1", map: try RegisterTests.small())
        #expect(try impatient.waves().map(\.id) == ["1"])
    }
}
