import Foundation
import InclusionMap
import InclusionMapInterchange
import Testing

/// Two-mode data in Pajek (`*Vertices n n1`) and in NetworkX's bipartite GraphML (issue 40):
/// Davis's Southern Women as Scripts/oracles/davis_dl.py writes them from NetworkX's copy, read
/// as NetworkX's 18 women, 14 events and 89 attendances (davis.expected.json).
@Suite struct TwoModeFormatTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("davis")

    static func expectDavis(_ map: StakeholderMap) throws {
        let expected = try UCINETTwoModeTests.davis().1
        #expect(map.actors.map(\.id) == expected.women)
        #expect(map.engagements.map(\.id) == expected.events)
        #expect(map.attendance.map { [$0.actor, $0.engagement] }.sorted { $0.lexicographicallyPrecedes($1) } == expected.attendance)
        #expect(map.attendance.count == 89 && map.ties.isEmpty)
        // And the co-attendance projection is NetworkX's weighted_projected_graph: 139 pairs.
        #expect(map.projectingAttendance().ties.count == 139)
    }

    @Test func pajekTwoModeIsAttendance() throws {
        let (map, warnings) = try PajekReader(fileName: "davis.net").read(String(contentsOf: Self.folder.appendingPathComponent("davis.net"), encoding: .utf8))
        try Self.expectDavis(map)
        #expect(warnings.isEmpty)
    }

    @Test func networkXBipartiteGraphMLIsAttendance() throws {
        let (map, warnings) = try GraphMLReader(fileName: "davis.graphml").read(Data(contentsOf: Self.folder.appendingPathComponent("davis.graphml")))
        try Self.expectDavis(map)
        #expect(warnings.map(\.message) == ["a two-mode graph (every node bipartite 0 or 1, every edge between the sets): set 0 read as 18 actors, set 1 as 14 engagements, the 89 edges as attendance (--project gives the co-attendance map)"])
        #expect(map.actors.allSatisfy { $0.attributes["bipartite"] == nil })
    }

    @Test func twoModeProblemsSayWhereAndWhat() throws {
        // Two people (1, 2) and two events (3, 4): 1–3 (weight 2, kept as the value), 2–4; the
        // line 1–2 joins two people.
        let (map, _) = try PajekReader().read("*Vertices 4 2\n1 \"ann\"\n2 \"bo\"\n3 \"meet\"\n4 \"walk\"\n*Edges\n1 3 2\n4 2\n")
        #expect(map.actors.map(\.id) == ["ann", "bo"] && map.engagements.map(\.id) == ["meet", "walk"])
        #expect(map.attendance.map { "\($0.actor)@\($0.engagement) \($0.attributes["value"] ?? "1")" } == ["ann@meet 2", "bo@walk 1"])
        do {
            _ = try PajekReader().read("*Vertices 4 2\n*Edges\n1 2\n1 3\n*Vertices 4 9\n")
            Issue.record("read a line within one set")
        } catch {
            #expect(error.issues.map { "\($0.line ?? 0) \($0.message)" } == [
                "3 a line from 1 to 2, both in the first (1–2) set of a two-mode network; expected each line to join the two sets",
                "5 a second *Vertices section in one network; expected *Network NAME before each network of a project",
            ])
        }
    }
}
