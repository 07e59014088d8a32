/// The ties and actors whose loss would split the network: bridges (cut edges) and
/// articulation points (cut vertices) of the symmetrised view, each with the groups on
/// either side — the single links that hold silos together.
///
/// A bridge is a tie whose removal leaves more weak components; an articulation point an actor
/// whose removal does. Found in one depth-first search with Hopcroft and Tarjan's low-points,
/// iterative so deep networks cannot overflow the stack; the same sets as NetworkX's
/// `bridges` and `articulation_points` on the undirected graph. O(n + m) for the search, plus
/// O(component size) per cut to list the groups on each side.
///
/// Reference: Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph
/// manipulation. *Communications of the ACM* 16(6), 372–378.
public struct CutPoints: Sendable {
    /// The actors on one side of a cut.
    public struct Side: Hashable, Sendable {
        /// How many actors.
        public var size: Int
        /// The names of the groups they belong to, in group order (ungrouped actors add none).
        public var groups: [String]

        /// A side of `size` actors in `groups`.
        public init(size: Int, groups: [String]) {
            self.size = size
            self.groups = groups
        }
    }

    /// A tie whose removal splits its component in two.
    public struct Bridge: Hashable, Sendable {
        /// The tie's ends, as nodes (the lower-numbered first).
        public var ends: (Int32, Int32)
        /// The side of each end once the tie is gone, in the order of `ends`.
        public var sides: [Side]

        /// Bridges are equal when their ends and sides are.
        public static func == (a: Bridge, b: Bridge) -> Bool { a.ends == b.ends && a.sides == b.sides }
        /// Hashes the ends and sides.
        public func hash(into hasher: inout Hasher) { hasher.combine(ends.0); hasher.combine(ends.1); hasher.combine(sides) }
    }

    /// An actor whose removal splits its component.
    public struct ArticulationPoint: Hashable, Sendable {
        /// The actor, as a node.
        public var node: Int32
        /// The parts its component falls into without it (two or more).
        public var parts: [Side]
    }

    /// The bridges, ordered by their ends.
    public let bridges: [Bridge]
    /// The articulation points, in node order.
    public let articulationPoints: [ArticulationPoint]

    /// Finds the bridges and articulation points of `index` read without direction.
    public init(index: NetworkIndex, grouping: Grouping? = nil) {
        let n = index.nodeCount
        let adjacency = MutualAdjacency(index)
        var discovery = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var finish = [Int](repeating: 0, count: n)
        var parent = [Int](repeating: -1, count: n)
        var nodeAt = [Int](repeating: 0, count: n)
        var time = 0
        var bridgeChildren: [(parent: Int, child: Int, root: Int)] = []
        var cutChildren: [Int: [Int]] = [:]   // articulation point → its separated DFS children
        var cutRoots: [Int: Int] = [:]
        var stack: [(node: Int, arc: Int)] = []
        for root in 0..<n where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; nodeAt[time] = root; time += 1
            stack.append((root, adjacency.offsets[root]))
            var rootChildren: [Int] = []
            while let (v, arc) = stack.last {
                if arc < adjacency.offsets[v + 1] {
                    stack[stack.count - 1].arc += 1
                    let w = Int(adjacency.neighbours[arc])
                    if discovery[w] < 0 {
                        parent[w] = v
                        discovery[w] = time; low[w] = time; nodeAt[time] = w; time += 1
                        stack.append((w, adjacency.offsets[w]))
                    } else if w != parent[v] {
                        low[v] = min(low[v], discovery[w])
                    }
                    continue
                }
                stack.removeLast()
                finish[v] = time
                let p = parent[v]
                guard p >= 0 else { continue }
                low[p] = min(low[p], low[v])
                if low[v] > discovery[p] { bridgeChildren.append((p, v, root)) }
                if p == root {
                    rootChildren.append(v)
                } else if low[v] >= discovery[p] {
                    cutChildren[p, default: []].append(v)
                    cutRoots[p] = root
                }
            }
            if rootChildren.count > 1 {
                cutChildren[root] = rootChildren
                cutRoots[root] = root
            }
        }
        let group = grouping?.groupOfNode
        let names = grouping?.names ?? []
        /// The side made of the nodes discovered in `range`, less `excluded`.
        func side(_ ranges: [Range<Int>], excluding excluded: Int? = nil) -> Side {
            var size = 0
            var present = Set<Int32>()
            for range in ranges {
                for position in range where nodeAt[position] != excluded {
                    size += 1
                    if let group, group[nodeAt[position]] >= 0 { present.insert(group[nodeAt[position]]) }
                }
            }
            return Side(size: size, groups: present.sorted().map { names[Int($0)] })
        }
        func rest(of component: Range<Int>, without parts: [Range<Int>]) -> [Range<Int>] {
            var ranges: [Range<Int>] = []
            var start = component.lowerBound
            for part in parts.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                if start < part.lowerBound { ranges.append(start..<part.lowerBound) }
                start = part.upperBound
            }
            if start < component.upperBound { ranges.append(start..<component.upperBound) }
            return ranges
        }
        bridges = bridgeChildren.map { link in
            let component = discovery[link.root]..<finish[link.root]
            let childSide = discovery[link.child]..<finish[link.child]
            let childPart = side([childSide])
            let parentPart = side(rest(of: component, without: [childSide]))
            let (a, b) = (Int32(link.parent), Int32(link.child))
            return a < b ? Bridge(ends: (a, b), sides: [parentPart, childPart]) : Bridge(ends: (b, a), sides: [childPart, parentPart])
        }.sorted { ($0.ends.0, $0.ends.1) < ($1.ends.0, $1.ends.1) }
        articulationPoints = cutChildren.keys.sorted().map { v in
            let children = cutChildren[v]!.map { discovery[$0]..<finish[$0] }
            var parts = children.map { side([$0]) }
            let root = cutRoots[v]!
            if root != v {
                let remaining = rest(of: discovery[root]..<finish[root], without: children)
                parts.insert(side(remaining, excluding: v), at: 0)
            }
            return ArticulationPoint(node: Int32(v), parts: parts)
        }
    }
}
