extension NetworkIndex {
    /// The weak component of every node: nodes joined by a path when direction is ignored.
    ///
    /// Components are numbered 0, 1, … in order of their first node, so the labels are
    /// deterministic. An isolate is a component of its own (as in
    /// `networkx.weakly_connected_components`).
    ///
    /// - Complexity: O(n + m): breadth-first search over arcs in both directions.
    public func weakComponents() -> [Int] {
        let n = nodeCount
        var label = [Int](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var components = 0
        outOffsets.withUnsafeBufferPointer { outOffsets in
            outTargets.withUnsafeBufferPointer { outTargets in
                inOffsets.withUnsafeBufferPointer { inOffsets in
                    inSources.withUnsafeBufferPointer { inSources in
                        label.withUnsafeMutableBufferPointer { label in
                            queue.withUnsafeMutableBufferPointer { queue in
                                for root in 0..<n where label[root] < 0 {
                                    label[root] = components
                                    queue[0] = Int32(root)
                                    var head = 0, tail = 1
                                    while head < tail {
                                        let v = Int(queue[head])
                                        head += 1
                                        for arc in Int(outOffsets[v])..<Int(outOffsets[v + 1]) {
                                            let w = Int(outTargets[arc])
                                            if label[w] < 0 { label[w] = components; queue[tail] = Int32(w); tail += 1 }
                                        }
                                        guard isDirected else { continue }
                                        for arc in Int(inOffsets[v])..<Int(inOffsets[v + 1]) {
                                            let w = Int(inSources[arc])
                                            if label[w] < 0 { label[w] = components; queue[tail] = Int32(w); tail += 1 }
                                        }
                                    }
                                    components += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        return label
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
        var renumber = [Int](repeating: -1, count: found)
        var next = 0
        return component.map { label in
            if renumber[label] < 0 { renumber[label] = next; next += 1 }
            return renumber[label]
        }
    }
}
