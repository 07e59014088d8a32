import Foundation
import InclusionMap

/// What the oracle fixtures (Scripts/oracles/) share: random graphs carry their ties as
/// `[source, target, weight, directed, relation]`; datasets are read from Datasets/.
enum OracleFixture {
    /// One field of an embedded tie.
    enum TieField: Decodable {
        case text(String), number(Double), flag(Bool)
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let b = try? c.decode(Bool.self) { self = .flag(b) } else if let d = try? c.decode(Double.self) { self = .number(d) } else { self = .text(try c.decode(String.self)) }
        }
        var text: String { if case .text(let s) = self { return s }; return "" }
        var number: Double { if case .number(let d) = self { return d }; return .nan }
        var flag: Bool { if case .flag(let b) = self { return b }; return false }
    }

    /// The fixture names (file names without `.json`) in `Fixtures/folder`, sorted.
    static func names(inFolder folder: String) -> [String] {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The map a fixture describes: its embedded ties (with `departments` by actor, when
    /// given), or the dataset folder of the same name.
    static func map(named name: String, actors: [String], departments: [String?]? = nil, ties: [[TieField]]?) throws -> StakeholderMap {
        guard let ties else { return try DatasetFolder(url: TestSupport.dataset(name)).read() }
        let departments = departments ?? Array(repeating: nil, count: actors.count)
        return try StakeholderMap(
            actors: zip(actors, departments).map { Actor(id: $0, department: $1) },
            ties: ties.map { Tie(source: $0[0].text, target: $0[1].text, relation: $0[4].text, weight: $0[2].number, isDirected: $0[3].flag) })
    }
}
