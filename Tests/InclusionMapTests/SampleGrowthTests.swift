import Testing
@testable import InclusionMap

/// A sample of path sources that doubles until its estimates are as accurate as stated: the
/// sizes it passes through, that a grown sample is the fixed sample of its final size (the
/// sources drawn first are kept), and what the note says.
@Suite struct SampleGrowthTests {
    /// Two rows of five actors joined end to end through c and h: 0–1–2–3–4 and 5–6–7–8–9,
    /// with 2–7 between them, in departments X (0–4) and Y (5–9).
    static func ladder() throws -> (NetworkIndex, Grouping) {
        let ids = (0..<10).map { "a\($0)" }
        let pairs = [(0, 1), (1, 2), (2, 3), (3, 4), (5, 6), (6, 7), (7, 8), (8, 9), (2, 7)]
        let map = try StakeholderMap(
            actors: ids.enumerated().map { Actor(id: $1, department: $0 < 5 ? "X" : "Y") },
            ties: pairs.map { Tie(source: ids[$0], target: ids[$1]) })
        let index = NetworkIndex(map)
        return (index, try Grouping(index, map: map))
    }

    /// Doubling from 500 up to 2,000 passes through 1,000; a population below the maximum
    /// ends at the population.
    @Test func sizesDoubleUpToTheMaximum() {
        #expect(SampleGrowth.automatic.sizes(from: 500, population: 99_999) == [500, 1_000, 2_000])
        #expect(SampleGrowth.automatic.sizes(from: 500, population: 1_500) == [500, 1_000, 1_500])
        #expect(SampleGrowth(target: 0.1, top: 5, maximumSampleSize: 3).sizes(from: 2, population: 9) == [2, 3])
    }

    /// A target no sample meets (below zero) grows the sample to its maximum, and the grown estimate is
    /// the fixed sample of that size with the same seed, the same sources; a target every
    /// sample meets keeps the first size.
    @Test func aGrownSampleIsTheFixedSampleOfItsSize() throws {
        let (index, grouping) = try Self.ladder()
        let never = SampleGrowth(target: -1, top: 20, maximumSampleSize: 8)
        let grown = index.sampledBetweenness(sampleSize: 2, seed: 5, growth: never)
        let fixed = index.sampledBetweenness(sampleSize: 8, seed: 5)
        #expect(grown.sampleSize == 8)
        for (a, b) in zip(grown.values, fixed.values) { #expect(abs(a! - b!) < 1e-12) }
        for (a, b) in zip(grown.standardErrors, fixed.standardErrors) { #expect(abs(a! - b!) < 1e-12) }
        let bridging = index.bridgingBetweenness(grouping: grouping, sampleSize: 2, seed: 5, growth: never)
        let bridgingFixed = index.bridgingBetweenness(grouping: grouping, sampleSize: 8, seed: 5)
        #expect(bridging.sampleSize == 8)
        for (a, b) in zip(bridging.values, bridgingFixed.values) where a != nil { #expect(abs(a! - b!) < 1e-12) }

        let always = SampleGrowth(target: .infinity, top: 20, maximumSampleSize: 8)
        #expect(index.sampledBetweenness(sampleSize: 2, seed: 5, growth: always).values == index.sampledBetweenness(sampleSize: 2, seed: 5).values)
    }

    /// The note says how the sample grew, or that it stopped at its maximum short of the target.
    @Test func theNoteSaysHowTheSampleGrew() throws {
        let (index, _) = try Self.ladder()
        let short = index.sampledBetweenness(sampleSize: 2, seed: 5, growth: SampleGrowth(target: -1, top: 20, maximumSampleSize: 8))
        #expect(short.note(measure: "Betweenness", sources: "actors").contains(
            "Doubling the sample from 2 sources to 8, the most it takes, left the median standard error of the top 20 at"))
        #expect(short.note(measure: "Betweenness", sources: "actors").hasSuffix("above the -100% aimed at."))
        let met = index.sampledBetweenness(sampleSize: 2, seed: 5, growth: SampleGrowth(target: .infinity, top: 20, maximumSampleSize: 8))
        #expect(!met.note(measure: "Betweenness", sources: "actors").contains("doubled"))
        #expect(met.growth?.firstSampleSize == 2)
        #expect(index.sampledBetweenness(sampleSize: 2, seed: 5).growth == nil)
    }
}
