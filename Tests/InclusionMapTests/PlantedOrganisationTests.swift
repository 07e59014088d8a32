import Foundation
import Testing
import InclusionMap

/// Organisations with a planted answer (Scripts/plant, seeds 1–20, answer.json beside each):
/// the broker finder must find the hidden brokers and the panel must reach every department.
@Suite struct PlantedOrganisationTests {
    struct Answer: Decodable {
        var brokers: [String]
        var hidden_brokers: [String]
        var usual_suspects: [String]
        var departments: [String]
        var never_engaged_sector: String
    }

    static let seeds = (1...20).map { String(format: "planted/seed-%02d", $0) }

    static func load(_ seed: String) throws -> (StakeholderMap, Answer) {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(seed)
        let map = try DatasetFolder(url: folder).read()
        let answer = try JSONDecoder().decode(Answer.self, from: Data(contentsOf: folder.appendingPathComponent("answer.json")))
        return (map, answer)
    }

    @Test func theBrokerFinderRecoversTheHiddenBrokers() throws {
        var found = 0, planted = 0
        for seed in Self.seeds {
            let (map, answer) = try Self.load(seed)
            let finder = try BrokerFinder(map: map)
            // Top k, k = the number of planted brokers.
            let top = Set(finder.candidates.prefix(answer.brokers.count).map(\.actorID))
            found += answer.hidden_brokers.filter(top.contains).count
            planted += answer.hidden_brokers.count
            // No usual suspect ranks above any hidden broker.
            let rank = Dictionary(uniqueKeysWithValues: finder.candidates.enumerated().map { ($1.actorID, $0) })
            let lowestHidden = answer.hidden_brokers.compactMap { rank[$0] }.max()!
            for usual in answer.usual_suspects {
                #expect(rank[usual]! > lowestHidden, "\(seed): usual suspect \(usual) ranks above a hidden broker")
            }
        }
        let recall = Double(found) / Double(planted)
        #expect(recall >= 0.8, "recall \(recall) over \(Self.seeds.count) seeds")
    }

    /// The shortlist (BrokerShortlist) holds the hidden brokers — the planted answer, three per
    /// organisation, 60 in all — and is never longer than its cap, the number of groups (at
    /// most 15).
    @Test func theShortlistHoldsTheHiddenBrokers() throws {
        var found = 0, planted = 0, listed = 0, falsePicks = 0, underUsed = 0
        for seed in Self.seeds {
            let (map, answer) = try Self.load(seed)
            let finder = try BrokerFinder(map: map)
            let shortlist = finder.shortlist
            #expect(shortlist.cap == min(finder.grouping.groupCount, BrokerShortlist.maximumLength))
            #expect(shortlist.brokers.count <= shortlist.cap)
            let ids = Set(shortlist.brokers.map(\.actorID))
            found += answer.hidden_brokers.filter(ids.contains).count
            planted += answer.hidden_brokers.count
            listed += ids.count
            underUsed += finder.underUsed.count
            falsePicks += ids.subtracting(answer.brokers).count
            #expect(ids.isDisjoint(with: answer.usual_suspects), "\(seed): a usual suspect on the shortlist")
        }
        let recall = Double(found) / Double(planted)
        print("shortlist: recall \(recall) (\(found) of \(planted)), \(listed) listed of \(underUsed) under-used, \(falsePicks) not planted")
        #expect(recall >= 0.9, "recall \(recall) over \(Self.seeds.count) seeds")
    }

    @Test func theAuditFindsTheUsualSuspectsAndTheSectorNeverEngaged() throws {
        for seed in Self.seeds {
            let (map, answer) = try Self.load(seed)
            let audit = UsualSuspects(map: map)
            #expect(Set(audit.usualSuspects.map(\.actorID)) == Set(answer.usual_suspects), "\(seed)")
            #expect(audit.neverEngaged.contains { $0.dimension == "sector" && $0.value == answer.never_engaged_sector }, "\(seed)")
        }
    }

    @Test func theSuggestedPanelCoversEveryDepartmentAndTheUsualPanelDoesNot() throws {
        for seed in Self.seeds {
            let (map, answer) = try Self.load(seed)
            let panel = try PanelSuggester(map: map, constraints: .init(size: answer.departments.count + 2))
            let covered = Set(panel.picks.compactMap(\.group))
            #expect(covered == Set(answer.departments), "\(seed): \(covered)")
            #expect(panel.usualMeasures.groupsCovered < answer.departments.count, "\(seed)")
        }
    }
}
