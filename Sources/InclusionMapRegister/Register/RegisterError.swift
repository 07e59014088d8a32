import Foundation
import InclusionMap

/// Why a register could not be opened, read or written. Every case names the file; none
/// leaves the register changed.
public enum RegisterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file exists but is not a SQLite database, or is one without a register's tables.
    case notARegister(path: String, reason: String)
    /// No file at the path (opening, not creating).
    case missing(path: String)
    /// A register already exists where one was to be created.
    case exists(path: String)
    /// The wave named is not in the register; `known` lists those that are.
    case unknownWave(String, path: String, known: [String])
    /// A wave with this id is already in the register.
    case duplicateWave(String, path: String)
    /// A wave id or date that cannot be used.
    case invalidWave(String, path: String, reason: String)
    /// The register holds no wave yet.
    case empty(path: String)
    /// The source could not be read: the reader's own positioned problems.
    case invalidSource([DatasetIssue])
    /// Another process held the register for longer than the wait allows.
    case busy(path: String)
    /// The register was written by a newer InclusionMap, whose schema this one does not know.
    case newerSchema(path: String, migrations: [String])
    /// SQLite refused: the message it gave.
    case database(path: String, message: String)
    /// The file is a register but damaged (SQLite's own check failed, or a row breaks the
    /// schema): it is neither read nor written.
    case damaged(path: String, reason: String)
    /// The register can be read but not written: the file or its folder is read-only.
    case readOnly(path: String)

    /// The register's file, for every case but ``invalidSource(_:)`` (whose problems name their own files).
    public var path: String? {
        switch self {
        case .notARegister(let path, _), .missing(let path), .exists(let path), .unknownWave(_, let path, _),
             .duplicateWave(_, let path), .invalidWave(_, let path, _), .empty(let path), .busy(let path),
             .newerSchema(let path, _), .database(let path, _), .damaged(let path, _), .readOnly(let path):
            path
        case .invalidSource: nil
        }
    }

    /// What is wrong and what to do, without the path.
    public var message: String {
        switch self {
        case .notARegister(let path, let reason):
            "not an InclusionMap register (\(reason)); create one with `inclusion-map register init \(path)`"
        case .missing(let path):
            "no register here; create one with `inclusion-map register init \(path)`"
        case .exists:
            "a file is already there; a register is created only where there is none"
        case .unknownWave(let wave, _, let known):
            "no wave \"\(wave)\"; "
                + (known.isEmpty ? "the register holds no wave yet" : "the register holds \(known.map { "\"\($0)\"" }.joined(separator: ", "))")
        case .duplicateWave(let wave, _):
            "wave \"\(wave)\" is already in the register; choose another id, or save an edit of it as a new revision"
        case .invalidWave(let wave, _, let reason):
            "wave \"\(wave)\": \(reason)"
        case .empty(let path):
            "the register holds no wave yet; add one with `inclusion-map register add \(path) SOURCE --wave ID`"
        case .invalidSource(let issues):
            issues.map(\.description).joined(separator: "\n")
        case .busy:
            "register is busy: another process is writing to it; try again when it has finished"
        case .newerSchema(_, let migrations):
            "written by a newer InclusionMap (schema steps \(migrations.joined(separator: ", ")) are unknown to version \(InclusionMapVersion.current)); upgrade to read it"
        case .database(_, let message):
            message
        case .damaged(_, let reason):
            "the register is damaged (\(reason)); nothing was read from it or written to it; restore it from a backup (`inclusion-map register check` lists every problem SQLite finds)"
        case .readOnly:
            "the register is read-only here (the file or its folder cannot be written); it can be read, but adding or saving needs write access"
        }
    }

    /// One line: where and what.
    public var description: String {
        guard let path else { return message }
        return "\(path): \(message)"
    }
}
