import Foundation
import Testing
@testable import InclusionMap

/// The analyses' building blocks on examples small enough to work by hand; each expected
/// value is derived in the comment beside it.
@Suite struct AnalysisHandTests {
    @Test func percentileRanksShareTiesAndPutMissingValuesLowest() {
        // Sorted: nil (position 0), 1 (1), 2 and 2 (2 and 3, sharing 2.5), 3 (4); N − 1 = 4.
        let ranks = PercentileRanks.of([3, 1, 2, 2, nil])
        #expect(ranks == [1.0, 0.25, 0.625, 0.625, 0.0])
        #expect(PercentileRanks.of([7]) == [1.0])
    }

    @Test func giniOfAttendanceCounts() {
        // 0, 0, 1, 3: unordered |differences| 0+1+3+1+3+2 = 10, ordered 20; mean 1, n = 4:
        // G = 20 / (2 · 16 · 1) = 0.625.
        #expect(GiniCoefficient.of([0, 0, 1, 3]) == 0.625)
        #expect(GiniCoefficient.of([2, 2, 2]) == 0)
        #expect(GiniCoefficient.of([0, 0]) == nil)
    }

    /// Five actors in two departments and four engagements, three dated out of file order and
    /// one undated.
    static func meetings() throws -> StakeholderMap {
        let actors = [
            Actor(id: "a", name: "Ann", kind: .person, department: "x", sector: "council"),
            Actor(id: "b", name: "Bo", kind: .person, department: "x", sector: "council"),
            Actor(id: "c", name: "Cy", kind: .person, department: "y", sector: "residents"),
            Actor(id: "d", name: "Di", kind: .person, department: "y", sector: "residents", consent: false),
            Actor(id: "e", name: "Ed", kind: .group, department: "y", sector: "faith"),
        ]
        let engagements = [
            Engagement(id: "m3", date: CalendarDate(year: 2024, month: 3, day: 1)),
            Engagement(id: "m1", date: CalendarDate(year: 2024, month: 1, day: 1)),
            Engagement(id: "planned"),
            Engagement(id: "m2", date: CalendarDate(year: 2024, month: 2, day: 1)),
        ]
        let attendance = ["m1": ["a", "b"], "m2": ["a", "c"], "m3": ["a", "b"], "planned": ["a"]].flatMap { engagement, ids in
            ids.map { Attendance(engagement: engagement, actor: $0) }
        }
        let ties = [Tie(source: "a", target: "b"), Tie(source: "b", target: "c"), Tie(source: "c", target: "d")]
        return try StakeholderMap(actors: actors, ties: ties, engagements: engagements, attendance: attendance)
    }

    @Test func engagementsRunByDateWithUndatedLast() throws {
        let history = EngagementHistory(map: try Self.meetings(), window: 2)
        #expect(history.engagements.map(\.id) == ["m1", "m2", "m3", "planned"])
        #expect(history.recent.map(\.id) == ["m3", "planned"])
        // a attended all four; b attended m1 and m3, so one of the last two.
        #expect(history.attendances(of: "a") == 4)
        #expect(history.recentAttendances(of: "b") == 1)
        #expect(history.recentShare(of: "c") == 0)
        #expect(history.attendanceWords(of: "b") == "attended 1 of the last 2 engagements")
    }

    @Test func usualSuspectsAuditByHand() throws {
        let map = try Self.meetings()
        let audit = UsualSuspects(map: map, options: .init(window: 2, usualShare: 0.5, fatigueShare: 0.5))
        // Attendance: a 4, b 2, c 1, d 0, e 0 (7 in all; 3 attendees).
        #expect(audit.attendees.map(\.actorID) == ["a", "b", "c"])
        // Top tenth of 3 attendees: ⌈0.3⌉ = 1 person, a, with 4 of 7.
        #expect(audit.topDecileCount == 1)
        #expect(audit.topDecileShare == 4.0 / 7.0)
        // Over all five: Σ|xi − xj| ordered = 2·(2+3+4+4 + 1+2+2 + 1+1 + 0) = 40; mean 7/5;
        // G = 40 / (2 · 25 · 1.4) = 0.5714….
        #expect(abs(audit.gini! - 40.0 / 70.0) < 1e-12)
        // Usual: more than half of 4 engagements, so a (4) only; b has exactly 2.
        #expect(audit.usualSuspects.map(\.actorID) == ["a"])
        #expect(audit.neverAttended == ["d", "e"])
        // Fatigue: more than half of the last two (m3, planned): a (2 of 2) only.
        #expect(audit.fatigued.map(\.actorID) == ["a"])
        // Department y: 3 of 5 actors, 1 of 3 attendees: (1/3) / (3/5) = 5/9.
        let y = audit.representation.first { $0.dimension == "department" && $0.value == "y" }
        #expect(y?.actors == 3)
        #expect(y?.attendees == 1)
        #expect(abs(y!.ratio! - 5.0 / 9.0) < 1e-12)
        // Sector faith and kind group never attended; sector is listed, kind is not.
        #expect(audit.neverEngaged.map(\.value) == ["faith"])
        // Community voices (residents, faith): c, d, e; c attended once.
        #expect(audit.communityVoices.actors == 3)
        #expect(audit.communityVoices.attendees == 1)
        #expect(audit.communityVoices.attendances == 1)
    }

    /// A path a – b – c – d – e.
    static func path() throws -> NetworkIndex {
        let ids = ["a", "b", "c", "d", "e"]
        let map = try StakeholderMap(
            actors: ids.map { Actor(id: $0) },
            ties: zip(ids, ids.dropFirst()).map { Tie(source: $0, target: $1) })
        return NetworkIndex(map)
    }

    @Test func distanceWeightedReachOfSetsOnAPath() throws {
        let index = try Self.path()
        // From a: itself 1, then 1, 1/2, 1/3, 1/4; sum 37/12 over 5.
        #expect(abs(index.distanceWeightedReach(of: [0]) - 37.0 / 60.0) < 1e-12)
        // From c: 1/2 + 1 + 1 + 1 + 1/2 = 4, over 5.
        #expect(abs(index.distanceWeightedReach(of: [2]) - 0.8) < 1e-12)
        // From {a, e}: 1 + 1 + 1/2 + 1 + 1 = 4.5 over 5.
        #expect(abs(index.distanceWeightedReach(of: [0, 4]) - 0.9) < 1e-12)
        #expect(index.distanceWeightedReach(of: []) == 0)
    }

    @Test func fragmentationOfAPath() throws {
        // Unordered distances: 1 ×4, 2 ×3, 3 ×2, 4 ×1: Σ 1/d = 4 + 1.5 + 2/3 + 1/4 = 77/12,
        // over 10 pairs: F = 1 − 77/120.
        let index = try Self.path()
        #expect(abs(index.distanceWeightedFragmentation()! - (1 - 77.0 / 120.0)) < 1e-12)
        let single = NetworkIndex(try StakeholderMap(actors: [Actor(id: "solo")]))
        #expect(single.distanceWeightedFragmentation() == nil)
    }

    @Test func panelNeverHoldsAnActorWithoutConsent() throws {
        let map = try Self.meetings()
        // Everyone who may be named fits, so the panel is all of them and not d.
        let panel = try PanelSuggester(map: map, constraints: .init(size: 5), window: nil)
        #expect(Set(panel.picks.map(\.actorID)) == ["a", "b", "c", "e"])
        #expect(throws: PanelError.noConsent("d")) {
            try PanelSuggester(map: map, constraints: .init(size: 2, mustInclude: ["d"]))
        }
        #expect(throws: PanelError.unknownActor("zz")) {
            try PanelSuggester(map: map, constraints: .init(size: 2, exclude: ["zz"]))
        }
        #expect(throws: PanelError.tooManyRequired(required: 2, size: 1)) {
            try PanelSuggester(map: map, constraints: .init(size: 1, mustInclude: ["a", "b"]))
        }
        #expect(throws: PanelError.groupCapExceeded(group: "x", required: 2, cap: 1)) {
            try PanelSuggester(map: map, constraints: .init(size: 3, mustInclude: ["a", "b"], maxPerGroup: 1))
        }
    }

    @Test func panelCoversBothGroupsFirstAndRespectsTheCap() throws {
        let map = try Self.meetings()
        // Two seats and two departments: the weights put one per department before anything else.
        let panel = try PanelSuggester(map: map, constraints: .init(size: 2), window: nil)
        #expect(Set(panel.picks.compactMap(\.group)) == ["x", "y"])
        // Sectors: council, residents, faith. With three seats and one per department at most
        // two can come from y, and all three sectors are covered.
        let capped = try PanelSuggester(map: map, constraints: .init(size: 3, maxPerGroup: 2), window: nil)
        #expect(capped.suggestedMeasures.sectorsCovered == 3)
        #expect(capped.picks.filter { $0.group == "y" }.count <= 2)
        // The usual panel is the most frequent attendees: a (4), b (2).
        #expect(panel.usualPanel == ["a", "b"])
        #expect(panel.usualMeasures.groupsCovered == 1)
    }

    @Test func whatIfOnAPathByHand() throws {
        // x: a, b; y: c, d, e; ties a–b, b–c, c–d (e is alone). Cross pairs (6): a–c 2, a–d 3,
        // a–e ∞, b–c 1, b–d 2, b–e ∞: Σ 1/d = 1/2 + 1/3 + 1 + 1/2 = 7/3, so between-group
        // fragmentation = 1 − 7/18.
        let map = try Self.meetings()
        let tie = try WhatIf(map: map, change: .ties([.init("a", "e")]), suggestions: 0)
        #expect(abs(tie.before.betweenGroupFragmentation! - (1 - 7.0 / 18.0)) < 1e-12)
        // With a–e: a–e 1, b–e 2, and the rest unchanged: Σ = 7/3 + 1 + 1/2 = 23/6, over 6.
        #expect(abs(tie.after.betweenGroupFragmentation! - (1 - 23.0 / 36.0)) < 1e-12)
        // Groups within two steps: x reaches y (b–c) before; y reaches x.
        #expect(tie.before.groupsWithinTwo == ["x": 1, "y": 1])
        // The only tie between x and y is b–c, so both ends are a single point of failure.
        #expect(tie.before.singlePoints.map(\.via) == [["b", "c"]])
        #expect(tie.after.singlePoints.isEmpty)
        // Removing b separates the departments.
        let removal = try WhatIf(map: map, change: .removal("b"), suggestions: 0)
        #expect(removal.after.unlinkedPairs == [["x", "y"]])
        #expect(removal.after.actorCount == 4)
        #expect(throws: WhatIfError.unknownActor("zz")) { try WhatIf(map: map, change: .removal("zz")) }
        #expect(throws: WhatIfError.spaceTooSmall(1)) { try WhatIf(map: map, change: .reflectionSpace(["a", "a"])) }
        #expect(throws: WhatIfError.tieToSelf("a")) { try WhatIf(map: map, change: .ties([.init("a", "a")])) }
    }

    @Test func suggestedTiesJoinTheIsolateAndSkipActorsWithoutConsent() throws {
        // The best new tie joins e (unreachable from x: 2 cross pairs at ∞) to x. Candidate ends
        // are a, b (x) and c, e (y; d has no consent). a–e or b–e: b–e gives b–e 1, a–e 2,
        // and c, d reach nothing new in x (they already reach x through b–c), so +1 + 1/2;
        // a–e gives a–e 1, b–e 2: the same +1.5 — ids break the tie: a–e.
        let map = try Self.meetings()
        let result = try WhatIf(map: map, change: .ties([.init("a", "b")]), suggestions: 1)
        let first = try #require(result.suggestions.first)
        #expect([first.first, first.second] == ["a", "e"])
        #expect(first.pairsCloser == 2)
        #expect(!result.suggestions.contains { $0.first == "d" || $0.second == "d" })
    }
}
