import InclusionMap

/// A map that cannot be drawn as asked, with what was wrong.
public enum MapError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An actor id given for the ego or a highlight is not in the map.
    case unknownActor(String, role: String)
    /// A column named for grouping, colour or shape is not an actor column.
    case unknownColumn(String, available: [String])
    /// A column chosen for grouping, colour or shape identifies people
    /// (`StakeholderMap.columnIdentifiesActors(_:)`); `role` says which.
    case identifyingColumn(String, role: String)
    /// A group named in the filter has no actors.
    case unknownGroup(String, column: String)
    /// A relation named in the filter has no ties.
    case unknownRelation(String, available: [String])
    /// The filters leave nothing to draw.
    case nothingToDraw(String)
    /// A number option is out of range.
    case invalidOption(String)

    /// What was wrong and what would work.
    public var description: String {
        switch self {
        case let .unknownActor(id, role):
            return "no actor with id \"\(id)\" (given as \(role))"
        case let .unknownColumn(column, available):
            return "no actor column \"\(column)\"; columns: \(available.joined(separator: ", "))"
        case let .identifyingColumn(column, role):
            return DisclosureError.identifyingColumn(column, option: role).description
        case let .unknownGroup(group, column):
            return "no actor has \(column) \"\(group)\""
        case let .unknownRelation(relation, available):
            return "no ties of relation \"\(relation)\"; relations: \(available.joined(separator: ", "))"
        case let .nothingToDraw(reason):
            return "nothing to draw: \(reason)"
        case let .invalidOption(what):
            return what
        }
    }
}
