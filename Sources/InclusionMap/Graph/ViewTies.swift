/// One tie of a map as a view selects it: node indices and the weight the view reads
/// (the tie's own weight when the view is weighted, otherwise 1).
struct ViewTie: Hashable, Sendable {
    var source: Int32
    var target: Int32
    var weight: Double
}

extension NetworkIndex {
    /// The ties of `map` this view selects, one entry per tie and **not merged**: the chosen
    /// relations, both ends among the view's actors, self-loops left out. Metrics that count
    /// ties rather than arcs (the E-I index counts an arc once and an undirected tie once)
    /// read these instead of the adjacency. O(m) with one dictionary look-up per tie end.
    func viewTies(in map: StakeholderMap) -> [ViewTie] {
        var ties: [ViewTie] = []
        ties.reserveCapacity(map.ties.count)
        for tie in map.ties where options.relations?.contains(tie.relation) ?? true {
            guard let s = node(of: tie.source), let t = node(of: tie.target), s != t else { continue }
            ties.append(ViewTie(source: s, target: t, weight: isWeighted ? tie.weight : 1))
        }
        return ties
    }
}
