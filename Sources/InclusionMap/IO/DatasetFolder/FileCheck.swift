import Foundation

/// What stands at a path, in plain words, so that a reader never takes a broken link or a
/// folder for a missing or empty file.
enum FileCheck {
    /// What is at a path.
    enum Entry: Equatable {
        /// Nothing, not even a link.
        case missing
        /// A readable regular file (or a link to one).
        case file
        /// Something a reader cannot use; the words say what.
        case unusable(String)
    }

    static func entry(at url: URL) -> Entry {
        let path = url.path
        let manager = FileManager.default
        // attributesOfItem does not follow a final link: a dangling link is still found here.
        guard let attributes = try? manager.attributesOfItem(atPath: path) else {
            // Not there, or there but out of this user's reach (a folder on the way it may not
            // enter): only the second is worth a different word.
            var info = stat()
            if lstat(path, &info) != 0, errno == EACCES {
                return .unusable("cannot be reached as this user: a folder on its path does not let this user in (check its permissions)")
            }
            return .missing
        }
        if attributes[.type] as? FileAttributeType == .typeSymbolicLink {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                let target = (try? manager.destinationOfSymbolicLink(atPath: path)) ?? "?"
                if resolvesToLoop(path) {
                    return .unusable("is a link that leads back to itself (a loop of links); expected a file")
                }
                return .unusable("is a link to \(target), which does not exist; expected a file")
            }
            if isDirectory.boolValue { return .unusable("is a link to a folder, not a file") }
            return manager.isReadableFile(atPath: path) ? .file : .unusable("cannot be read as this user (check its permissions)")
        }
        switch attributes[.type] as? FileAttributeType {
        case .typeDirectory?: return .unusable("is a folder, not a file")
        case .typeRegular?: return manager.isReadableFile(atPath: path) ? .file : .unusable("cannot be read as this user (check its permissions)")
        default: return .unusable("is not a regular file (a device, a pipe or a socket); expected a file")
        }
    }

    /// Whether following links from `path` comes back to a link already seen.
    private static func resolvesToLoop(_ path: String) -> Bool {
        var seen: Set<String> = [path]
        var current = path
        for _ in 0..<64 {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return false }
            let next = target.hasPrefix("/") ? target : (current as NSString).deletingLastPathComponent + "/" + target
            let standard = (next as NSString).standardizingPath
            if !seen.insert(standard).inserted { return true }
            current = standard
        }
        return true
    }
}
