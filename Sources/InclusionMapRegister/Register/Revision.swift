import Foundation

/// One saved version of a wave: the import that added the wave is revision 1, and every
/// saved edit adds the next.
public struct Revision: Hashable, Sendable, Codable {
    /// The wave the revision belongs to.
    public var wave: String
    /// The revision's number within its wave, from 1.
    public var number: Int
    /// When it was saved (UTC, to the second).
    public var savedAt: Date
    /// What it was read from (a path as the user gave it) or `nil` for an edit made in code.
    public var source: String?
    /// The note saved with it ("imported from", "corrected Housing's department").
    public var note: String?
    /// What it changed, record by record; for a wave's first revision, one line per kind of
    /// record saying how many were added.
    public var changes: [RegisterChange]

    /// Creates a revision description.
    public init(wave: String, number: Int, savedAt: Date, source: String?, note: String?, changes: [RegisterChange]) {
        self.wave = wave
        self.number = number
        self.savedAt = savedAt
        self.source = source
        self.note = note
        self.changes = changes
    }
}
