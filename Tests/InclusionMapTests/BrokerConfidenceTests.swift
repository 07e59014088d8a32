import Foundation
import InclusionMap
import Testing

/// How sure a broker finding is under missing ties.
@Suite struct BrokerConfidenceTests {
    /// Two cliques X = {x1…x4} and Y = {y1…y4}; r (group Z) is tied to all eight; b (group X)
    /// is tied to x1 and, its only tie out of X, to y1.
    static let map: StakeholderMap = {
        var actors = (1...4).map { Actor(id: "x\($0)", department: "X") } + (1...4).map { Actor(id: "y\($0)", department: "Y") }
        actors += [Actor(id: "r", department: "Z"), Actor(id: "b", department: "X")]
        var ties: [Tie] = []
        for g in ["x", "y"] {
            for i in 1...4 { for j in (i + 1)...5 where j <= 4 { ties.append(Tie(source: "\(g)\(i)", target: "\(g)\(j)")) } }
        }
        for g in ["x", "y"] { for i in 1...4 { ties.append(Tie(source: "r", target: "\(g)\(i)")) } }
        ties += [Tie(source: "b", target: "x1"), Tie(source: "b", target: "y1")]
        return try! StakeholderMap(actors: actors, ties: ties)
    }()

    @Test func withNothingMissingEveryFindingIsCertain() throws {
        let finder = try BrokerFinder(map: Self.map)
        let sure = try BrokerConfidence(map: Self.map, resamples: 5, dropout: 0)
        for candidate in finder.candidates {
            #expect(sure.share(of: candidate.actorID) == (candidate.isStructural ? 1 : 0), "\(candidate.actorID)")
        }
    }

    @Test func aBrokerOnOneTieIsNoSurerThanThatTie() throws {
        // b is structural only while its one tie out of X is there, kept with probability
        // 1 − p = 0.8: over 400 resamples its share is at most 0.8 plus three binomial
        // standard deviations, √(0.8 · 0.2 / 400) = 0.02. r, tied across eight times, keeps
        // its place more often.
        let sure = try BrokerConfidence(map: Self.map, resamples: 400, dropout: 0.2, seed: 7)
        #expect(sure.share(of: "b") <= 0.86)
        #expect(sure.share(of: "r") > sure.share(of: "b"))
        // The same seed gives the same figures.
        #expect(try BrokerConfidence(map: Self.map, resamples: 400, dropout: 0.2, seed: 7).structuralShare == sure.structuralShare)
    }
}
