import Foundation
import InclusionMap
import InclusionMapInterchange

/// A file the page uploads: kept in the workspace's `uploads` folder under its own name made
/// safe (one path component of letters, digits, space, `.`, `-` and `_`, not starting with a
/// dot), with `-2`, `-3`… before the extension when the name is taken; nothing is
/// overwritten, and nothing is written anywhere else. A zip archive (a dataset folder zipped)
/// is written out as a folder of that name without `.zip` (``ZippedFolder``: no entry can land
/// outside it, and a bomb is refused before it is written).
enum Upload {
    /// The folder uploads go to, inside the workspace.
    static let folder = "uploads"

    /// A safe file name from the name the browser gave.
    ///
    /// - Throws: ``WorkbenchFailure/badRequest(_:)`` when nothing of it is usable.
    static func safeName(_ given: String) throws(WorkbenchFailure) -> String {
        let last = given.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = String(last.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || " .-_".unicodeScalars.contains($0) })
        let trimmed = kept.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        guard !trimmed.isEmpty, trimmed.count <= 200 else { throw .badRequest("name the file: ?name=responses.csv") }
        return trimmed
    }

    /// Writes `data` as `name` in the uploads folder of `workspace`; the path inside the workspace.
    static func save(_ data: Data, named name: String, in workspace: WorkspacePath) throws(WorkbenchFailure) -> String {
        let safe = try safeName(name)
        let folder = workspace.root.appendingPathComponent(Self.folder)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .failed("the uploads folder cannot be made in the workspace")
        }
        guard workspace.contains(folder.resolvingSymlinksInPath()) else { throw .badPath(Self.folder) }
        let stem = (safe as NSString).deletingPathExtension, ext = (safe as NSString).pathExtension
        let unzips = ext.lowercased() == "zip" && !stem.isEmpty
        var candidate = unzips ? stem : safe, number = 1
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent(candidate).path) {
            number += 1
            candidate = ext.isEmpty || unzips ? "\(stem)-\(number)" : "\(stem)-\(number).\(ext)"
        }
        if unzips {
            do {
                try ZippedFolder.extract(data, fileName: safe, into: folder.appendingPathComponent(candidate))
            } catch {
                throw .unreadable(error.issues.map(\.description))
            }
            return Self.folder + "/" + candidate
        }
        // Created exclusively: a file that appeared meanwhile is never overwritten.
        guard FileManager.default.createFile(atPath: folder.appendingPathComponent(candidate).path, contents: data,
                                             attributes: [.posixPermissions: 0o600]) else {
            throw .failed("\(candidate) cannot be written in the workspace")
        }
        return Self.folder + "/" + candidate
    }
}
