import InclusionMap

/// An adjacency matrix: the square table of one relation that spreadsheets, UCINET and R's
/// `sna` exchange, shared by the matrix CSV and UCINET DL formats.
///
/// Cell (i, j) holds the total weight of ties from actor i to actor j; 0 is no tie. A
/// symmetric matrix reads as undirected ties, one per pair (i < j); an asymmetric one as
/// arcs. The diagonal holds self-loops.
struct AdjacencyMatrix {
    var labels: [String]
    var cells: [[Double]]

    var isSymmetric: Bool {
        for i in cells.indices {
            for j in cells.indices where j > i && cells[i][j] != cells[j][i] { return false }
        }
        return true
    }

    /// The ties the matrix holds, of `relation`.
    func ties(relation: String) -> [Tie] {
        let symmetric = isSymmetric
        var ties: [Tie] = []
        for i in cells.indices {
            for j in cells.indices where cells[i][j] != 0 && (!symmetric || j >= i) {
                ties.append(Tie(source: labels[i], target: labels[j], relation: relation, weight: cells[i][j], isDirected: !symmetric))
            }
        }
        return ties
    }

    /// The matrix of `ties` among `ids`: weights summed per cell, undirected ties in both
    /// cells. `merged` counts ties that shared a cell with another, and `mixed` whether
    /// directed and undirected ties were both present (the matrix cannot tell them apart).
    init(ids: [String], ties: [Tie]) {
        labels = ids
        let position = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        cells = Array(repeating: Array(repeating: 0, count: ids.count), count: ids.count)
        for tie in ties {
            guard let i = position[tie.source], let j = position[tie.target] else { continue }
            cells[i][j] += tie.weight
            if !tie.isDirected, i != j { cells[j][i] += tie.weight }
        }
    }

    init(labels: [String], cells: [[Double]]) {
        self.labels = labels
        self.cells = cells
    }

    /// What writing `ties` as a matrix loses: ties merged into a cell already holding one,
    /// undirected ties in an asymmetric matrix (they read back as two arcs), and directed
    /// ties in a symmetric one (they read back as undirected).
    static func losses(of ties: [Tie], into tally: inout LossTally, relation: String) {
        var seen: Set<[String]> = []
        var merged = 0
        for tie in ties {
            let key = tie.isDirected ? [tie.source, tie.target] : [tie.source, tie.target].sorted()
            if !seen.insert(key).inserted { merged += 1 }
        }
        tally.add("repeated ties of \(relation) merged into one cell with their weights summed", count: merged)
        let directed = ties.count(where: \.isDirected)
        if directed > 0, directed < ties.count {
            tally.add("undirected ties of \(relation) among directed ones: a matrix holds them as two arcs", count: ties.count - directed)
        }
        if directed > 0, AdjacencyMatrix(ids: Array(Set(ties.flatMap { [$0.source, $0.target] })).sorted(), ties: ties).isSymmetric {
            tally.add("directed ties of \(relation) that are all reciprocated: a symmetric matrix reads back as undirected", count: directed)
        }
    }

    /// A cell's text: whole numbers without a point.
    static func text(_ value: Double) -> String { Tie.text(ofWeight: value) }
}
