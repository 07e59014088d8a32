import InclusionMap

/// The boxes of a whole map: one per shown group and, when grouping by department, one per
/// ancestor department (departments.csv `parent`), so sub-departments sit inside their parent.
/// Parents come before children; siblings in name order.
struct ClusterNesting {
    struct Box {
        /// The group value (a department id when grouping by department).
        var name: String
        /// What the box says: the department's name when it has one, else the value.
        var label: String
        /// The enclosing box's name.
        var parent: String?
        /// Whether actors are grouped under this value (rather than only under its children).
        var isGroup: Bool
    }

    private(set) var boxes: [Box] = []

    /// The most ancestor boxes drawn around a group: 6. Deeper departments are drawn from
    /// their sixth ancestor down, so a hierarchy thousands of levels deep costs what its
    /// shown part costs.
    static let maximumDepth = 6

    init(map: StakeholderMap, column: String, groups: Set<String>, nests: Bool) {
        let departments = column == "department"
            ? Dictionary(map.departments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            : [:]
        var parentOf: [String: String] = [:]
        var all = groups
        for group in groups.sorted() {
            var current = group
            var steps = 0
            while nests, steps < Self.maximumDepth, parentOf[current] == nil,
                  let parent = departments[current]?.parent, !parent.isEmpty, parent != group {
                parentOf[current] = parent
                all.insert(parent)
                current = parent
                steps += 1
            }
        }
        // A group reached as another's ancestor may have been cut off from its own parent:
        // boxes nest only where both ends are drawn, and never in a loop.
        var children: [String?: [String]] = [:]
        for name in all { children[parentOf[name].flatMap { all.contains($0) ? $0 : nil }, default: []].append(name) }
        // Depth-first, parents before children, siblings in name order, without recursion.
        var stack: [(name: String, parent: String?)] = (children[nil] ?? []).sorted().reversed().map { ($0, nil) }
        var placed: Set<String> = []
        while let (name, parent) = stack.popLast() {
            guard placed.insert(name).inserted else { continue }
            boxes.append(Box(name: name, label: departments[name]?.displayName ?? name, parent: parent, isGroup: groups.contains(name)))
            for child in (children[name] ?? []).sorted().reversed() { stack.append((child, name)) }
        }
    }
}
