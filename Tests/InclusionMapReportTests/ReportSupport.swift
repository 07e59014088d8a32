import Foundation
import InclusionMap
import InclusionMapReport

/// Helpers shared by the report tests.
enum ReportSupport {
    /// A new empty folder under the temporary directory.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("inclusionmap-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A dataset folder with the given files.
    static func dataset(_ files: [String: String]) throws -> URL {
        let url = try scratchFolder()
        for (name, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
        return url
    }

    /// Reads the dataset at `url`, writes its report to a new folder and returns the folder.
    static func writeReport(of url: URL, options: ReportOptions = ReportOptions(permutations: 999), keyFile: URL? = nil) throws -> (folder: URL, output: ReportWriter.Output, report: InclusionReport) {
        let check = DatasetFolder(url: url).check()
        guard let map = check.map else { throw CocoaError(.fileReadCorruptFile) }
        let source = try ReportSource(name: url.lastPathComponent, path: url.path, reading: url)
        let report = try InclusionReport(map: map, warnings: check.warnings, source: source, options: options)
        let folder = try scratchFolder().appendingPathComponent("report")
        let output = try ReportWriter(report: report).write(to: folder, keyFile: keyFile)
        return (folder, output, report)
    }

    /// Every regular file under `folder`, recursively.
    static func files(under folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        return (enumerator?.allObjects as? [URL] ?? []).filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
    }

    /// Whether `needle` occurs in the bytes of any file under `folder`; returns the files.
    static func files(under folder: URL, containing needle: String) throws -> [String] {
        let bytes = Data(needle.utf8)
        return try files(under: folder).filter { try Data(contentsOf: $0).range(of: bytes) != nil }.map(\.lastPathComponent)
    }

    /// The repository's Datasets folder.
    static func repositoryDataset(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Datasets").appendingPathComponent(name)
    }
}
