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

    init(map: StakeholderMap, column: String, groups: Set<String>, nests: Bool) {
        let departments = column == "department"
            ? Dictionary(map.departments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            : [:]
        var parentOf: [String: String] = [:]
        var all = groups
        for group in groups {
            var current = group
            var seen: Set<String> = [current]
            while nests, let parent = departments[current]?.parent, !parent.isEmpty, !seen.contains(parent) {
                parentOf[current] = parent
                all.insert(parent)
                seen.insert(parent)
                current = parent
            }
        }
        var children: [String?: [String]] = [:]
        for name in all { children[parentOf[name], default: []].append(name) }
        func visit(_ parent: String?) {
            for name in (children[parent] ?? []).sorted() {
                boxes.append(Box(
                    name: name, label: departments[name]?.displayName ?? name, parent: parent,
                    isGroup: groups.contains(name)))
                visit(name)
            }
        }
        visit(nil)
    }
}
