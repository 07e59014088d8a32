/// The rule that keeps small groups out of breakdown tables.
///
/// A table that breaks actors down by group, sector or kind shows a value only when at least
/// ``minimum`` actors hold it; the others are added up in one row, so no one can be picked
/// out by elimination ("the only person from Faith groups never attended"). Lists that name
/// a group without counting people (groups never engaged, unlinked pairs) are not affected.
struct SmallGroupRule: Sendable {
    /// The smallest group shown on its own row.
    let minimum: Int

    /// The rows at or above the minimum, in order, and the rows folded together.
    func partition<Row>(_ rows: [Row], size: (Row) -> Int) -> (shown: [Row], folded: [Row]) {
        var shown: [Row] = [], folded: [Row] = []
        for row in rows {
            if size(row) < minimum { folded.append(row) } else { shown.append(row) }
        }
        return (shown, folded)
    }

    /// The label of the folded row: "2 values with fewer than 3 actors".
    func foldedLabel(_ count: Int, noun: String = "group") -> String {
        "\(Wording.count(count, noun)) with fewer than \(minimum) actors"
    }

    /// The sentence under a table with a folded row.
    var note: String {
        "Groups with fewer than \(minimum) actors are counted together so that nobody can be identified by elimination."
    }
}
