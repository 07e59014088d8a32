import Foundation
import InclusionMap

/// Why a report could not be made. Each case says what was asked and what would work.
public enum ReportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The group column is not a column any actor fills.
    case unknownGroupColumn(String)
    /// The group column identifies people (`StakeholderMap.columnIdentifiesActors(_:)`), so
    /// its values would name actors on every group label.
    case identifyingGroupColumn(String)
    /// A relation asked for is not in the map.
    case unknownRelation(String, known: [String])
    /// An option is out of its range.
    case invalidOption(name: String, value: String, expected: String)
    /// An input file could not be read for its checksum.
    case unreadableInput(path: String, reason: String)
    /// A file of the report could not be written.
    case unwritable(path: String, reason: String)
    /// A map could not be drawn.
    case drawingFailed(map: String, reason: String)
    /// The panel's constraints cannot be met (`PanelError`, in its words): an unknown or
    /// withheld id pinned, one pinned and excluded, more pinned than seats.
    case impossiblePanel(String)

    /// The error in words: what was asked and what would work.
    public var description: String {
        switch self {
        case .unknownGroupColumn(let column):
            "group column \"\(column)\": no actor has a value in it; use department, organisation, sector, kind or another column of actors.csv"
        case .identifyingGroupColumn(let column):
            DisclosureError.identifyingColumn(column, option: "group column").description
        case let .unknownRelation(relation, known):
            "unknown relation \"\(relation)\"; the map has \(known.joined(separator: ", "))"
        case let .invalidOption(name, value, expected):
            "\(name) \(value): expected \(expected)"
        case let .unreadableInput(path, reason):
            "\(path): cannot be read for its checksum: \(reason)"
        case let .unwritable(path, reason):
            "\(path): cannot be written: \(reason)"
        case let .drawingFailed(map, reason):
            "the \(map) could not be drawn: \(reason)"
        case let .impossiblePanel(reason):
            "the panel cannot be suggested: \(reason)"
        }
    }
}
