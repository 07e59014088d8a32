import Foundation
import GRDB
import InclusionMap
import Testing
@testable import InclusionMapRegister

/// A register knows consent across its waves and keeps a key of its own for the codes
/// (issue 32, defects 1 and 2).
@Suite struct RegisterConsentTests {
    func wave(consent: Bool?) throws -> StakeholderMap {
        try StakeholderMap(actors: [Actor(id: "aa"), Actor(id: "zz", name: "Zed", consent: consent)], ties: [Tie(source: "aa", target: "zz")])
    }

    @Test func someoneWhoWithdrawsInALaterWaveIsWithheldForEveryWave() throws {
        let file = RegisterTests.scratch().appendingPathComponent("r.sqlite")
        let register = try Register.create(at: file)
        try register.addWave("1", map: try wave(consent: true))
        #expect(try register.consentScope().withheldIDs.isEmpty)
        try register.addWave("2", map: try wave(consent: false))
        let scope = try register.consentScope()
        #expect(scope.withheldIDs == ["zz"])
        // Wave 1, where zz said yes, is masked by the register's scope.
        let first = PreparedMap(try register.map(ofWave: "1"), consent: scope)
        let second = PreparedMap(try register.map(ofWave: "2"), consent: scope)
        let code = try #require(first.mask.code(of: "zz"))
        #expect(second.mask.code(of: "zz") == code)
        #expect(!first.analysed.actors.contains { $0.id == "zz" || $0.name == "Zed" })
        // A later revision saying yes again does not name them: consent once withdrawn stays so.
        try register.saveRevision(try wave(consent: true), ofWave: "2")
        #expect(try register.consentScope().withheldIDs == ["zz"])
    }

    @Test func theKeyIsTheRegistersOwnAndStaysAsWavesAreAdded() throws {
        let folder = RegisterTests.scratch()
        let one = try Register.create(at: folder.appendingPathComponent("one.sqlite"))
        let two = try Register.create(at: folder.appendingPathComponent("two.sqlite"))
        let key = try #require(try one.consentScope().key)
        #expect(key.bytes.count == 32)
        #expect(try two.consentScope().key != key)
        try one.addWave("1", map: try wave(consent: false))
        let reopened = try Register(opening: folder.appendingPathComponent("one.sqlite"))
        #expect(try reopened.consentScope().key == key)
    }

    @Test func aRegisterFromBeforeKeysGetsOneWhenOpened() throws {
        let file = RegisterTests.scratch().appendingPathComponent("old.sqlite")
        do {
            let old = try Register(url: file, migratingUpTo: "v3-response-status")
            try old.addWave("1", map: try wave(consent: false))
            #expect(try old.consentScope().key == nil)
        }
        let opened = try Register(opening: file)
        #expect(try opened.consentScope().key != nil)
        #expect(try opened.consentScope().withheldIDs == ["zz"])
    }
}
