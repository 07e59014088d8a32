import Foundation
import InclusionMap

/// A map the workbench shows: prepared as every command prepares it (`PreparedMap`:
/// consent mask, then the missing-data policy), with the name it is shown under.
public struct WorkbenchMap: Sendable {
    /// The name shown for the source: a file name, or the demo's.
    public var name: String
    /// The map, masked and read with the policy.
    public var prepared: PreparedMap
    /// Problems that did not stop the reading.
    public var warnings: [String]

    /// A map to show as `name`.
    public init(name: String, prepared: PreparedMap, warnings: [String] = []) {
        self.name = name
        self.prepared = prepared
        self.warnings = warnings
    }
}

/// Reads a map for the workbench: `nil` is the bundled demo, otherwise a file or folder the
/// workbench has already checked lies inside its workspace. Throws ``WorkbenchLoadError``
/// with every problem found.
public typealias WorkbenchLoader = @Sendable (URL?) throws -> WorkbenchMap

/// The problems that stopped a map from being read, each with its file, line and column as
/// the reader gave them.
public struct WorkbenchLoadError: Error, Sendable, CustomStringConvertible {
    /// Every problem, in the reader's words.
    public var problems: [String]

    /// An error listing `problems`.
    public init(problems: [String]) { self.problems = problems }

    public var description: String { problems.joined(separator: "\n") }
}
