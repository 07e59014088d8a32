/// An immutable, compressed view of a ``StakeholderMap`` for one question: the ties of some
/// relations, directed or symmetrised, weighted or not, among some actors.
///
/// Nodes are dense `Int32` indices `0..<nodeCount` in the order of ``actorIDs`` (the map's
/// actor order, restricted to the selection). Adjacency is stored in compressed sparse row
/// (CSR) form, each node's neighbours sorted by index, so metrics run tight loops over flat
/// arrays, as igraph's C core does.
///
/// Building the view:
/// - **Direction.** As stored, the view is directed when any selected tie is directed; an
///   undirected tie then becomes two arcs, one each way. With ``Options/symmetrised`` every
///   tie becomes an undirected edge. An undirected view stores each edge as two arcs, so
///   ``outNeighbours(of:)`` and ``inNeighbours(of:)`` agree.
/// - **Parallel ties** between the same ordered pair (directed view) or unordered pair
///   (undirected view), from any selected relation, merge into one: weights summed in weighted
///   mode, weight 1 in unweighted mode. ``mergedTies`` counts the ties absorbed this way.
/// - **Self-loops** are dropped and counted in ``droppedSelfLoops``, as igraph's structural-hole
///   and centrality code ignore them.
/// - **Weights** are the ties' own, read as strengths (larger = stronger); path-based metrics
///   turn them into distances 1/weight (Opsahl, Agneessens & Skvoretz 2010). Ties of weight 0
///   are kept in the adjacency (they count for degree) with weight 0.
/// - **Negative ties** (weight below 0: the dislike or distrust of a signed network) are left
///   out and counted in ``droppedNegativeTies``, in weighted and unweighted views alike: every
///   measure over the view reads a tie as a channel and its weight as a strength, and a
///   negative tie is neither (shortest paths, strengths and constraint need non-negative
///   weights; igraph refuses them in betweenness, NetworkX's Dijkstra gives wrong paths). The
///   map, its files and its drawings keep them.
///
/// Complexity: O(n + m) time with two counting sorts. Memory: for each stored CSR direction
/// (out; and in, when the view is directed) 4 bytes per node of offsets and 12 bytes per arc
/// (a 4-byte neighbour index and an 8-byte weight, 1 when unweighted). An undirected tie is
/// two arcs in one direction, a directed tie one arc in each of two: either way 24 bytes per
/// tie, plus 4 or 8 bytes per node and the actor id strings.
public struct NetworkIndex: Sendable {
    /// Which ties and actors a view holds, and how it reads them.
    public struct Options: Hashable, Sendable {
        /// The relations to include; `nil` means every relation.
        public var relations: Set<String>?
        /// Whether to ignore direction (every tie becomes an undirected edge).
        public var symmetrised: Bool
        /// Whether arcs carry the ties' weights (otherwise every arc weighs 1).
        public var weighted: Bool
        /// The actors to include, by id; `nil` means every actor, isolates included. Ties with
        /// an end outside the selection are left out.
        public var actors: Set<String>?

        /// Creates options; by default every relation and actor, direction as stored, unweighted.
        public init(relations: Set<String>? = nil, symmetrised: Bool = false, weighted: Bool = false, actors: Set<String>? = nil) {
            self.relations = relations
            self.symmetrised = symmetrised
            self.weighted = weighted
            self.actors = actors
        }
    }

    /// The options the view was built with.
    public let options: Options
    /// The actor id of each node, by node index.
    public let actorIDs: [String]
    /// Whether arcs run one way (any selected tie directed and the view not symmetrised).
    public let isDirected: Bool
    /// Whether arcs carry the ties' weights.
    public var isWeighted: Bool { options.weighted }
    /// Ties from an actor to itself that the view left out.
    public let droppedSelfLoops: Int
    /// Ties absorbed into another tie between the same pair.
    public let mergedTies: Int
    /// Negative ties (weight below 0) the view left out.
    public let droppedNegativeTies: Int

    let outOffsets: [Int32]
    let outTargets: [Int32]
    let outWeights: [Double]
    let inOffsets: [Int32]
    let inSources: [Int32]
    let inWeights: [Double]
    /// Actor id → node: the map's own table (shared, not copied) when the view has every actor.
    private let positions: [String: Int]

    /// Number of nodes.
    public var nodeCount: Int { actorIDs.count }
    /// Number of arcs; an undirected edge counts as two.
    public var arcCount: Int { outTargets.count }
    /// Number of ties in the view: arcs when directed, edges (arcs / 2) when undirected.
    public var tieCount: Int { isDirected ? arcCount : arcCount / 2 }

    /// Builds the view of `map` that `options` describe.
    public init(_ map: StakeholderMap, options: Options = Options()) {
        self.options = options
        var ids: [String] = []
        var positions: [String: Int] = [:]
        // Actor position → node (−1 outside the view), so ties are read through their cached
        // ends (``TieEnds``) with no look-up by id.
        var nodeOfPosition: [Int32]
        if options.actors == nil {
            // Every actor, in map order: the map's own id table, shared, with no id hashed again.
            ids = map.actors.map(\.id)
            positions = map.actorPositions
            nodeOfPosition = (0..<Int32(map.actors.count)).map { $0 }
        } else {
            nodeOfPosition = [Int32](repeating: -1, count: map.actors.count)
            for (position, actor) in map.actors.enumerated() where options.actors!.contains(actor.id) {
                positions[actor.id] = ids.count
                nodeOfPosition[position] = Int32(ids.count)
                ids.append(actor.id)
            }
        }
        let ends = map.tieEndPositions
        let ties = map.ties
        let selected = ties.selectedRelations(options.relations)
        var selfLoops = 0, negative = 0
        var anyDirected = false
        var arcs = 0
        for index in ties.indices where selected[Int(ties.relations[index])] {
            let s = nodeOfPosition[Int(ends.sources[index])], t = nodeOfPosition[Int(ends.targets[index])]
            guard s >= 0, t >= 0 else { continue }
            if s == t { selfLoops += 1; continue }
            if ties.weights[index] < 0 { negative += 1; continue }
            arcs += 2
            if ties.directions[index] { anyDirected = true }
        }
        let directed = anyDirected && !options.symmetrised
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        sources.reserveCapacity(arcs)
        targets.reserveCapacity(arcs)
        if options.weighted { weights.reserveCapacity(arcs) }
        for index in ties.indices where selected[Int(ties.relations[index])] {
            let s = nodeOfPosition[Int(ends.sources[index])], t = nodeOfPosition[Int(ends.targets[index])]
            guard s >= 0, t >= 0, s != t, !(ties.weights[index] < 0) else { continue }
            sources.append(s); targets.append(t)
            let both = !directed || !ties.directions[index]
            if both { sources.append(t); targets.append(s) }
            if options.weighted {
                weights.append(ties.weights[index])
                if both { weights.append(ties.weights[index]) }
            }
        }
        let rawArcs = sources.count
        let out = CompressedRows(count: ids.count, from: sources, to: targets, weights: weights, weighted: options.weighted)
        self.actorIDs = ids
        self.positions = positions
        self.isDirected = directed
        self.droppedSelfLoops = selfLoops
        self.droppedNegativeTies = negative
        self.mergedTies = directed ? rawArcs - out.targets.count : (rawArcs - out.targets.count) / 2
        self.outOffsets = out.offsets
        self.outTargets = out.targets
        self.outWeights = out.weights
        if directed {
            let into = CompressedRows(count: ids.count, from: targets, to: sources, weights: weights, weighted: options.weighted)
            self.inOffsets = into.offsets
            self.inSources = into.targets
            self.inWeights = into.weights
        } else {
            self.inOffsets = out.offsets
            self.inSources = out.targets
            self.inWeights = out.weights
        }
    }

    /// Bytes the view holds: its CSR arrays (shared between directions when undirected), the
    /// node → actor id table and the id → node dictionary. Strings of up to 15 UTF-8 bytes
    /// live inside their 16-byte slot; longer ids add their bytes.
    public var memoryFootprint: Int {
        func bytes<T>(_ array: [T]) -> Int { array.capacity * MemoryLayout<T>.stride }
        var total = bytes(outOffsets) + bytes(outTargets) + bytes(outWeights)
        if isDirected { total += bytes(inOffsets) + bytes(inSources) + bytes(inWeights) }
        let longIDs = actorIDs.reduce(0) { $0 + ($1.utf8.count > 15 ? $1.utf8.count : 0) }
        total += bytes(actorIDs) + longIDs
        // A native dictionary stores keys and values in arrays sized to its capacity (a power of
        // two), plus one bit of occupancy per bucket.
        total += positions.capacity * (MemoryLayout<String>.stride + MemoryLayout<Int>.stride) + positions.capacity / 8
        return total
    }

    /// The node index of an actor, or `nil` when the actor is not in the view.
    public func node(of actorID: String) -> Int32? {
        positions[actorID].map { Int32($0) }
    }

    /// The nodes `node` has arcs to, in increasing order.
    public func outNeighbours(of node: Int32) -> ArraySlice<Int32> {
        outTargets[Int(outOffsets[Int(node)])..<Int(outOffsets[Int(node) + 1])]
    }

    /// The nodes with arcs to `node`, in increasing order.
    public func inNeighbours(of node: Int32) -> ArraySlice<Int32> {
        inSources[Int(inOffsets[Int(node)])..<Int(inOffsets[Int(node) + 1])]
    }

    /// The weights of `node`'s out-arcs, aligned with ``outNeighbours(of:)`` (all 1 when unweighted).
    public func outWeights(of node: Int32) -> ArraySlice<Double> {
        outWeights[Int(outOffsets[Int(node)])..<Int(outOffsets[Int(node) + 1])]
    }

    /// The weights of `node`'s in-arcs, aligned with ``inNeighbours(of:)`` (all 1 when unweighted).
    public func inWeights(of node: Int32) -> ArraySlice<Double> {
        inWeights[Int(inOffsets[Int(node)])..<Int(inOffsets[Int(node) + 1])]
    }

    /// The weight of the arc from `source` to `target`, or `nil` when there is none.
    /// O(log d) by binary search in the sorted row.
    public func weight(from source: Int32, to target: Int32) -> Double? {
        let lower = Int(outOffsets[Int(source)]), upper = Int(outOffsets[Int(source) + 1])
        var low = lower, high = upper
        while low < high {
            let middle = (low + high) / 2
            if outTargets[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low < upper && outTargets[low] == target ? outWeights[low] : nil
    }
}

/// One direction of a CSR adjacency: rows sorted by column, parallel entries merged.
struct CompressedRows {
    var offsets: [Int32]
    var targets: [Int32]
    var weights: [Double]

    /// Places the arcs `from[i] → to[i]` in their rows with one counting pass, sorts each row
    /// by target (ties broken by arc order, so repeated arcs are summed in the order given),
    /// then merges repeated pairs in place (summing weights when `weighted`, else keeping
    /// weight 1). O(n + m log d) for largest degree d, holding 12 bytes per arc beyond the
    /// input and one row's sort keys.
    init(count: Int, from: [Int32], to: [Int32], weights arcWeights: [Double], weighted: Bool) {
        let m = from.count
        var starts = [Int](repeating: 0, count: count + 1)
        for source in from { starts[Int(source) + 1] += 1 }
        for i in 0..<count { starts[i + 1] += starts[i] }
        var targets = [Int32](repeating: 0, count: m)
        var weights = [Double](repeating: 1, count: m)
        var next = starts
        for arc in 0..<m {
            let row = Int(from[arc])
            targets[next[row]] = to[arc]
            if weighted { weights[next[row]] = arcWeights[arc] }
            next[row] += 1
        }
        var offsets = [Int32](repeating: 0, count: count + 1)
        var keys: [UInt64] = []
        var rowWeights: [Double] = []
        var write = 0
        for row in 0..<count {
            let lower = starts[row], upper = starts[row + 1]
            // A row already strictly increasing (most rows of a sorted file) needs no sort.
            var increasing = true
            if upper - lower > 1 {
                for slot in (lower + 1)..<upper where targets[slot] <= targets[slot - 1] { increasing = false; break }
            }
            if increasing {
                for slot in lower..<upper {
                    targets[write] = targets[slot]
                    weights[write] = weights[slot]
                    write += 1
                }
            } else {
                keys.removeAll(keepingCapacity: true)
                rowWeights.removeAll(keepingCapacity: true)
                for slot in lower..<upper {
                    keys.append(UInt64(UInt32(targets[slot])) << 32 | UInt64(slot - lower))
                    rowWeights.append(weights[slot])
                }
                keys.sort()
                var previous: Int32 = -1
                for key in keys {
                    let target = Int32(truncatingIfNeeded: key >> 32)
                    let weight = rowWeights[Int(key & 0xFFFF_FFFF)]
                    if target == previous {
                        if weighted { weights[write - 1] += weight }
                        continue
                    }
                    previous = target
                    targets[write] = target
                    weights[write] = weighted ? weight : 1
                    write += 1
                }
            }
            offsets[row + 1] = Int32(write)
        }
        targets.removeLast(m - write)
        weights.removeLast(m - write)
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }
}
