extension NetworkIndex {
    /// The weak component of every node: nodes joined by a path when direction is ignored.
    ///
    /// Components are numbered 0, 1, … in order of their first node, so the labels are
    /// deterministic. An isolate is a component of its own (as in
    /// `networkx.weakly_connected_components`).
    ///
    /// - Complexity: O(n + m α(n)) with union–find.
    public func weakComponents() -> [Int] {
        var sets = DisjointSets(count: nodeCount)
        for u in 0..<nodeCount {
            for arc in Int(outOffsets[u])..<Int(outOffsets[u + 1]) { sets.merge(u, Int(outTargets[arc])) }
        }
        var label: [Int: Int] = [:]
        return (0..<nodeCount).map { node in
            let root = sets.representative(of: node)
            if let existing = label[root] { return existing }
            label[root] = label.count
            return label.count - 1
        }
    }

    /// The strong component of every node: nodes that reach each other along arcs (on an
    /// undirected view, the weak components).
    ///
    /// Numbered 0, 1, … in order of their first node. Tarjan's algorithm (1972), iterative so
    /// that long paths cannot overflow the stack.
    ///
    /// - Complexity: O(n + m).
    public func strongComponents() -> [Int] {
        guard isDirected else { return weakComponents() }
        let n = nodeCount
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = []
        var component = [Int](repeating: -1, count: n)
        var counter = 0
        var found = 0
        // Call stack of (node, next arc to look at).
        var calls: [(node: Int, arc: Int)] = []
        for root in 0..<n where index[root] < 0 {
            calls.append((root, Int(outOffsets[root])))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let (v, arc) = calls.last {
                if arc < Int(outOffsets[v + 1]) {
                    calls[calls.count - 1].arc += 1
                    let w = Int(outTargets[arc])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        calls.append((w, Int(outOffsets[w])))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                calls.removeLast()
                if let parent = calls.last { low[parent.node] = min(low[parent.node], low[v]) }
                if low[v] == index[v] {
                    while true {
                        let w = stack.removeLast()
                        onStack[w] = false
                        component[w] = found
                        if w == v { break }
                    }
                    found += 1
                }
            }
        }
        // Renumber by first node, for labels that read in node order.
        var renumber: [Int: Int] = [:]
        return component.map { label in
            if let existing = renumber[label] { return existing }
            renumber[label] = renumber.count
            return renumber.count - 1
        }
    }
}
