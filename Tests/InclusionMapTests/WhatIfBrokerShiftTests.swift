import Foundation
import InclusionMap
import Testing

/// What-if predicts how the broker ranking would move, and warns when a space would make a
/// within-group hub look like a broker (issue 34, part 3: in every planted seed a hub placed
/// in a space jumped from rank 80–171 to 5–21 without a word).
@Suite struct WhatIfBrokerShiftTests {
    /// Four teams. h is team A's hub (tied to a1–a4, no one outside A); b2 is the one bridge
    /// of the map, tied to a2, c2 and d2. A space brings h together with b1, c1 and d1.
    ///
    ///     A: h–a1, h–a2, h–a3, h–a4, a1–a2     B: b1–b2     C: c1–c2     D: d1–d2
    ///     bridges: b2–a2, b2–c2, b2–d2
    static func teams() throws -> StakeholderMap {
        let groups = ["h": "A", "a1": "A", "a2": "A", "a3": "A", "a4": "A", "b1": "B", "b2": "B", "c1": "C", "c2": "C", "d1": "D", "d2": "D"]
        let actors = groups.keys.sorted().map { Actor(id: $0, department: groups[$0]) }
        let pairs = [("h", "a1"), ("h", "a2"), ("h", "a3"), ("h", "a4"), ("a1", "a2"), ("b1", "b2"), ("c1", "c2"), ("d1", "d2"),
                     ("b2", "a2"), ("b2", "c2"), ("b2", "d2")]
        let engagements = [Engagement(id: "e1"), Engagement(id: "e2")]
        let attendance = [Attendance(engagement: "e1", actor: "a1"), Attendance(engagement: "e2", actor: "a1")]
        return try StakeholderMap(actors: actors, ties: pairs.map { Tie(source: $0.0, target: $0.1) }, engagements: engagements, attendance: attendance)
    }

    /// The map's own cohesion and ranking passed in (as the workbench keeps them) give the
    /// same what-if as computing them afresh.
    @Test func knownCohesionAndRankingGiveTheSameResult() throws {
        let map = try Self.teams()
        let change = WhatIfChange.reflectionSpace(["h", "b1", "c1", "d1"])
        let fresh = try WhatIf(map: map, change: change)
        let cohesion = try CohesionSnapshot(map: map, options: .init(symmetrised: true))
        let known = try WhatIf(map: map, change: change, known: (cohesion, try BrokerFinder(map: map)))
        #expect(known.before == fresh.before)
        #expect(known.after == fresh.after)
        #expect(known.brokers == fresh.brokers)
        #expect(known.suggestions == fresh.suggestions)
    }

    @Test func aHubPlacedInASpaceIsFlagged() throws {
        let map = try Self.teams()
        let result = try WhatIf(map: map, change: .reflectionSpace(["h", "b1", "c1", "d1"]))
        let shift = try #require(result.brokers)
        // h had no tie outside A: 0 cross-group contacts before the space.
        let h = try #require(shift.entered.first { $0.actorID == "h" })
        #expect(h.crossGroupContactsBefore == 0)
        #expect(shift.madeBrokersByTheChange.map(\.actorID).contains("h"))
        // b2 was the top broker before (the only bridge) and still ranks above h after.
        let rankB2 = try #require(BrokerFinder(map: result.changedMap).candidates.sorted { $0.potential > $1.potential }.firstIndex { $0.actorID == "b2" })
        #expect(rankB2 < 3)
        // The space is an engagement its members attend: it counts as use.
        #expect(result.changedMap.engagement(withID: WhatIfChange.spaceEngagement) != nil)
        #expect(result.changedMap.attendance.filter { $0.engagement == WhatIfChange.spaceEngagement }.map(\.actor).sorted() == ["b1", "c1", "d1", "h"])
    }

    @Test func aSpaceOfBridgesIsNotFlagged() throws {
        // b2 already bridges three teams: bringing b2 and a2 together adds no warning.
        let result = try WhatIf(map: try Self.teams(), change: .reflectionSpace(["b2", "a2"]))
        #expect(result.brokers?.madeBrokersByTheChange.isEmpty == true)
    }
}
