import Foundation
import GRDB
import InclusionMap
import Testing
@testable import InclusionMapRegister

/// A damaged register is refused in words and never written to (issue 32, defects 6 and 7):
/// NULL in a NOT NULL column crashed every command reading the wave, and 7 of 12 byte-flipped
/// registers exported a changed wave with exit 0.
@Suite struct RegisterDamageTests {
    /// A register holding `RegisterTests.small()` as wave 1, closed.
    func register() throws -> URL {
        let file = RegisterTests.scratch().appendingPathComponent("r.sqlite")
        try Register.create(at: file).addWave("1", map: try RegisterTests.small())
        return file
    }

    func expectDamaged(_ body: () throws(RegisterError) -> Void, saying expected: String) {
        do {
            try body()
            Issue.record("no error; expected \(expected)")
        } catch {
            guard case .damaged(_, let reason) = error else { Issue.record("\(error)"); return }
            #expect(reason == expected)
            #expect(error.message.hasPrefix("the register is damaged (\(expected)); nothing was read from it or written to it"))
        }
    }

    @Test func aNullWhereTheSchemaForbidsOneIsDamageNotACrash() throws {
        let file = try register()
        // What a damaged file holds: the NOT NULL dropped from the stored schema, then a NULL.
        do {
            let queue = try DatabaseQueue(path: file.path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA writable_schema = ON")
                try db.execute(sql: "UPDATE sqlite_master SET sql = replace(sql, 'source TEXT NOT NULL', 'source TEXT') WHERE name = 'tie'")
            }
            try queue.close()
            let again = try DatabaseQueue(path: file.path)
            try again.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                try db.execute(sql: "UPDATE tie SET source = NULL WHERE position = 0")
            }
            try again.close()
        }
        let opened = try Register(opening: file)
        expectDamaged({ () throws(RegisterError) in _ = try opened.map(ofWave: "1") },
                      saying: "table tie, column source: NULL where the register keeps String")
        #expect(try opened.check() == ["wave 1: table tie, column source: NULL where the register keeps String"])
    }

    @Test func aChangedByteInsideAValueIsCaughtByTheChecksum() throws {
        let file = try register()
        var bytes = try Data(contentsOf: file)
        // "Bo" is stored once; SQLite's checks cannot see a changed letter inside a value.
        let name = try #require(bytes.firstRange(of: Data("Ann \"A\" Lee".utf8)))
        bytes[name.lowerBound] = UInt8(ascii: "E")
        try bytes.write(to: file)
        let opened = try Register(opening: file)
        expectDamaged({ () throws(RegisterError) in _ = try opened.map(ofWave: "1") },
                      saying: "wave 1 revision 1 does not read back as it was saved: its checksum differs, so a value in the file was changed outside InclusionMap or damaged")
    }

    @Test func aBrokenPageIsRefusedOnOpeningAndTheFileIsNotWritten() throws {
        let file = try register()
        var bytes = try Data(contentsOf: file)
        // Page 3 (the third 4,096-byte page) starts with its b-tree page type; 0xff is none.
        for offset in 8192..<8200 { bytes[offset] = 0xff }
        try bytes.write(to: file)
        let second = try RegisterTests.small()
        do {
            let register = try Register(opening: file)
            try register.addWave("2", map: second)
            Issue.record("a damaged register was opened and written")
        } catch {
            guard case .damaged(_, let reason) = error else { Issue.record("\(error)"); return }
            #expect(reason.hasPrefix("SQLite's check found Page 3: "), "\(reason)")
        }
        #expect(try Data(contentsOf: file) == bytes)
    }

    @Test func aSoundRegisterChecksClean() throws {
        #expect(try Register(opening: try register()).check().isEmpty)
    }
}
