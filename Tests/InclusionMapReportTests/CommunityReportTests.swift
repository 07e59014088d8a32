import Foundation
import Testing
import InclusionMap
import InclusionMapReport

/// A report grouped by detected communities detects them once and reads them everywhere.
@Suite struct CommunityReportTests {
    @Test func louvainGroupsAreDetectedOnceAndWrittenIntoTheMap() throws {
        // Two triangles a-b-c and d-e-f joined by c–d: m = 7, degrees a 2, b 2, c 3, d 3,
        // e 2, f 2. Splitting at c–d gives Q = 2 · (3/7 − (7/14)²) = 0.357; one community
        // gives 0, and moving c or d across lowers Q (c with d-e-f: 1/7 − (4/14)² + 4/7 −
        // (10/14)² = 0.122). So the communities are {a, b, c} and {d, e, f}.
        let ids = ["a", "b", "c", "d", "e", "f"]
        let edges = [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"), ("d", "e"), ("e", "f"), ("d", "f")]
        let map = try StakeholderMap(actors: ids.map { Actor(id: $0) }, ties: edges.map { Tie(source: $0.0, target: $0.1, isDirected: false) })
        var options = ReportOptions(groupColumn: Grouping.louvainColumn, egoMapCount: 0, permutations: 9)
        options.confidenceResamples = 5
        let report = try InclusionReport(map: map, source: ReportSource(name: "two triangles", files: []), options: options)
        let label = ids.map { report.map.actor(withID: $0)?.value(ofColumn: Grouping.louvainColumn) }
        #expect(label.allSatisfy { $0 != nil })
        #expect(label[0] == label[1] && label[1] == label[2])
        #expect(label[3] == label[4] && label[4] == label[5])
        #expect(label[0] != label[3])
        #expect(report.confidence != nil)
        let folder = try ReportSupport.scratchFolder().appendingPathComponent("report")
        let output = try ReportWriter(report: report, mapFormats: [.svg]).write(to: folder)
        let page = try String(contentsOf: output.page, encoding: .utf8)
        #expect(page.contains("communities detected by Louvain modularity optimisation (Blondel et al. 2008, seed 1)"))
    }
}
