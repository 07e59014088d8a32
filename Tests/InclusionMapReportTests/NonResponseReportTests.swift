import Foundation
import InclusionMap
import InclusionMapReport
import Testing

/// The report opens with non-response when there is any, and reads it with the default
/// policy, reconstruct (issue 34, part 1).
@Suite struct NonResponseReportTests {
    /// Two teams whose only link, x, did not answer (see the command-line test of the same map).
    static let files = [
        "actors.csv": "id,name,department,responded\na1,Ann,alpha,true\na2,Abe,alpha,true\nb1,Bea,beta,true\nb2,Bob,beta,true\nx,Xan,gamma,false\n",
        "ties.csv": "source,target,relation,directed\na1,a2,advice,true\na2,a1,advice,true\nb1,b2,advice,true\nb2,b1,advice,true\na1,x,advice,true\nb1,x,advice,true\n",
    ]

    @Test func theFindingsOpenWithWhoDidNotAnswer() throws {
        var options = ReportOptions(permutations: 99)
        options.confidenceResamples = 0
        #expect(options.missingData == .reconstruct)
        let (folder, _, report) = try ReportSupport.writeReport(of: try ReportSupport.dataset(Self.files), options: options)
        let page = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        let findings = try #require(page.range(of: "<h2>What the map shows</h2>"))
        let first = page[findings.upperBound...].prefix(400)
        #expect(first.contains("1 person of the 5 asked did not answer the survey (1 group under 70%); their ties are reconstructed from what others reported about them."), "\(first)")
        // Read that way, x is the structural broker the findings name.
        #expect(report.brokers.candidates.first?.actorID == "x")
    }
}
