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

    /// One line: where and what.
    public var description: String {
        switch self {
        case .notARegister(let path, let reason):
            "\(path): not an InclusionMap register (\(reason)); create one with `inclusion-map register init \(path)`"
        case .missing(let path):
            "\(path): no register here; create one with `inclusion-map register init \(path)`"
        case .exists(let path):
            "\(path): a file is already there; a register is created only where there is none"
        case .unknownWave(let wave, let path, let known):
            "\(path): no wave \"\(wave)\"; "
                + (known.isEmpty ? "the register holds no wave yet" : "the register holds \(known.map { "\"\($0)\"" }.joined(separator: ", "))")
        case .duplicateWave(let wave, let path):
            "\(path): wave \"\(wave)\" is already in the register; choose another id, or save an edit of it as a new revision"
        case .invalidWave(let wave, let path, let reason):
            "\(path): wave \"\(wave)\": \(reason)"
        case .empty(let path):
            "\(path): the register holds no wave yet; add one with `inclusion-map register add \(path) SOURCE --wave ID`"
        case .invalidSource(let issues):
            issues.map(\.description).joined(separator: "\n")
        case .busy(let path):
            "\(path): register is busy: another process is writing to it; try again when it has finished"
        case .newerSchema(let path, let migrations):
            "\(path): written by a newer InclusionMap (schema steps \(migrations.joined(separator: ", ")) are unknown to version \(InclusionMapVersion.current)); upgrade to read it"
        case .database(let path, let message):
            "\(path): \(message)"
        }
    }
}
