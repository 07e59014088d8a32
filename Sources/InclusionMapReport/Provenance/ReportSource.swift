import Foundation
import InclusionMap

/// Where a report's map came from: a name for people and a SHA-256 checksum of each input
/// file, so a reader can check that they hold the same data (`sha256sum actors.csv`).
public struct ReportSource: Hashable, Sendable {
    /// One input file.
    public struct File: Hashable, Sendable {
        /// The file's name (inside the dataset folder, or as given).
        public var name: String
        /// Its size in bytes.
        public var bytes: Int
        /// Its SHA-256 digest in hex.
        public var sha256: String

        /// Describes a file.
        public init(name: String, bytes: Int, sha256: String) {
            self.name = name
            self.bytes = bytes
            self.sha256 = sha256
        }
    }

    /// The source as people call it: a path, or "the bundled Rivertown demo map".
    public var name: String
    /// The path that reads the map again, as the user wrote it; `nil` for the bundled map.
    public var path: String?
    /// The files read, in dataset order.
    public var files: [File]

    /// Describes a source.
    public init(name: String, path: String? = nil, files: [File]) {
        self.name = name
        self.path = path
        self.files = files
    }

    /// Describes the dataset folder or JSON file at `url`, reading each file for its checksum;
    /// `path` is how the user named it (`nil` for the bundled map).
    ///
    /// - Throws: ``ReportError/unreadableInput(path:reason:)`` when a file cannot be read.
    public init(name: String, path: String?, reading url: URL) throws(ReportError) {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        let urls = isDirectory.boolValue
            ? DatasetFile.allCases.map { url.appendingPathComponent($0.fileName) }.filter { FileManager.default.fileExists(atPath: $0.path) }
            : [url]
        var files: [File] = []
        for file in urls {
            do {
                let data = try Data(contentsOf: file)
                files.append(File(name: file.lastPathComponent, bytes: data.count, sha256: SHA256.hexDigest(data)))
            } catch {
                throw .unreadableInput(path: file.path, reason: error.localizedDescription)
            }
        }
        self.init(name: name, path: path, files: files)
    }
}
