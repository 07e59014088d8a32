import InclusionMap

/// Arcs read one at a time — a VNA tie row's cells, an adjacency list's entries — made into ties
/// the way InclusionMap reads a symmetric matrix (`AdjacencyMatrix`): a relation whose arcs all
/// run both ways with the same weight is undirected, one tie per pair at its first arc;
/// otherwise each arc is a directed tie. Self-loops are kept as they are and do not decide.
enum ReciprocatedArcs {
    /// One arc and the line it was read on.
    struct Arc {
        var source: String
        var target: String
        var relation: String
        var weight: Double
        var line: Int?
    }

    /// Whether every arc (self-loops aside) has its reverse with the same weight, and no pair
    /// is listed twice. O(k) for k arcs.
    static func isSymmetric(_ arcs: some Sequence<Arc>) -> Bool {
        var weights: [[String]: Double] = [:]
        for arc in arcs where arc.source != arc.target {
            guard weights.updateValue(arc.weight, forKey: [arc.source, arc.target]) == nil else { return false }
        }
        return weights.allSatisfy { weights[[$0.key[1], $0.key[0]]] == $0.value }
    }

    /// The ties of `arcs`, in their order, each relation undirected when its arcs are symmetric.
    static func ties(_ arcs: [Arc]) -> [(tie: Tie, line: Int?)] {
        var byRelation: [String: [Arc]] = [:]
        for arc in arcs { byRelation[arc.relation, default: []].append(arc) }
        let symmetric = Set(byRelation.filter { isSymmetric($0.value) }.keys)
        var pairs: Set<[String]> = []
        var ties: [(tie: Tie, line: Int?)] = []
        for arc in arcs {
            let undirected = symmetric.contains(arc.relation)
            if undirected, !pairs.insert([arc.relation] + [arc.source, arc.target].sorted()).inserted { continue }
            ties.append((Tie(source: arc.source, target: arc.target, relation: arc.relation, weight: arc.weight, isDirected: !undirected), arc.line))
        }
        return ties
    }
}
