/// One tie of a map as a view selects it: node indices and the weight the view reads
/// (the tie's own weight when the view is weighted, otherwise 1).
struct ViewTie: Hashable, Sendable {
    var source: Int32
    var target: Int32
    var weight: Double
}

extension NetworkIndex {
    /// The ties of `map` this view selects, one entry per tie and **not merged**: the chosen
    /// relations, both ends among the view's actors, self-loops and negative ties left out
    /// (as the view leaves them out: ``droppedNegativeTies``). What the E-I index
    /// counts (by linked pair, ``linkedPairs(in:)``, or row by row) is built from these
    /// rather than from the merged adjacency. O(n + m), reading the map's tie ends (``TieEnds``).
    func viewTies(in map: StakeholderMap) -> [ViewTie] {
        let nodeOfPosition = map.actors.map { node(of: $0.id) ?? -1 }
        let ends = map.tieEndPositions
        let list = map.ties
        let selected = list.selectedRelations(options.relations)
        var ties: [ViewTie] = []
        ties.reserveCapacity(list.count)
        for index in list.indices where selected[Int(list.relations[index])] {
            let s = nodeOfPosition[Int(ends.sources[index])], t = nodeOfPosition[Int(ends.targets[index])]
            guard s >= 0, t >= 0, s != t, !(list.weights[index] < 0) else { continue }
            ties.append(ViewTie(source: s, target: t, weight: isWeighted ? list.weights[index] : 1))
        }
        return ties
    }
}
