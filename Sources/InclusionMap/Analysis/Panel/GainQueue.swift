/// The candidates of the lazy greedy panel search (``PanelSuggester``), best upper bound on
/// their gain first: a binary max-heap on (bound, then earlier in id order).
///
/// Each entry remembers the round its bound was last brought up to date and whether its
/// reach term was recomputed in that round, so the search can tell a stale bound (only an
/// upper bound, since the objective is submodular) from an exact gain.
///
/// - Complexity: O(log n) per push and pop.
struct GainQueue {
    struct Entry {
        /// An upper bound on the node's gain; exact when `exact` and `round` is current.
        var bound: Double
        var node: Int32
        /// The node's place in id order, which breaks equal bounds.
        var rank: Int32
        var round: Int
        var exact: Bool

        func comesBefore(_ other: Entry) -> Bool {
            bound != other.bound ? bound > other.bound : rank < other.rank
        }
    }

    private var entries: [Entry] = []

    var first: Entry? { entries.first }

    mutating func push(_ entry: Entry) {
        entries.append(entry)
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].comesBefore(entries[parent]) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Entry? {
        guard !entries.isEmpty else { return nil }
        let top = entries[0]
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var best = parent
                if left < entries.count, entries[left].comesBefore(entries[best]) { best = left }
                if right < entries.count, entries[right].comesBefore(entries[best]) { best = right }
                guard best != parent else { break }
                entries.swapAt(parent, best)
                parent = best
            }
        }
        return top
    }
}
