/// Grouping by an ancestor in the department tree instead of the department itself: the
/// directorate above a team, or the organisation-wide division at the top.
///
/// `departments.csv` nests departments through `parent`. A roll-up is named as a group column:
///
/// | column | groups each actor by |
/// | --- | --- |
/// | `department:parent` | the parent of its department (one level up) |
/// | `department:parent:parent` | two levels up (and so on) |
/// | `department:top` | the root of its department's tree |
///
/// A department with fewer ancestors than asked for is grouped under the highest it has (a
/// top-level department stays itself), so every actor with a department keeps a group; an
/// actor with no department has none. Labels are the ancestor's name, as for `department`.
///
/// ``StakeholderMap/rollingUp(_:)`` writes the column as an actor attribute of a copy of the
/// map, so every analysis that groups by a column (E-I, brokers, the audit, the panel, maps)
/// groups by it unchanged.
///
/// - Complexity: O(n + d·k) for n actors, d departments and k levels (`top`: O(n + d), each
///   department's root found once, however deep the tree).
public struct DepartmentRollUp: Hashable, Sendable {
    /// How many levels up, or `nil` for the top of the tree.
    public let levels: Int?

    /// The roll-up a group column names, or `nil` when it names none.
    public init?(column: String) {
        let parts = column.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0] == "department" else { return nil }
        let steps = parts.dropFirst()
        if steps.count == 1, steps.first == "top" {
            levels = nil
        } else if steps.allSatisfy({ $0 == "parent" }) {
            levels = steps.count
        } else {
            return nil
        }
    }

    /// The ancestor `levels` up (or at the top) of every department of `map`, by id.
    public func ancestors(in map: StakeholderMap) -> [String: String] {
        var parent: [String: String] = [:]
        for department in map.departments { if let up = department.parent { parent[department.id] = up } }
        var result: [String: String] = [:]
        if let levels {
            for department in map.departments {
                var current = department.id
                for _ in 0..<levels {
                    guard let up = parent[current] else { break }
                    current = up
                }
                result[department.id] = current
            }
        } else {
            // Roots found once per department: walk up to the first department whose root is
            // known (or the root itself), then give the whole path that root.
            for department in map.departments where result[department.id] == nil {
                var path: [String] = []
                var current = department.id
                while result[current] == nil, let up = parent[current] {
                    path.append(current)
                    current = up
                }
                let root = result[current] ?? current
                result[current] = root
                for id in path { result[id] = root }
            }
        }
        return result
    }
}

extension StakeholderMap {
    /// A copy of the map whose actors carry the roll-up `column` (such as
    /// `department:parent`) as an attribute, for grouping by it; the map itself when `column`
    /// names no roll-up (``DepartmentRollUp``). Actors with no department get no value.
    public func rollingUp(_ column: String) -> StakeholderMap {
        guard let rollUp = DepartmentRollUp(column: column) else { return self }
        let ancestors = rollUp.ancestors(in: self)
        var copy = self
        for position in copy.actors.indices {
            guard let department = copy.actors[position].department else { continue }
            copy.actors[position].attributes[column] = ancestors[department] ?? department
        }
        return copy
    }
}
