import Foundation
import InclusionMap
@testable import InclusionMapServer
import Testing

/// The panel builder's and the what-if's addresses: the same answers as `suggest` and
/// `whatif` for the same choices, and every impossible choice refused in words.
@Suite("Workbench workflows", .serialized)
struct WorkbenchWorkflowTests {
    /// A panel of 6 on the demo with eh07 pinned and ph01 excluded: the library's own
    /// suggestion for the same constraints, eh07 on it as required, ph01 not.
    @Test func aPanelWithOnePinnedAndOneExcluded() async throws {
        try await WorkbenchHarness.with { harness in
            let answer = try await harness.request("/api/panel?size=6&must=eh07&exclude=ph01")
            #expect(answer.status == 200)
            let panel = try #require(try answer.json() as? [String: Any])
            let picks = try #require(panel["picks"] as? [[String: Any]])
            #expect(picks.count == 6)
            #expect(picks.first?["id"] as? String == "eh07" && picks.first?["required"] as? Bool == true)
            #expect(!picks.contains { $0["id"] as? String == "ph01" })

            let map = PreparedMap(DatasetFolder(url: BundledDataset.rivertown.url).check().map!).analysed
            let expected = try PanelSuggester(map: map, constraints: .init(size: 6, mustInclude: ["eh07"], exclude: ["ph01"]))
            #expect(picks.map { $0["id"] as! String } == expected.picks.map(\.actorID))
            let measures = try #require((panel["measures"] as? [String: Any])?["suggested"] as? [String: Any])
            #expect(measures["groups_covered"] as? Int == expected.suggestedMeasures.groupsCovered)

            let csv = try await harness.request("/api/panel.csv?size=6&must=eh07&exclude=ph01")
            #expect(csv.headers["content-disposition"] == "attachment; filename=\"panel.csv\"")
            let lines = csv.text.split(separator: "\n")
            #expect(lines.first == "id,name,group,sector,reason")
            #expect(lines.count == 7)
            #expect(lines[1].hasPrefix("eh07,Samira Haddad,early-help,"))
        }
    }

    @Test func impossiblePanelsAreRefusedInWords() async throws {
        try await WorkbenchHarness.with { harness in
            let unknown = try await harness.request("/api/panel?size=3&must=nobody")
            #expect(unknown.status == 400)
            #expect((try unknown.json() as? [String: Any])?["error"] as? String == "no actor has the id \"nobody\"")
            let both = try await harness.request("/api/panel?size=3&must=eh07&exclude=eh07")
            #expect((try both.json() as? [String: Any])?["error"] as? String == "actor \"eh07\" is both required and excluded")
            #expect(try await harness.request("/api/panel?size=0").status == 400)
            #expect(try await harness.request("/api/panel?size=ten").status == 400)
            #expect(try await harness.request("/api/report?size=3&must=nobody").status == 400)
        }
    }

    /// A reflection space of a and withheld-1 (c) on the path a–b–c adds the tie a–c. Before:
    /// a–b inside x, b–c across, so E-I = (1 − 1)/2 = 0. After: a–c across too, so
    /// (2 − 1)/3 = 1/3. The pair x–y hung on one tie (b–c, via both ends); after, both of
    /// its ties end at c, so it hangs on c alone.
    @Test func aReflectionSpacePredictsTheEIIndex() async throws {
        try await WorkbenchHarness.with(source: "path", prepare: { try WorkbenchHarness.write(WorkbenchHarness.path, to: "path", in: $0) }) { harness in
            let answer = try await harness.request("/api/whatif?space=a,withheld-1&suggest=0")
            #expect(answer.status == 200)
            let result = try #require(try answer.json() as? [String: Any])
            let before = try #require(result["before"] as? [String: Any]), after = try #require(result["after"] as? [String: Any])
            #expect(before["ei_index"] as? Double == 0)
            let ei = try #require(after["ei_index"] as? Double)
            #expect(abs(ei - 1.0 / 3.0) < 1e-12)
            // By group: x has a–b inside and b–c across, (1 − 1)/2 = 0, then a–c across too,
            // (2 − 1)/3 = 1/3; y (c alone) has only ties across: +1 before and after.
            #expect((before["ei_by_group"] as? [String: Double])?["x"] == 0)
            #expect(abs(((after["ei_by_group"] as? [String: Double])?["x"] ?? 0) - 1.0 / 3.0) < 1e-12)
            #expect((after["ei_by_group"] as? [String: Double])?["y"] == 1)
            #expect((before["single_point_pairs"] as? [[String: Any]])?.first?["via"] as? [String] == ["b", "withheld-1"])
            #expect((after["single_point_pairs"] as? [[String: Any]])?.first?["via"] as? [String] == ["withheld-1"])
            #expect(!answer.text.contains("Carol"))

            let removal = try #require(try await harness.request("/api/whatif?remove=b&suggest=0").json() as? [String: Any])
            #expect((removal["after"] as? [String: Any])?["actors"] as? Int == 2)
            let tie = try #require(try await harness.request("/api/whatif?add=a:withheld-1&suggest=0").json() as? [String: Any])
            #expect(abs(((tie["after"] as? [String: Any])?["ei_index"] as? Double ?? 0) - 1.0 / 3.0) < 1e-12)
        }
    }

    @Test func whatIfsThatCannotBeMadeAreRefusedInWords() async throws {
        try await WorkbenchHarness.with(source: "path", prepare: { try WorkbenchHarness.write(WorkbenchHarness.path, to: "path", in: $0) }) { harness in
            for (query, words) in [
                ("", "name one change: space=ids, add=a:b or remove=id"),
                ("space=a,b&remove=b", "name one change: space=ids, add=a:b or remove=id"),
                ("add=a", "a new tie is written a:b, not \"a\""),
                ("remove=a,b", "remove names one actor"),
                ("space=a,b&suggest=99", "suggest must be a whole number from 0 to 20"),
            ] {
                let answer = try await harness.request("/api/whatif?" + query)
                #expect(answer.status == 400, "\(query)")
                #expect((try answer.json() as? [String: Any])?["error"] as? String == words, "\(query)")
            }
            let unknown = try await harness.request("/api/whatif?space=a,c")
            #expect(unknown.status == 400)
        }
    }

    @Test func theReportCarriesThePanelAskedFor() async throws {
        try await WorkbenchHarness.with { harness in
            let report = try await harness.request("/api/report?size=4&must=eh07")
            #expect(report.status == 200)
            #expect(report.text.contains("A panel of 4 chosen"))
        }
    }
}
