/// A partition of a view's nodes into named groups — departments, organisations, sectors, any
/// actor attribute, or communities found by ``NetworkIndex/louvainCommunities(resolution:seed:threshold:)``.
///
/// Every group metric (E-I, brokerage roles, participation, bridging betweenness, mixing,
/// modularity) takes one. A node may be *ungrouped* (group −1): its actor has no value in the
/// column and ``EmptyValues/leftOut`` was asked for. Ungrouped nodes stay in the network (paths
/// run through them) but are left out of every group count; ``ungroupedCount`` says how many.
public struct Grouping: Hashable, Sendable {
    /// What to do with actors whose grouping column is empty.
    public enum EmptyValues: String, Hashable, Sendable, CaseIterable {
        /// Leave them out of group metrics (the default).
        case leftOut = "leave-out"
        /// Put them together in one group named ``Grouping/noValueName``.
        case ownGroup = "own-group"
    }

    /// The name of the group that collects actors with no value, under ``EmptyValues/ownGroup``.
    public static let noValueName = "(none)"

    /// The group names, by group number, in order of first appearance among the nodes.
    public let names: [String]
    /// The group number of each node, or −1 for an ungrouped node.
    public let groupOfNode: [Int32]
    /// The column (or `"community"`) the grouping was read from.
    public let column: String

    /// The number of groups.
    public var groupCount: Int { names.count }
    /// The number of nodes left out of every group.
    public var ungroupedCount: Int { groupOfNode.reduce(0) { $0 + ($1 < 0 ? 1 : 0) } }
    /// The name of group `group` for people: a department's name from `departments.csv` when
    /// the grouping is by department, otherwise the value itself.
    public func label(ofGroup group: Int, in map: StakeholderMap) -> String {
        map.label(ofValue: names[group], inColumn: column)
    }

    /// The number of nodes in each group, by group number.
    public var sizes: [Int] {
        var sizes = [Int](repeating: 0, count: names.count)
        for group in groupOfNode where group >= 0 { sizes[Int(group)] += 1 }
        return sizes
    }

    /// The group name of a node, or `nil` when it is ungrouped.
    public func name(ofNode node: Int32) -> String? {
        let group = groupOfNode[Int(node)]
        return group < 0 ? nil : names[Int(group)]
    }

    /// Groups the nodes of `index` by an actor column of `map`: `department`, `organisation`,
    /// `sector`, `kind`, or any extra column. Values are compared exactly.
    ///
    /// - Throws: ``StakeholderMapError/unknownColumn(_:)`` when no actor has a value in the
    ///   column (most likely a misspelt name).
    public init(_ index: NetworkIndex, map: StakeholderMap, column: String = "department", emptyValues: EmptyValues = .leftOut) throws(StakeholderMapError) {
        var numbers: [String: Int32] = [:]
        var names: [String] = []
        var groups = [Int32](repeating: -1, count: index.nodeCount)
        var anyValue = false
        for actor in map.actors {
            guard let node = index.node(of: actor.id) else { continue }
            var value = actor.value(ofColumn: column)
            if value != nil { anyValue = true }
            if value == nil, emptyValues == .ownGroup { value = Self.noValueName }
            guard let value else { continue }
            if let number = numbers[value] {
                groups[Int(node)] = number
            } else {
                numbers[value] = Int32(names.count)
                groups[Int(node)] = Int32(names.count)
                names.append(value)
            }
        }
        guard anyValue || index.nodeCount == 0 else { throw .unknownColumn(column) }
        self.init(names: names, groupOfNode: groups, column: column)
    }

    /// The column name that asks for detected communities instead of an actor column.
    public static let louvainColumn = "louvain"

    /// Groups by an actor column, or, when `column` is ``louvainColumn``, by the communities
    /// ``NetworkIndex/louvainCommunities(resolution:seed:threshold:)`` finds with `seed`
    /// (unless the actors have a column of that name).
    public static func named(
        _ column: String, index: NetworkIndex, map: StakeholderMap, emptyValues: EmptyValues = .leftOut, seed: UInt64 = 1
    ) throws(StakeholderMapError) -> Grouping {
        do {
            return try Grouping(index, map: map, column: column, emptyValues: emptyValues)
        } catch {
            guard column == louvainColumn else { throw error }
            return index.louvainCommunities(seed: seed)
        }
    }

    /// A grouping from explicit group numbers (−1 for ungrouped), e.g. detected communities.
    ///
    /// - Precondition: every number is −1 or a valid index into `names`.
    public init(names: [String], groupOfNode: [Int32], column: String) {
        precondition(groupOfNode.allSatisfy { $0 >= -1 && Int($0) < names.count }, "group numbers must index `names`")
        self.names = names
        self.groupOfNode = groupOfNode
        self.column = column
    }
}
