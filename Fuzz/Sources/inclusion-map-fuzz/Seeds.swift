import Foundation
import InclusionMap
import InclusionMapInterchange
import InclusionMapRegister

/// The seed corpus: every bundled dataset in the selected harness's format, written by our own
/// writers, plus the files NetworkX, igraph and openpyxl wrote for the interchange tests (other
/// tools' dialects). Scripts/fuzz asks for it once per harness before fuzzing.
enum Seeds {
    /// Writes the seeds of `harness` into `corpus`, reading the datasets under `root`.
    static func write(_ harness: Harness, root: URL, into corpus: URL) throws {
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        var count = 0
        func save(_ data: Data, _ name: String) throws {
            try data.write(to: corpus.appendingPathComponent(name))
            count += 1
        }
        let datasets = root.appendingPathComponent("Datasets")
        let names = try FileManager.default.contentsOfDirectory(atPath: datasets.path).sorted()
        for name in names {
            let folder = datasets.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("actors.csv").path),
                  let map = try? DatasetFolder(url: folder).read() else { continue }
            switch harness {
            case .csv:
                for file in DatasetFile.allCases {
                    if let data = try? Data(contentsOf: folder.appendingPathComponent(file.fileName)) {
                        try save(data, "\(name)-\(file.fileName)")
                    }
                }
            case .folder:
                let files = DatasetFile.allCases.map {
                    (try? Data(contentsOf: folder.appendingPathComponent($0.fileName))) ?? Data()
                }
                try save(Data(files.joined(separator: Harness.fileBreak)), name)
            case .gephi:
                let tables = GephiCSV.write(map)
                try save(tables.nodes + Harness.fileBreak + tables.edges, name)
                try save(tables.edges, "\(name)-edges-only")
            case .pajek:
                try save(MapFile.converted(map, to: .pajek).data, name)
            case .register:
                // Two waves of the map (the second without its last tie), one withdrawing consent.
                guard map.ties.count < 2_000 else { continue }
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("inclusion-map-seed-\(getpid())-\(name).sqlite")
                try? FileManager.default.removeItem(at: file)
                do {
                    let register = try Register.create(at: file)
                    try register.addWave("1", map: map)
                    var later = map
                    if !later.ties.isEmpty { _ = later.removeTie(at: later.ties.count - 1) }
                    if var first = later.actors.first {
                        first.consent = false
                        try later.updateActor(first)
                    }
                    try register.addWave("2", map: later)
                }
                // The register is closed: SQLite has folded its log back into the one file.
                try save(try Data(contentsOf: file), name)
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + suffix) }
            default:
                let format = MapFileFormat(rawValue: harness.rawValue)!
                try save(MapFile.converted(map, to: format).data, name)
            }
        }
        let fixtures = root.appendingPathComponent("Tests/InclusionMapInterchangeTests/Fixtures/interchange")
        let suffixes: [Harness: [String]] = [
            .graphml: [".graphml"], .gexf: [".gexf"], .gml: [".gml"], .ncol: [".ncol"], .lgl: [".lgl"], .pajek: [".net"], .nodeLink: [".node-link.json"],
            .xlsx: ["dataset.openpyxl.xlsx", "dataset-errors.openpyxl.xlsx"], .kumuWorkbook: ["kumu.openpyxl.xlsx"],
            .kumu: ["kumu-blueprint.json"],
        ]
        for file in (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [] {
            if suffixes[harness, default: []].contains(where: { file.hasSuffix($0) }) {
                try save(try Data(contentsOf: fixtures.appendingPathComponent(file)), "fixture-\(file)")
            }
        }
        FileHandle.standardError.write(Data("\(count) seeds for \(harness.rawValue) in \(corpus.path)\n".utf8))
    }
}
