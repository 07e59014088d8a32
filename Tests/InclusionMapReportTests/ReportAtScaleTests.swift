import Foundation
import Testing
import InclusionMap
import InclusionMapReport

/// Above ``InclusionReport/wholeMapActorLimit`` actors the report draws the groups and the top
/// brokers' neighbourhoods instead of every actor, and says why.
@Suite struct ReportAtScaleTests {
    @Test func largeMapHasNoWholeMapAndSaysWhy() throws {
        // 2,001 actors: two departments, each a path, joined by one tie (a1000 – b0).
        let count = InclusionReport.wholeMapActorLimit + 1
        let ids = (0..<count).map { $0 < 1_001 ? "a\($0)" : "b\($0 - 1_001)" }
        var actors = "id,department\n"
        for id in ids { actors += "\(id),\(id.hasPrefix("a") ? "north" : "south")\n" }
        var ties = "source,target\n"
        for i in 1..<count { ties += "\(ids[i - 1]),\(ids[i])\n" }
        let url = try ReportSupport.dataset(["actors.csv": actors, "ties.csv": ties])
        var options = ReportOptions(permutations: 9)
        options.confidenceResamples = 0
        let (folder, _, report) = try ReportSupport.writeReport(of: url, options: options)
        #expect(!report.drawsWholeMap)
        let maps = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("maps").path)
        #expect(maps.contains("silo.svg") && maps.contains("ego-1.svg"))
        #expect(!maps.contains { $0.hasPrefix("whole.") })
        let page = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("This map has 2001 actors, more than the 2000 a drawing of every actor can show"))
    }
}
