import Foundation
import InclusionMap

/// Paths and scratch folders shared by the tests.
enum TestSupport {
    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Datasets/NAME` in the repository.
    static func dataset(_ name: String) -> URL {
        repositoryRoot.appendingPathComponent("Datasets").appendingPathComponent(name)
    }

    /// Every dataset folder in `Datasets/`, by name.
    static var datasetNames: [String] {
        let folder = repositoryRoot.appendingPathComponent("Datasets")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: dataset($0).appendingPathComponent("actors.csv").path) }.sorted()
    }

    /// A new empty folder under the temporary directory.
    static func scratchFolder() -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("inclusion-map-tests")
            .appendingPathComponent(UUID().uuidString)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A scratch dataset folder holding `files` (file name → text).
    static func folder(_ files: [String: String]) -> URL {
        let url = scratchFolder()
        for (name, text) in files {
            try! Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
        return url
    }

    /// The issues a folder of these files produces, as `FILE:LINE:COLUMN: message` lines.
    static func issues(_ files: [String: String], options: ReadingOptions = ReadingOptions()) -> [String] {
        issues(at: folder(files), options: options)
    }

    /// Every issue reading the folder at `url` finds, as text.
    static func issues(at url: URL, options: ReadingOptions = ReadingOptions()) -> [String] {
        DatasetFolder(url: url, options: options).check().issues.map(\.description)
    }

    /// Reads a fixture file shipped with the tests.
    static func fixture(_ name: String) -> Data {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
        return try! Data(contentsOf: url)
    }
}
