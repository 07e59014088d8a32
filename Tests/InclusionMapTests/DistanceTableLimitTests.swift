import Foundation
import Testing
import InclusionMap

/// The table of hop distances behind what-if and compare's cohesion measures is refused in
/// words when it cannot fit (issue 39): a 100,000-actor map stopped `whatif --space` with a
/// trap ("hop distances are kept for fewer than 65,535 nodes", SIGILL).
@Suite struct DistanceTableLimitTests {
    @Test func theLimitIsSaidInBytesAndActors() throws {
        // 20,000 actors: 20,000² × 2 bytes = 800,000,000 bytes = 0.8 GB; with 1 GB of memory
        // half is 500,000,000 bytes, so it does not fit.
        do {
            try DistanceTableTooLarge.check(actors: 20_000, memory: 1_000_000_000)
            Issue.record("a 0.8 GB table was allowed in 0.5 GB")
        } catch {
            #expect(error.actors == 20_000 && error.bytes == 800_000_000 && error.allowedBytes == 500_000_000)
            #expect(error.description.contains("a table of 0.8 GB; it may take at most half this machine's memory, 0.5 GB"))
        }
        // With 2 GB it fits (800,000,000 ≤ 1,000,000,000).
        try DistanceTableTooLarge.check(actors: 20_000, memory: 2_000_000_000)
        // 65,535 actors never fit, whatever the memory: a 16-bit distance cannot say more.
        do {
            try DistanceTableTooLarge.check(actors: 65_535, memory: 1 << 40)
            Issue.record("a table of 65,535 actors was allowed")
        } catch {
            #expect(error.description == "the cohesion measures need the hop distance between every two of the 65535 actors in the view, a table of 8.6 GB; it holds at most 65534 actors. Ask about a part of the map: one relation (--relation), or the actors of some groups")
        }
    }

    @Test func whatIfAndCompareRefuseABigMapInsteadOfStopping() throws {
        // 65,540 actors in two departments, one tie: the view has more actors than a table holds.
        let actors = (0..<65_540).map { Actor(id: "a\($0)", department: $0 % 2 == 0 ? "x" : "y") }
        let map = try StakeholderMap(actors: actors, ties: [Tie(source: "a0", target: "a1")])
        #expect(throws: DistanceTableTooLarge.self) {
            try WhatIf(map: map, change: .reflectionSpace(["a0", "a2"]))
        }
        #expect(throws: DistanceTableTooLarge.self) {
            try WaveComparison(before: map, after: map)
        }
    }
}
