import Foundation
import Testing
import InclusionMap

/// `MapSummary` against the counts published in each dataset's SOURCE.md (typed in here from
/// those files) and against NetworkX (fixture from Scripts/oracles/summary_counts.py).
@Suite struct DatasetCountsTests {
    private func summary(_ name: String) throws -> MapSummary {
        MapSummary(try DatasetFolder(url: TestSupport.dataset(name)).read())
    }

    // MARK: Counts from SOURCE.md

    @Test func krackhardtHighTech() throws {
        let s = try summary("krackhardt-hightech")
        #expect(s.actors == 21)
        #expect(s.relations == ["advice": 190, "friendship": 102, "reports_to": 20])
        #expect(s.ties == 312)
        #expect(s.groups == ["0": 1, "1": 5, "2": 8, "3": 3, "4": 4])
        // SOURCE.md: density advice 0.4524, friendship 0.2429, reports_to 0.0476.
        #expect(abs(s.relationDetails["advice"]!.density - 0.4524) < 5e-5)
        #expect(abs(s.relationDetails["friendship"]!.density - 0.2429) < 5e-5)
        #expect(abs(s.relationDetails["reports_to"]!.density - 0.0476) < 5e-5)
    }

    @Test func lazegaLawFirm() throws {
        let s = try summary("lazega-lawfirm")
        #expect(s.actors == 71)
        #expect(s.relations == ["advice": 892, "cowork": 1104, "friendship": 575])
        #expect(s.ties == 2571)
        #expect(s.groups == ["Boston": 48, "Hartford": 19, "Providence": 4])
    }

    @Test func bankWiring() throws {
        let s = try summary("bank-wiring")
        #expect(s.actors == 14)
        #expect(s.relations == ["friendship": 13, "antagonism": 19, "games": 28, "window_conflict": 19, "help": 24, "job_trading": 7])
        #expect(s.ties == 110)
        #expect(s.groups == ["inspector": 2, "solderer": 3, "wireman": 9])
        #expect(s.relationDetails["job_trading"]!.totalWeight == 49)
        #expect(s.relationDetails["help"]!.directedTies == 24)
        #expect(s.relationDetails["games"]!.directedTies == 0)
    }

    @Test func freemanEIES() throws {
        let s = try summary("freeman-eies")
        #expect(s.actors == 32)
        #expect(s.relations == ["messages": 440, "acquaintance_t1": 650, "acquaintance_t2": 759])
        #expect(s.ties == 1849)
        #expect(s.groups == ["sociology": 17, "anthropology": 6, "mathematics_statistics": 3, "other": 6])
        #expect(s.relationDetails["messages"]!.totalWeight == 15_034)
    }

    @Test func ukFaculty() throws {
        let s = try summary("uk-faculty")
        #expect(s.actors == 81)
        #expect(s.relations == ["friendship": 817])
        #expect(s.groups == ["1": 33, "2": 27, "3": 19, "4": 2])
        #expect(s.relationDetails["friendship"]!.totalWeight == 3730)
    }

    @Test func workplaceInVS13() throws {
        let s = try summary("workplace-invs13")
        #expect(s.actors == 92)
        #expect(s.relations == ["contact": 755])
        #expect(s.groups == ["DISQ": 15, "DMCT": 26, "DSE": 34, "SFLE": 4, "SRH": 13])
        #expect(s.relationDetails["contact"]!.totalWeight == 9827)
    }

    @Test func workplaceInVS15() throws {
        let s = try summary("workplace-invs15")
        #expect(s.actors == 232)
        #expect(s.relations == ["contact": 4274])
        #expect(s.groups == [
            "DCAR": 15, "DG": 2, "DISQ": 18, "DMCT": 33, "DMI": 60, "DSE": 34, "DST": 24, "SCOM": 7,
            "SDOC": 4, "SFLE": 17, "SRH": 9, "SSI": 9,
        ])
        // SOURCE.md: 232 people, 217 with contacts, so 15 isolates.
        #expect(s.isolates == 15)
        #expect(s.relationDetails["contact"]!.totalWeight == 78_249)
    }

    // MARK: Against NetworkX

    private struct Oracle: Decodable {
        struct Relation: Decodable {
            var ties: Int
            var density: Double
            var totalWeight: Double
        }
        struct Dataset: Decodable {
            var actors: Int
            var ties: Int
            var relations: [String: Relation]
            var density: Double
            var components: Int
            var largestComponent: Int
            var isolates: Int
        }
        var datasets: [String: Dataset]
    }

    @Test(arguments: TestSupport.datasetNames)
    func matchesNetworkX(_ name: String) throws {
        let oracle = try JSONDecoder().decode(Oracle.self, from: TestSupport.fixture("summary-networkx.json"))
        let expected = try #require(oracle.datasets[name])
        let s = try summary(name)
        #expect(s.actors == expected.actors)
        #expect(s.ties == expected.ties)
        #expect(s.components == expected.components)
        #expect(s.largestComponent == expected.largestComponent)
        #expect(s.isolates == expected.isolates)
        #expect(abs(s.density - expected.density) < 1e-12)
        #expect(Set(s.relationDetails.keys) == Set(expected.relations.keys))
        for (relation, want) in expected.relations {
            let got = try #require(s.relationDetails[relation])
            #expect(got.ties == want.ties)
            #expect(abs(got.density - want.density) < 1e-12, "\(name) \(relation) density")
            #expect(abs(got.totalWeight - want.totalWeight) < 1e-9)
        }
    }
}
