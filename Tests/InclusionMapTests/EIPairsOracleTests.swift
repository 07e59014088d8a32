import Foundation
import Testing
import InclusionMap

/// The E-I index counted over linked pairs — the one definition every command uses — against
/// NetworkX on every dataset and the seeded random graphs (parallel ties, reverse ties of
/// another relation, reported both ways), network, group and actor values, weighted and not.
/// Fixture: Scripts/oracles/ei_pairs.py, over the maps and groupings of the silo fixtures.
@Suite struct EIPairsOracleTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            var relation: String?
            var weighted: Bool
            var network: Double?
            var `internal`: Double
            var external: Double
            var groups: [String: Double?]
            var actors: [Double?]
        }
        struct Map: Decodable {
            var name: String
            var cases: [Case]
        }
        var maps: [Map]
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (a?, b?): abs(a - b) <= 1e-12 * max(1, abs(b))
        default: false
        }
    }

    @Test func matchesNetworkXOnEveryMap() throws {
        let fixture = try JSONDecoder().decode(Fixture.self, from: TestSupport.fixture("ei-pairs.json"))
        #expect(fixture.maps.count == SiloOracleTests.fixtureNames.count)
        for expected in fixture.maps {
            let silo = try JSONDecoder().decode(SiloOracleTests.Fixture.self, from: TestSupport.fixture("silos/\(expected.name).json"))
            let map = try OracleFixture.map(named: silo.name, actors: silo.actors, departments: silo.groups, ties: silo.ties)
            for c in expected.cases {
                let what = "\(expected.name) \(c.relation ?? "all") weighted=\(c.weighted)"
                let index = NetworkIndex(map, options: .init(relations: c.relation.map { [$0] }, weighted: c.weighted))
                let ei = EIIndex(index: index, map: map, grouping: try Grouping(index, map: map))
                #expect(Self.close(ei.value, c.network), "\(what): network \(String(describing: ei.value))")
                #expect(Self.close(ei.internalTies, c.`internal`) && Self.close(ei.externalTies, c.external), "\(what): counts")
                for group in ei.groups {
                    #expect(Self.close(group.value, c.groups[group.group] ?? nil), "\(what): group \(group.group)")
                }
                let wrong = zip(ei.actorValues, c.actors).enumerated().filter { !Self.close($0.element.0, $0.element.1) }
                #expect(wrong.isEmpty, "\(what): actors \(wrong.prefix(3).map(\.offset))")
            }
        }
    }
}
