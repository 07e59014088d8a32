/// What to know about a group column before trusting the group measures: the actors it
/// leaves without a group and the groups it makes of one actor.
///
/// Actors with no value are left out of every group measure (``Grouping/EmptyValues/leftOut``),
/// never gathered into a "missing" group that would count as a department. A group of one has
/// no within-group ties, so its density and within-module z are undefined, and a panel that
/// covers "every group" spends a seat on it. Neither is an error; both are worth a warning.
///
/// - Complexity: O(n) for n actors.
public struct GroupColumnCheck: Hashable, Sendable {
    /// The column checked.
    public let column: String
    /// The actors with no value in the column, in map order.
    public let actorsWithoutValue: [String]
    /// The values held by exactly one actor, in order of first appearance, as labels.
    public let singletonGroups: [String]

    /// Checks `column` over the actors of `map`.
    public init(map: StakeholderMap, column: String) {
        self.column = column
        var counts: [String: Int] = [:]
        var order: [String] = []
        var without: [String] = []
        for actor in map.actors {
            guard let value = actor.value(ofColumn: column) else { without.append(actor.id); continue }
            if counts[value] == nil { order.append(value) }
            counts[value, default: 0] += 1
        }
        actorsWithoutValue = without
        singletonGroups = order.filter { counts[$0] == 1 }.map { map.label(ofValue: $0, inColumn: column) }
    }

    /// The warnings in words; empty when every actor has a value and no group is of one.
    public var sentences: [String] {
        var sentences: [String] = []
        if !actorsWithoutValue.isEmpty {
            let count = actorsWithoutValue.count
            sentences.append("\(count) actor\(count == 1 ? " has" : "s have") no value (\(Self.listed(actorsWithoutValue))) "
                + "and \(count == 1 ? "is" : "are") left out of the group measures, not made a group of \(count == 1 ? "its" : "their") own")
        }
        if !singletonGroups.isEmpty {
            let count = singletonGroups.count
            sentences.append("\(count) group\(count == 1 ? " has" : "s have") one actor (\(Self.listed(singletonGroups))): "
                + "within-group measures are undefined for \(count == 1 ? "it" : "them"), and a panel covering every group gives \(count == 1 ? "it" : "each") a seat")
        }
        return sentences
    }

    private static func listed(_ items: [String]) -> String {
        let shown = items.prefix(5).map(QuotedValue.quoted).joined(separator: ", ")
        return items.count > 5 ? "\(shown) and \(items.count - 5) more" : shown
    }
}
