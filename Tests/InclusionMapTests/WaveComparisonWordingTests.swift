import Foundation
import InclusionMap
import Testing

/// Every sentence of a comparison agrees with its own test and numbers (issue 34, part 4):
/// `compare` opened with "the silos opened" for a change its own sentence called p = 0.625,
/// said "the same few take more of the room" while its Gini fell, and called brokers who had
/// attended nothing "in use".
@Suite struct WaveComparisonWordingTests {
    @Test func aChangeThatCouldBeChanceIsNotCalledAChange() throws {
        let (before, after) = try WaveComparisonTests.rivertownWaves()
        let comparison = try WaveComparison(before: before, after: after)
        let row = try #require(comparison.findings.first { $0.kind == .eiNetwork })
        let p = try #require(comparison.ei.pValue)
        // The Rivertown waves: E-I −0.454 → −0.447, exact test over 4 changed pairs, p = 0.625.
        #expect(p >= 0.05)
        #expect(row.reason.hasPrefix("no clear change in the silos: E-I -0.454 → -0.447"), "\(row.reason)")
        #expect(row.reason.hasSuffix("could be chance"))
        #expect(!row.reason.contains("opened"))
    }

    @Test func concentrationIsDescribedByTheMeasureItQuotes() throws {
        let (before, after) = try WaveComparisonTests.rivertownWaves()
        let comparison = try WaveComparison(before: before, after: after)
        let row = try #require(comparison.findings.first { $0.kind == .concentration })
        let c = comparison.concentration
        let (b, a) = (try #require(c.topDecileShareBefore), try #require(c.topDecileShareAfter))
        let (gb, ga) = (try #require(c.giniBefore), try #require(c.giniAfter))
        // Rivertown: the top tenth's share rises (28% → 35%) while the Gini falls (0.806 → 0.788).
        #expect(a > b && ga < gb)
        #expect(row.reason == "the top tenth of actors took a larger share of attendances: 28% before, 35% after; Gini 0.806 → 0.788, attendance over everyone more even")
    }

    @Test func nobodyWhoNeverAttendedIsCalledInUse() throws {
        let (before, after) = try WaveComparisonTests.rivertownWaves()
        let comparison = try WaveComparison(before: before, after: after)
        let histories = (EngagementHistory(map: before, window: 8), EngagementHistory(map: after, window: 8))
        for row in comparison.findings where row.kind == .broker {
            for (label, history) in [(row.before, histories.0), (row.after, histories.1)] where label.hasSuffix("in use") {
                #expect(history.recentAttendances(of: row.subject) > 0, "\(row.subject): \(label) with no attendance")
            }
        }
        // Every broker row is about an actor, so the command line can name them.
        let brokerRows = comparison.findings.filter { $0.kind == .broker }
        #expect(brokerRows.allSatisfy { $0.isAboutActor })
    }
}
