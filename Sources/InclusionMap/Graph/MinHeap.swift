/// A binary min-heap of (distance, node) pairs for Dijkstra's algorithm, with lazy deletion:
/// a node may be pushed again with a shorter distance and its stale entries skipped on pop.
/// Storage is reused between searches (``removeAll()`` keeps capacity).
struct MinHeap {
    private var keys: [Double] = []
    private var nodes: [Int32] = []

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    /// O(log size).
    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key)
        nodes.append(node)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard keys[child] < keys[parent] else { break }
            keys.swapAt(child, parent)
            nodes.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the entry with the smallest key. O(log size).
    mutating func pop() -> (key: Double, node: Int32) {
        let top = (keys[0], nodes[0])
        let lastKey = keys.removeLast(), lastNode = nodes.removeLast()
        if !keys.isEmpty {
            keys[0] = lastKey
            nodes[0] = lastNode
            var parent = 0
            let count = keys.count
            while true {
                let left = 2 * parent + 1
                guard left < count else { break }
                let right = left + 1
                let child = right < count && keys[right] < keys[left] ? right : left
                guard keys[child] < keys[parent] else { break }
                keys.swapAt(child, parent)
                nodes.swapAt(child, parent)
                parent = child
            }
        }
        return top
    }
}
