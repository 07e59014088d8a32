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
        // The E-I values the generator of the waves wrote into its truth (truth.json); the
        // exact test over the 4 changed pairs (WaveComparisonTests works it by hand on a
        // small map) cannot tell them apart.
        let truth = try WaveComparisonTests.truth()
        #expect(p >= 0.05)
        let values = String(format: "E-I %.3f → %.3f", truth.ei_before, truth.ei_after)
        #expect(row.reason.hasPrefix("no clear change in the silos: \(values)"), "\(row.reason)")
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
        // Rivertown: the top tenth's share rises while the Gini falls; the sentence must say
        // each measure's own direction (the values are the comparison's, tested elsewhere).
        #expect(a > b && ga < gb)
        let percent = { (share: Double) in "\(Int((share * 100).rounded()))%" }
        #expect(row.reason == "the top tenth of actors took a larger share of attendances: \(percent(b)) before, \(percent(a)) after; "
            + String(format: "Gini %.3f → %.3f", gb, ga) + ", attendance over everyone more even")
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
