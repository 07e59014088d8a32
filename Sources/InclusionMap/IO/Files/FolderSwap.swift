import Foundation

/// Replaces a folder with another in one step, so that a process killed at any moment leaves
/// either the old folder or the new one at the path, never neither and never a mix.
///
/// On Linux this is `renameat2(…, RENAME_EXCHANGE)`: the two folders trade places atomically,
/// and the old one, now at the staging path, is removed. Where the kernel or the file system
/// cannot exchange (an old kernel, some network file systems), the old folder is moved aside
/// and the new one moved in: two renames, with a moment between them when nothing is at the
/// path (the old folder is then beside it, named `.NAME.old-…`).
package enum FolderSwap {
    /// `renameat2`, looked up at run time: the C library declares it only for `_GNU_SOURCE`.
    private typealias Rename2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let rename2: Rename2? = {
        // RTLD_DEFAULT (a null handle): the process's own libraries.
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Rename2.self)
    }()

    /// `RENAME_EXCHANGE` from `<linux/fs.h>`.
    private static let exchange: UInt32 = 2
    /// `AT_FDCWD`: paths relative to the working directory.
    private static let workingDirectory: Int32 = -100

    /// A new, empty folder beside `target` to build the replacement in: `.NAME.writing-UUID`.
    package static func stagingFolder(for target: URL) throws -> URL {
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).writing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        return staging
    }

    /// Puts `staging` at `target`, replacing what was there, and removes the old folder.
    ///
    /// - Throws: the file system's error; `target` is then as it was.
    package static func replace(_ target: URL, with staging: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: target.path) else {
            try manager.moveItem(at: staging, to: target)
            return
        }
        if let rename2, rename2(workingDirectory, staging.path, workingDirectory, target.path, exchange) == 0 {
            try? manager.removeItem(at: staging)
            return
        }
        let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old-\(UUID().uuidString)")
        try manager.moveItem(at: target, to: old)
        do {
            try manager.moveItem(at: staging, to: target)
        } catch {
            try? manager.moveItem(at: old, to: target)
            throw error
        }
        try? manager.removeItem(at: old)
    }
}
