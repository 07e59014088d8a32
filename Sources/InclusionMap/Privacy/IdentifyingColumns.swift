extension StakeholderMap {
    /// The column names that always identify people, whatever their values: `id`, `name`,
    /// `email` and `e-mail` (compared without regard to case).
    public static let identifyingColumnNames: Set<String> = ["id", "name", "email", "e-mail"]

    /// The actor fields that hold categories: never refused for being unique.
    static let categoryColumns: Set<String> = ["department", "organisation", "organization", "sector", "kind"]

    /// Whether the values of an actor column identify people, so that grouping, colouring or
    /// shaping by it would write people's names (or staff numbers, or e-mail addresses) on
    /// every group label.
    ///
    /// A column identifies people when its name is one of ``identifyingColumnNames``, or when
    /// it is a free column (any column but the categories `department`, `organisation`,
    /// `sector` and `kind`) in which most of the actors who have a value hold a value nobody
    /// else holds: with h actors holding a value and s of them holding one of their own, when
    /// 2s > h. A team column with a one-person team is fine; a staff number, e-mail or
    /// job-title column is not. Empty values are not counted. The four categories are what
    /// groups are made of and never name a person by themselves; a small group among them is
    /// folded in the report's breakdowns (`--min-group-size`) instead.
    ///
    /// Complexity: O(a) for a actors.
    public func columnIdentifiesActors(_ column: String) -> Bool {
        if Self.identifyingColumnNames.contains(column.lowercased()) { return true }
        if Self.categoryColumns.contains(column) { return false }
        var holders: [String: Int] = [:]
        var holding = 0
        for actor in actors {
            guard let value = actor.value(ofColumn: column) else { continue }
            holders[value, default: 0] += 1
            holding += 1
        }
        guard holding > 0 else { return false }
        let alone = holders.values.count { $0 == 1 }
        return 2 * alone > holding
    }

    /// Checks that `column` may label groups, colours or shapes in an output.
    ///
    /// - Parameters:
    ///   - column: the actor column to check.
    ///   - option: how the user chose the column (`--group`, `--color-by`), for the
    ///     message.
    /// - Throws: ``DisclosureError/identifyingColumn(_:option:)`` when
    ///   ``columnIdentifiesActors(_:)``.
    public func checkColumnMayLabel(_ column: String, option: String? = nil) throws(DisclosureError) {
        if columnIdentifiesActors(column) { throw .identifyingColumn(column, option: option) }
    }
}
