import Foundation
import Testing
import InclusionMap
import InclusionMapReport

/// A report grouped by detected communities detects them once and reads them everywhere.
@Suite struct CommunityReportTests {
    @Test func louvainGroupsAreDetectedOnceAndWrittenIntoTheMap() throws {
        let map = try BundledDataset.rivertown.read()
        var options = ReportOptions(groupColumn: Grouping.louvainColumn, permutations: 9)
        options.confidenceResamples = 5
        let report = try InclusionReport(map: map, source: ReportSource(name: "Rivertown", files: []), options: options)
        // The communities Louvain finds on the same view (withheld actors masked, as every
        // report does) with the same seed, computed here independently, are the report map's
        // louvain column, actor by actor.
        let index = NetworkIndex(ConsentMask(actors: map.actors).applied(to: map))
        let communities = index.louvainCommunities(seed: 1)
        for (node, id) in index.actorIDs.enumerated() {
            let want = communities.groupOfNode[node] >= 0 ? communities.names[Int(communities.groupOfNode[node])] : nil
            #expect(report.map.actor(withID: id)?.value(ofColumn: Grouping.louvainColumn) == want, "\(id)")
        }
        #expect(report.confidence != nil)
        let folder = try ReportSupport.scratchFolder().appendingPathComponent("report")
        let output = try ReportWriter(report: report, mapFormats: [.svg]).write(to: folder)
        let page = try String(contentsOf: output.page, encoding: .utf8)
        #expect(page.contains("communities detected by Louvain modularity optimisation (Blondel et al. 2008, seed 1)"))
    }
}
