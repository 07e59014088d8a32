import Foundation
import Testing
import InclusionMap

/// The planted organisations surveyed with a quarter of actors not answering
/// (`Scripts/plant --non-response 0.25`): reconstructing their ties keeps the hidden brokers
/// found nearly as often as with everyone answering, and the brokers it finds are surer than
/// its false positives. `Scripts/missing-data` measures the same at 10%, 25% and 40%.
@Suite struct PlantedNonResponseTests {
    static let seeds = (1...20).map { String(format: "seed-%02d", $0) }

    static func fixtures(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }

    /// The survey with everyone answering: every tie of the planted organisation named by
    /// both its ends, as `Scripts/plant --non-response 0 --full` writes it.
    static func fullSurvey(_ seed: String) throws -> StakeholderMap {
        let map = try DatasetFolder(url: fixtures("planted").appendingPathComponent(seed)).read()
        let ties = map.ties.flatMap { tie in
            [Tie(source: tie.source, target: tie.target, relation: tie.relation, isDirected: true),
             Tie(source: tie.target, target: tie.source, relation: tie.relation, isDirected: true)]
        }
        var actors = map.actors
        for index in actors.indices { actors[index].responded = true }
        return try StakeholderMap(actors: actors, departments: map.departments, ties: ties, engagements: map.engagements, attendance: map.attendance)
    }

    @Test func reconstructionKeepsTheHiddenBrokersAndTheyAreSurerThanFalsePositives() throws {
        var foundFull = 0, foundReconstructed = 0, planted = 0
        var plantedConfidence: [Double] = [], falseConfidence: [Double] = []
        for seed in Self.seeds {
            let folder = Self.fixtures("planted-missing-25").appendingPathComponent(seed)
            let surveyed = try DatasetFolder(url: folder).read()
            let answer = try JSONDecoder().decode(PlantedOrganisationTests.Answer.self, from: Data(contentsOf: folder.appendingPathComponent("answer.json")))
            // A quarter did not answer: 25% of the actors, rounded half to even as Python's round().
            #expect(surveyed.actors.count { $0.responded == false } == Int((0.25 * Double(surveyed.actors.count)).rounded(.toNearestOrEven)))
            let k = answer.brokers.count
            let full = Set(try BrokerFinder(map: try Self.fullSurvey(seed)).candidates.prefix(k).map(\.actorID))
            let reconstructed = MissingDataPolicy.reconstruct.applied(to: surveyed)
            let top = Array(try BrokerFinder(map: reconstructed).candidates.prefix(k).map(\.actorID))
            foundFull += answer.hidden_brokers.count { full.contains($0) }
            foundReconstructed += answer.hidden_brokers.count { top.contains($0) }
            planted += answer.hidden_brokers.count
            let sure = try FindingConfidence(map: surveyed, options: .init(
                resamples: 30, perturbation: Perturbation(tieDropout: 0.1, nonResponse: 0.25, policy: .reconstruct), seed: 1))
            for id in top {
                (answer.brokers.contains(id) ? { plantedConfidence.append($0) } : { falseConfidence.append($0) })(sure.structuralShare(of: id))
            }
        }
        let recallFull = Double(foundFull) / Double(planted), recallReconstructed = Double(foundReconstructed) / Double(planted)
        #expect(recallReconstructed >= recallFull - 0.1, "recall \(recallReconstructed) reconstructed against \(recallFull) with full data")
        let mean = { (values: [Double]) in values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
        #expect(!plantedConfidence.isEmpty)
        #expect(falseConfidence.isEmpty || mean(plantedConfidence) > mean(falseConfidence),
                "planted \(mean(plantedConfidence)) against false positives \(mean(falseConfidence)) (\(falseConfidence.count))")
    }
}
