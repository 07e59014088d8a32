import Foundation
import Testing
import InclusionMap

/// The analyses tell the story written into Datasets/rivertown/README.md before they existed:
/// the expected names below are the README's, and the numbers come from
/// Scripts/oracles/analysis.py (NetworkX and plain Python on the CSV files).
@Suite struct RivertownStoryTests {
    static let map = try! BundledDataset.rivertown.read()

    struct Oracle: Decodable {
        struct Snapshot: Decodable {
            var fragmentation: Double
            var between_group_fragmentation: Double
            var unlinked_pairs: Int
        }
        struct Row: Decodable {
            var dimension: String, value: String, actors: Int, attendees: Int, ratio: Double
        }
        var before: Snapshot, after_space: Snapshot, after_removing_eh07: Snapshot
        var space: [String]
        var reach: [String: Double]
        var gini: Double, top_decile_share: Double, top_decile_count: Int
        var representation: [Row]
    }

    static let oracle = try! JSONDecoder().decode(Oracle.self, from: TestSupport.fixture("analysis/rivertown.json"))

    @Test func theFourUnderUsedBrokersLeadTheRanking() throws {
        let finder = try BrokerFinder(map: Self.map)
        // "Four people hold the map together and are missing from the room."
        let story: Set = ["eh07", "pi03", "ho02", "vo03"]
        #expect(Set(finder.candidates.prefix(4).map(\.actorID)) == story)
        #expect(Set(finder.underUsed.map(\.actorID)) == story)
        // "Samira Haddad … Highest betweenness in the map. Attended 0 of 8."
        #expect(finder.candidates.first?.actorID == "eh07")
        #expect(finder.candidate(for: "eh07")?.reason.contains("attended 0 of the 8 engagements") == true)
        #expect(finder.candidate(for: "vo03")?.reason.contains("attended 1 of the 8 engagements") == true)
        // Three have no designated role; Leon Clarke is a designated community organiser.
        let undesignated = Set(finder.structuralButUndesignated.map(\.actorID))
        #expect(undesignated.isSuperset(of: ["eh07", "pi03", "ho02"]))
        #expect(!undesignated.contains("vo03"))
    }

    @Test func theIdleChampionsAreDesignatedButNotStructural() throws {
        let finder = try BrokerFinder(map: Self.map)
        let idle = finder.designatedButNotStructural
        // "Philippa Drury (ed05), Lorraine Hughes (sc04) and Wendy Marsden (cn03) have ties
        // only inside their own department."
        for id in ["ed05", "sc04", "cn03"] {
            let entry = try #require(idle.first { $0.actorID == id }, "\(id) is missing")
            #expect(entry.reason.hasPrefix("no tie outside"), "\(entry.reason)")
            #expect(!entry.isStructural)
        }
        // "… yet attend 6, 6 and 5 of the 8 engagements."
        #expect(finder.candidate(for: "ed05")?.attended == 6)
        #expect(finder.candidate(for: "sc04")?.attended == 6)
        #expect(finder.candidate(for: "cn03")?.attended == 5)
    }

    @Test func reasonNumbersComeFromTheMetricsTheyName() throws {
        let finder = try BrokerFinder(map: Self.map)
        let index = NetworkIndex(Self.map)
        let grouping = try Grouping(index, map: Self.map)
        let brokerage = Brokerage(index: index, grouping: grouping)
        let bridging = index.bridgingBetweenness(grouping: grouping)
        for id in ["eh07", "pi03", "ho02", "vo03"] {
            let node = try #require(index.node(of: id))
            let candidate = try #require(finder.candidate(for: id))
            let scores = try #require(brokerage.actors[Int(node)])
            let role = try #require(candidate.measures.strongestRole)
            let z = try #require(scores.zScore(role))
            let crossing: [Brokerage.Role] = [.liaison, .gatekeeper, .representative, .itinerant]
            #expect(crossing.allSatisfy { (scores.zScore($0) ?? -.infinity) <= z })
            #expect(candidate.reason.contains("\(role.rawValue) z = \(String(format: "%.1f", z))"), "\(candidate.reason)")
            let b = try #require(bridging[Int(node)])
            #expect(candidate.reason.contains("bridging betweenness \(String(format: "%.3f", b))"), "\(candidate.reason)")
        }
        // "the only link between Housing and …": every tie between Housing and Early Help
        // involves ho02, counted straight from the CSV ties.
        let housing = Set(Self.map.actors(inDepartment: "housing").map(\.id))
        let earlyHelp = Set(Self.map.actors(inDepartment: "early-help").map(\.id))
        let between = Self.map.ties.filter {
            (housing.contains($0.source) && earlyHelp.contains($0.target)) || (housing.contains($0.target) && earlyHelp.contains($0.source))
        }
        #expect(!between.isEmpty && between.allSatisfy { $0.involves("ho02") })
        #expect(finder.candidate(for: "ho02")?.reason.hasPrefix("the only link between Housing Services and each of Early Help and Family Support") == true)
    }

    @Test func theUsualSuspectsAndTheMissingVoices() {
        let audit = UsualSuspects(map: Self.map)
        // "ph01, ph02, un01, ey01, sh01 attend all 8; vo01 attends 7. These six take 47 of
        // the 116 attendances."
        #expect(Set(audit.usualSuspects.map(\.actorID)) == ["ph01", "ph02", "un01", "ey01", "sh01", "vo01"])
        #expect(audit.usualSuspects.reduce(0) { $0 + $1.attended } == 47)
        #expect(audit.communityVoices.allAttendances == 116)
        #expect(audit.usualSuspectsShare == 47.0 / 116.0)
        // "No faith group … attended anything, and neither did anyone from … Housing."
        let never = Set(audit.neverEngaged.map { "\($0.dimension):\($0.value)" })
        #expect(never == ["department:housing", "department:faith", "sector:faith"])
        // The brokers nobody invites are among those never recorded attending.
        #expect(Set(audit.neverAttended).isSuperset(of: ["eh07", "pi03", "ho02"]))
        // Concentration and representation, from the oracle.
        #expect(abs(audit.gini! - Self.oracle.gini) < 1e-12)
        #expect(audit.topDecileCount == Self.oracle.top_decile_count)
        #expect(abs(audit.topDecileShare! - Self.oracle.top_decile_share) < 1e-12)
        for row in Self.oracle.representation {
            let ours = audit.representation.first { $0.dimension == row.dimension && $0.value == row.value }
            #expect(ours?.actors == row.actors, "\(row.dimension) \(row.value)")
            #expect(ours?.attendees == row.attendees, "\(row.dimension) \(row.value)")
            #expect(abs((ours?.ratio ?? -1) - row.ratio) < 1e-12, "\(row.dimension) \(row.value)")
        }
    }

    @Test func theSuggestedPanelGoesBeyondTheUsualSuspects() throws {
        let panel = try PanelSuggester(map: Self.map, constraints: .init(size: 10))
        let ids = Set(panel.picks.map(\.actorID))
        // "pa07, pa09 … must never be … suggested for a panel."
        #expect(ids.isDisjoint(with: ["pa07", "pa09"]))
        #expect(ids.isDisjoint(with: ["ph01", "ph02", "un01", "ey01", "sh01", "vo01"]))
        // The faith sector and Housing, never engaged, are reachable through the brokers.
        #expect(panel.picks.contains { $0.sector == "faith" })
        #expect(ids.isSuperset(of: ["eh07", "vo03"]))
        #expect(panel.suggestedMeasures.groupsCovered > panel.usualMeasures.groupsCovered)
        #expect(panel.suggestedMeasures.sectorsCovered == 9)
        #expect(panel.usualMeasures.usualSuspects == 6)
        // Even a panel of everyone leaves out the two parents without consent.
        let everyone = try PanelSuggester(map: Self.map, constraints: .init(size: 111))
        #expect(everyone.picks.count == 109)
        #expect(!everyone.picks.contains { $0.actorID == "pa07" || $0.actorID == "pa09" })
    }

    @Test func reachMatchesTheOracle() throws {
        var options = NetworkIndex.Options()
        options.symmetrised = true
        let index = NetworkIndex(Self.map, options: options)
        for (set, expected) in Self.oracle.reach {
            let nodes = set.split(separator: ",").compactMap { index.node(of: String($0)) }
            #expect(abs(index.distanceWeightedReach(of: nodes) - expected) < 1e-12, "\(set)")
        }
    }

    @Test func whatIfMatchesTheOracle() throws {
        let space = try WhatIf(map: Self.map, change: .reflectionSpace(Self.oracle.space))
        let removal = try WhatIf(map: Self.map, change: .removal("eh07"))
        let cases: [(CohesionSnapshot, Oracle.Snapshot)] = [
            (space.before, Self.oracle.before), (space.after, Self.oracle.after_space), (removal.after, Self.oracle.after_removing_eh07),
        ]
        for (ours, expected) in cases {
            #expect(abs(ours.fragmentation! - expected.fragmentation) < 1e-12)
            #expect(abs(ours.betweenGroupFragmentation! - expected.between_group_fragmentation) < 1e-12)
            #expect(ours.unlinkedPairs.count == expected.unlinked_pairs)
        }
        // Suggested ties reduce fragmentation between groups step by step, and name no one
        // without consent.
        var previous = space.after.betweenGroupFragmentation!
        for suggestion in space.suggestions {
            #expect(abs(suggestion.before - previous) < 1e-12)
            #expect(suggestion.after < suggestion.before)
            #expect(![suggestion.first, suggestion.second].contains { $0 == "pa07" || $0 == "pa09" })
            previous = suggestion.after
        }
        #expect(space.suggestions.count == 3)
    }
}
