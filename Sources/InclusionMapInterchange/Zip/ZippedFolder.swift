import Foundation
import InclusionMap
import ZIPFoundation

/// A folder sent as a zip archive — a dataset folder zipped to be uploaded or mailed — written
/// out into a new folder, safely.
///
/// The archive is checked before anything is written: its layout (``ZIPLayout``), then every
/// entry: a plain file or folder, a relative path of at most 16 components with no `..`, `.`,
/// backslash or NUL (no entry can land outside the folder: "zip slip"), at most 10,000 entries
/// and 1 GiB in all, each part inflated with the workbook reader's limits (its declared size,
/// 100-fold inflation at most, its checksum). macOS's `__MACOSX` resource forks and hidden
/// files are left out. When every entry lies in one top folder, its content is the folder.
/// Nothing is left behind when any check fails.
package enum ZippedFolder {
    /// The most entries an archive may hold.
    package static let maximumEntries = 10_000
    /// The most bytes its files may inflate to in all.
    package static let maximumBytes: UInt64 = 1 << 30

    /// Writes the folder zipped in `data` to `folder`, which must not exist.
    ///
    /// - Throws: `DatasetError` naming `fileName`, saying which entry and why.
    package static func extract(_ data: Data, fileName: String, into folder: URL) throws(DatasetError) {
        func fail(_ message: String) -> DatasetError { DatasetError(issues: [DatasetIssue(file: fileName, message: message)]) }
        if let problem = ZIPLayout.problem(in: data) { throw fail("not a zip archive that can be read: \(problem)") }
        guard let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else { throw fail("not a zip archive") }
        var files: [(path: [String], entry: Entry)] = []
        var total: UInt64 = 0, count = 0
        for entry in archive {
            count += 1
            guard count <= maximumEntries else { throw fail("holds more than \(maximumEntries) entries") }
            let components = entry.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            if components.first == "__MACOSX" || components.contains(where: { $0.hasPrefix(".") && $0 != "." && $0 != ".." }) { continue }
            guard !entry.path.hasPrefix("/"), !entry.path.contains("\\"), !entry.path.contains("\0"), !components.isEmpty,
                  components.count <= 16, !components.contains(where: { $0 == ".." || $0 == "." }) else {
                throw fail("its entry \"\(entry.path)\" is not a path inside the folder")
            }
            switch entry.type {
            case .directory: continue
            case .file:
                total += entry.uncompressedSize
                guard total <= maximumBytes else { throw fail("would inflate to more than \(maximumBytes >> 20) MiB") }
                files.append((components, entry))
            case .symlink: throw fail("its entry \"\(entry.path)\" is a link, which a dataset folder never holds")
            }
        }
        guard !files.isEmpty else { throw fail("holds no file") }
        // One top folder around everything: its content is the dataset folder.
        let tops = Set(files.map(\.path[0]))
        let strip = tops.count == 1 && files.allSatisfy { $0.path.count > 1 } ? 1 : 0
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        } catch {
            throw fail("cannot make \(folder.lastPathComponent): \(error.localizedDescription)")
        }
        do throws(DatasetError) {
            for (path, entry) in files {
                let bytes: Data
                do {
                    guard let part = try Workbook.part(entry.path, of: archive) else { throw fail("its entry \"\(entry.path)\" cannot be read") }
                    bytes = part
                } catch let failure as XMLFailure {
                    throw fail(failure.message)
                } catch let error as DatasetError {
                    throw error
                } catch {
                    throw fail("its entry \"\(entry.path)\" cannot be read")
                }
                let target = path.dropFirst(strip).reduce(folder) { $0.appendingPathComponent($1) }
                do {
                    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    guard FileManager.default.createFile(atPath: target.path, contents: bytes) else { throw CocoaError(.fileWriteUnknown) }
                } catch {
                    throw fail("its entry \"\(entry.path)\" cannot be written")
                }
            }
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }
}
