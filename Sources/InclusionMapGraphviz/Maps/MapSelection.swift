import InclusionMap

/// The actors and merged ties a map shows after its filters, with each actor's group, size
/// value, colour and shape. Shared by the whole map and the ego map.
struct MapSelection {
    /// A drawn link: every shown tie between two actors, merged; negative ties (a signed
    /// network's) merge into a link of their own, drawn apart from the positive one.
    struct Pair {
        var a: Int32
        var b: Int32
        /// Total weight of the merged ties (below 0 for a link of negative ties).
        var weight: Double
        /// Whether the link merges negative ties (weight below 0).
        var isNegative = false
        /// Merged ties.
        var count: Int
        /// Whether some directed tie goes a → b, b → a, or some tie is undirected.
        var forward = false, backward = false, undirected = false
        var relations: Set<String> = []
    }

    let map: StakeholderMap
    /// Chosen relations, every actor (so groups and sizes do not depend on display filters).
    let index: NetworkIndex
    let grouping: Grouping
    /// The size measure's value per node, `nil` when sizes are uniform.
    let sizes: [Double]?
    /// The actor behind each node.
    let actors: [Actor]
    /// Whether each node is shown.
    var shown: [Bool]
    /// The colour-column value per node (`nil` when empty).
    let colourValues: [String?]
    let colourColumn: String
    /// The shape-column value per node.
    let shapeValues: [String?]

    init(map: StakeholderMap, options: MapOptions) throws(MapError) {
        self.map = map
        let filter = options.filter
        if let relations = filter.relations {
            for relation in relations.sorted() where !map.relations.contains(relation) {
                throw .unknownRelation(relation, available: map.relations)
            }
        }
        let index = NetworkIndex(map, options: .init(relations: filter.relations))
        self.index = index
        if let column = options.groupColumn {
            do {
                grouping = try Grouping.named(column, index: index, map: map)
            } catch {
                throw .unknownColumn(column, available: Self.columns(of: map))
            }
        } else {
            grouping = Grouping(names: [], groupOfNode: [Int32](repeating: -1, count: index.nodeCount), column: "group")
        }
        var byID: [String: Actor] = [:]
        for actor in map.actors { byID[actor.id] = actor }
        actors = index.actorIDs.map { byID[$0]! }
        let grouping = grouping, actors = actors

        let colourColumn = options.colorColumn
            ?? (map.actors.contains { $0.value(ofColumn: "sector") != nil } ? "sector" : grouping.column)
        self.colourColumn = colourColumn
        if colourColumn == grouping.column {
            colourValues = grouping.groupOfNode.map { $0 < 0 ? nil : grouping.names[Int($0)] }
        } else {
            let values = actors.map { $0.value(ofColumn: colourColumn) }
            if options.colorColumn != nil, !values.contains(where: { $0 != nil }) {
                throw .unknownColumn(colourColumn, available: Self.columns(of: map))
            }
            colourValues = values
        }
        let shapes = actors.map { $0.value(ofColumn: options.shapeColumn) }
        if options.shapeColumn != MapOptions().shapeColumn, !shapes.contains(where: { $0 != nil }) {
            throw .unknownColumn(options.shapeColumn, available: Self.columns(of: map))
        }
        shapeValues = shapes

        if let metric = options.sizeMetric {
            let table = CentralityTable(index: index, metrics: [metric])
            sizes = table.columns[metric]!.map { $0 ?? 0 }
        } else {
            sizes = nil
        }

        var shown = [Bool](repeating: true, count: index.nodeCount)
        if let groups = filter.groups {
            for group in groups.sorted() where !grouping.names.contains(group) {
                throw .unknownGroup(group, column: grouping.column)
            }
            for node in shown.indices {
                let g = grouping.groupOfNode[node]
                shown[node] = g >= 0 && groups.contains(grouping.names[Int(g)])
            }
        }
        if let top = filter.topActors {
            guard top > 0 else { throw .invalidOption("the number of top actors must be at least 1, not \(top)") }
            let ranking = self.sizes ?? index.degrees().map(Double.init)
            let candidates = shown.indices.filter { shown[$0] }
                .sorted { (ranking[$0], index.actorIDs[$1]) > (ranking[$1], index.actorIDs[$0]) }
            shown = [Bool](repeating: false, count: index.nodeCount)
            for node in candidates.prefix(top) { shown[node] = true }
        }
        guard shown.contains(true) else { throw .nothingToDraw("no actor passes the filters") }
        self.shown = shown
    }

    /// Every column an actor has a value in, for error messages.
    static func columns(of map: StakeholderMap) -> [String] {
        var names: Set<String> = []
        for actor in map.actors {
            for column in ["department", "organisation", "sector", "kind"] where actor.value(ofColumn: column) != nil {
                names.insert(column)
            }
            names.formUnion(actor.attributes.keys)
        }
        return names.sorted() + [Grouping.louvainColumn]
    }

    /// The shown ties, merged per pair of actors (negative ties apart), in a deterministic order.
    func pairs(minimumWeight: Double?) -> [Pair] {
        var slots: [UInt64: Int] = [:], negativeSlots: [UInt64: Int] = [:]
        var pairs: [Pair] = []
        for tie in map.ties where index.options.relations?.contains(tie.relation) ?? true {
            if let minimumWeight, tie.weight < minimumWeight { continue }
            guard let s = index.node(of: tie.source), let t = index.node(of: tie.target), s != t,
                  shown[Int(s)], shown[Int(t)] else { continue }
            let (a, b) = s < t ? (s, t) : (t, s)
            let key = UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))
            let negative = tie.isNegative
            let slot: Int
            if let existing = negative ? negativeSlots[key] : slots[key] {
                slot = existing
            } else {
                slot = pairs.count
                if negative { negativeSlots[key] = slot } else { slots[key] = slot }
                pairs.append(Pair(a: a, b: b, weight: 0, isNegative: negative, count: 0))
            }
            pairs[slot].weight += tie.weight
            pairs[slot].count += 1
            pairs[slot].relations.insert(tie.relation)
            if !tie.isDirected {
                pairs[slot].undirected = true
            } else if s == a {
                pairs[slot].forward = true
            } else {
                pairs[slot].backward = true
            }
        }
        return pairs.sorted { ($0.a, $0.b, $0.isNegative ? 1 : 0) < ($1.a, $1.b, $1.isNegative ? 1 : 0) }
    }

    /// The group name of a node, if grouped.
    func group(of node: Int) -> String? {
        let g = grouping.groupOfNode[node]
        return g < 0 ? nil : grouping.names[Int(g)]
    }
}
