/// An output that was refused because it would identify people.
public enum DisclosureError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Grouping, colouring or shaping by `column` would label actors by something that
    /// identifies them (see ``StakeholderMap/columnIdentifiesActors(_:)``); `option` is how
    /// the user chose it, when known.
    case identifyingColumn(String, option: String?)

    /// What was refused and what to do instead.
    public var description: String {
        switch self {
        case .identifyingColumn(let column, let option):
            let start = option.map { "\($0) \(column): " } ?? ""
            return start + "the column \"\(column)\" identifies people (most of its values belong to one actor each), "
                + "so labelling groups, colours or shapes by it would name them; choose a column that actors share, "
                + "such as department, organisation or sector"
        }
    }
}
