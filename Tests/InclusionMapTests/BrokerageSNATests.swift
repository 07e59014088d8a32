import Foundation
import Testing
@testable import InclusionMap

/// Gould–Fernandez brokerage against R's sna::brokerage itself (fixtures written by
/// Scripts/oracles/brokerage_sna.R): every actor's raw count, expected value, standard
/// deviation and z-score for each role and the total.
@Suite struct BrokerageSNATests {
    /// sna's column names in `Brokerage.Role` order.
    static let columns = ["w_I", "w_O", "b_IO", "b_OI", "b_O", "t"]

    @Test(arguments: [("krackhardt-hightech", "advice"), ("krackhardt-hightech", "friendship"), ("lazega-lawfirm", "advice")])
    func matchesSNA(dataset: String, relation: String) throws {
        let map = try DatasetFolder(url: TestSupport.dataset(dataset)).read()
        let index = NetworkIndex(map, options: .init(relations: [relation]))
        let grouping = try Grouping(index, map: map, column: "department")
        let brokerage = Brokerage(index: index, grouping: grouping)
        let csv = try CSVReader.read(TestSupport.fixture("brokerage/\(dataset)-\(relation).csv"))
        let header = try #require(csv.header?.fields)
        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        #expect(csv.rows.count == map.actors.count)
        for row in csv.rows {
            let id = row.fields[column("id")]
            let scores = try #require(brokerage.actors[index.node(of: id).map(Int.init)!], "\(id)")
            for (role, name) in Self.columns.enumerated() {
                #expect(Double(scores.counts[role]) == Double(row.fields[column("raw_\(name)")])!, "\(id) \(name) count")
                #expect(abs(scores.expected[role] - Double(row.fields[column("exp_\(name)")])!) < 1e-9, "\(id) \(name) expected")
                #expect(abs(scores.standardDeviations[role] - Double(row.fields[column("sd_\(name)")])!) < 1e-9, "\(id) \(name) sd")
                let z = row.fields[column("z_\(name)")]
                if let want = Double(z), want.isFinite {
                    #expect(abs((scores.zScores[role] ?? .nan) - want) < 1e-9, "\(id) \(name) z")
                } else {
                    #expect(scores.zScores[role] == nil, "\(id) \(name): sna gives \(z)")
                }
            }
        }
    }
}
