import Foundation
import InclusionMap

/// One mapping round kept in a ``Register``: a survey wave, a "before" or "after".
///
/// Waves are ordered as they were added; the last one added is the latest, which every
/// command reads when no wave is named.
public struct Wave: Identifiable, Hashable, Sendable, Codable {
    /// The wave's id, as the user named it (`--wave 2`, `--wave 2026-spring`).
    public var id: String
    /// A label to show, such as "After the reflection spaces".
    public var label: String?
    /// When the wave's data was collected.
    public var date: CalendarDate?
    /// The wave's place in the register's order, from 1.
    public var position: Int
    /// The number of the wave's latest revision, from 1.
    public var revision: Int
    /// The latest revision's number of actors.
    public var actorCount: Int
    /// The latest revision's number of ties.
    public var tieCount: Int

    /// Creates a wave description.
    public init(
        id: String, label: String? = nil, date: CalendarDate? = nil, position: Int, revision: Int,
        actorCount: Int, tieCount: Int
    ) {
        self.id = id
        self.label = label
        self.date = date
        self.position = position
        self.revision = revision
        self.actorCount = actorCount
        self.tieCount = tieCount
    }

    /// The label, or the id when there is none.
    public var displayName: String { label ?? id }
}
