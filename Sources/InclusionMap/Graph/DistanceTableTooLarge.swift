import Foundation

/// A view too large for the table of hop distances between every two of its actors, which
/// `whatif` and `compare`'s cohesion measures (group-pair fragmentation and closeness, the
/// tie search) are computed from.
///
/// The table holds one 16-bit distance per ordered pair: n² × 2 bytes, 200 MB at 10,000
/// actors and 20 GB at 100,000. It is refused, with this error, above 65,534 actors (a 16-bit
/// distance's range) or when it would take more than half the machine's memory — where,
/// before, a 100,000-actor map stopped the program with a trap.
public struct DistanceTableTooLarge: Error, Hashable, Sendable, CustomStringConvertible {
    /// Actors in the view.
    public var actors: Int
    /// Bytes the table would take.
    public var bytes: Int
    /// The most the table may take here: half the machine's memory.
    public var allowedBytes: Int

    /// The most actors a table can hold: distances are 16-bit, 65,535 meaning "unreachable".
    public static let maximumActors = 65_534

    /// Checks that a table for `actors` fits in half of `memory` bytes (the machine's, by
    /// default) and within ``maximumActors``.
    public static func check(actors: Int, memory: UInt64 = ProcessInfo.processInfo.physicalMemory) throws(DistanceTableTooLarge) {
        let (square, overflow) = actors.multipliedReportingOverflow(by: actors)
        let bytes = overflow ? Int.max : square.multipliedReportingOverflow(by: 2).overflow ? Int.max : square * 2
        let allowed = Int(clamping: memory / 2)
        if actors > maximumActors || bytes > allowed {
            throw DistanceTableTooLarge(actors: actors, bytes: bytes, allowedBytes: allowed)
        }
    }

    public var description: String {
        func size(_ bytes: Int) -> String { String(format: "%.1f GB", Double(bytes) / 1e9) }
        let limit = actors > Self.maximumActors
            ? "it holds at most \(Self.maximumActors) actors"
            : "it may take at most half this machine's memory, \(size(allowedBytes))"
        return "the cohesion measures need the hop distance between every two of the \(actors) actors in the view, "
            + "a table of \(size(bytes)); \(limit). Ask about a part of the map: one relation (--relation), or the actors of some groups"
    }
}
