/// How many of the people a survey asked answered it, overall and by group, from the actor
/// column `responded` (`true`/`false`; empty for people who were not asked, such as nominees).
///
/// Missing answers are missing ties: a group that mostly did not answer looks more isolated
/// than it is. Departments under 70% are named, a common threshold for whole-network
/// organisational surveys (Borgatti, Carley & Krackhardt 2006, "On the robustness of centrality
/// measures under conditions of imperfect data", *Social Networks* 28, show rankings degrade
/// quickly as nodes go missing).
public struct ResponseRate: Sendable {
    /// One group's numbers.
    public struct Group: Sendable, Hashable {
        /// The group's value in the column.
        public var value: String
        /// The group's name for people (a department's name from departments.csv).
        public var label: String
        /// How many of the group answered.
        public var responded: Int
        /// How many of the group were asked.
        public var asked: Int
        /// responded / asked.
        public var rate: Double { asked == 0 ? 0 : Double(responded) / Double(asked) }
    }

    /// The share below which a group is named: 0.7.
    public static let lowThreshold = 0.7

    /// People asked (`responded` true or false), and how many answered.
    public let asked: Int, responded: Int
    /// By value of the group column, in order of first appearance; people with no value are
    /// left out.
    public let groups: [Group]

    /// The response rate of `map` by `column`, or `nil` when no actor has a `responded` value.
    public init?(_ map: StakeholderMap, column: String) {
        var asked = 0, responded = 0
        var order: [String] = [], counts: [String: (Int, Int)] = [:]
        for actor in map.actors {
            guard let answer = actor.responded else { continue }
            asked += 1
            if answer { responded += 1 }
            guard let value = actor.value(ofColumn: column) else { continue }
            if counts[value] == nil { order.append(value) }
            counts[value, default: (0, 0)].1 += 1
            if answer { counts[value, default: (0, 0)].0 += 1 }
        }
        guard asked > 0 else { return nil }
        self.asked = asked
        self.responded = responded
        groups = order.map { Group(value: $0, label: map.label(ofValue: $0, inColumn: column), responded: counts[$0]!.0, asked: counts[$0]!.1) }
    }

    /// responded / asked.
    public var rate: Double { Double(responded) / Double(asked) }

    /// The groups below ``lowThreshold``.
    public var lowGroups: [Group] { groups.filter { $0.rate < Self.lowThreshold } }
}
