import Foundation

/// A path a request names, resolved inside the workspace or refused.
///
/// The path must be relative, hold no `..` or `.` component (after percent-decoding, which
/// the router has done), no NUL and no backslash, and, once every symbolic link is
/// resolved, lie inside the workspace's own resolved folder: a link that points out of the
/// workspace is refused like a `..`.
struct WorkspacePath {
    /// The workspace folder, with its symbolic links resolved.
    let root: URL
    /// The extensions of the files the listing offers; `nil` for every file.
    let extensions: Set<String>?

    init(root: URL, extensions: Set<String>? = nil) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        self.extensions = extensions
    }

    /// The file or folder `relative` names inside the workspace.
    ///
    /// - Throws: ``WorkbenchFailure/badPath(_:)`` when it is absolute, climbs out, or leads
    ///   out through a link; ``WorkbenchFailure/notFound(_:)`` when nothing is there.
    func resolve(_ relative: String) throws(WorkbenchFailure) -> URL {
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.hasPrefix("~"),
              !relative.contains("\0"), !relative.contains("\\") else {
            throw .badPath(relative)
        }
        let components = relative.split(separator: "/", omittingEmptySubsequences: true)
        guard !components.isEmpty, !components.contains(where: { $0 == ".." || $0 == "." }) else { throw .badPath(relative) }
        let candidate = components.reduce(root) { $0.appendingPathComponent(String($1)) }
        guard FileManager.default.fileExists(atPath: candidate.path) else { throw .notFound(relative) }
        let resolved = candidate.resolvingSymlinksInPath()
        guard contains(resolved) else { throw .badPath(relative) }
        return resolved
    }

    /// Whether `url` (already resolved) is the workspace or lies inside it.
    func contains(_ url: URL) -> Bool {
        let path = url.standardizedFileURL.path
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path == root.path || path.hasPrefix(rootPath)
    }

    /// The workspace's entries the workbench can open: dataset folders (holding
    /// `actors.csv` or `ties.csv`) and files with one of ``extensions``, to `depth` folders
    /// down, hidden entries and links leading out left out, sorted by path.
    func listing(depth: Int = 3, limit: Int = 2_000) -> [WorkspaceEntry] {
        var entries: [WorkspaceEntry] = []
        func visit(_ folder: URL, prefix: String, level: Int) {
            guard level <= depth, entries.count < limit,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
            for name in names.sorted() where !name.hasPrefix(".") && entries.count < limit {
                let url = folder.appendingPathComponent(name)
                let resolved = url.resolvingSymlinksInPath()
                guard contains(resolved) else { continue }
                let relative = prefix.isEmpty ? name : prefix + "/" + name
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue {
                    let isDataset = ["actors.csv", "ties.csv"].contains { FileManager.default.fileExists(atPath: resolved.appendingPathComponent($0).path) }
                    if isDataset {
                        entries.append(WorkspaceEntry(path: relative, kind: .dataset, bytes: nil))
                    } else {
                        visit(resolved, prefix: relative, level: level + 1)
                    }
                } else if extensions?.contains(url.pathExtension.lowercased()) ?? true {
                    let size = (try? FileManager.default.attributesOfItem(atPath: resolved.path)[.size] as? Int) ?? nil
                    entries.append(WorkspaceEntry(path: relative, kind: .file, bytes: size))
                }
            }
        }
        visit(root, prefix: "", level: 0)
        return entries
    }
}

/// One entry of the workspace listing (`/api/workspace`).
struct WorkspaceEntry: Encodable, Sendable, Equatable {
    enum Kind: String, Encodable, Sendable { case dataset, file }
    var path: String
    var kind: Kind
    var bytes: Int?
}
