import Foundation

/// How far two groupings of the same actors agree — for instance detected communities and the
/// org chart: "does the informal structure follow the departments?"
///
/// Both are computed over the actors grouped in both, from the contingency table n_ij (actors in
/// group i of the first and j of the second), with row sums a_i, column sums b_j and N actors:
///
/// - **Normalised mutual information** with the arithmetic-mean normalisation (scikit-learn's
///   default): NMI = I(U; V) / ((H(U) + H(V)) / 2), where
///   I = Σ_ij (n_ij/N) ln(N n_ij / (a_i b_j)) and H(U) = −Σ_i (a_i/N) ln(a_i/N). 1 for identical
///   partitions, 0 for independent ones; 1 when both put everyone in one group.
/// - **Adjusted Rand index** (Hubert & Arabie 1985):
///   ARI = (Σ C(n_ij, 2) − E) / ((Σ C(a_i, 2) + Σ C(b_j, 2)) / 2 − E),
///   E = Σ C(a_i, 2) Σ C(b_j, 2) / C(N, 2). 1 for identical partitions, about 0 for chance,
///   negative below chance; 1 when the denominator is 0 (both trivial), as scikit-learn.
///
/// References: Danon, L., Díaz-Guilera, A., Duch, J. & Arenas, A. (2005). Comparing community
/// structure identification. *J. Stat. Mech.* P09008. Hubert, L. & Arabie, P. (1985).
/// Comparing partitions. *Journal of Classification* 2, 193–218.
public struct PartitionAgreement: Hashable, Sendable {
    /// Normalised mutual information; `nil` when no actor is grouped in both.
    public let normalizedMutualInformation: Double?
    /// Adjusted Rand index; `nil` when fewer than two actors are grouped in both.
    public let adjustedRandIndex: Double?

    /// Compares two groupings of the same view's nodes.
    ///
    /// - Precondition: both group the same number of nodes.
    public init(_ first: Grouping, _ second: Grouping) {
        precondition(first.groupOfNode.count == second.groupOfNode.count, "groupings of different views")
        var table: [Int: [Int: Double]] = [:]
        var rows = [Int: Double](), columns = [Int: Double]()
        var n = 0.0
        for (a, b) in zip(first.groupOfNode, second.groupOfNode) where a >= 0 && b >= 0 {
            table[Int(a), default: [:]][Int(b), default: 0] += 1
            rows[Int(a), default: 0] += 1
            columns[Int(b), default: 0] += 1
            n += 1
        }
        guard n > 0 else {
            normalizedMutualInformation = nil
            adjustedRandIndex = nil
            return
        }
        var mutual = 0.0
        // Sorted keys, so the sums run in the same order every time.
        for i in table.keys.sorted() {
            let row = table[i]!
            for j in row.keys.sorted() {
                let count = row[j]!
                mutual += count / n * Foundation.log(n * count / (rows[i]! * columns[j]!))
            }
        }
        func entropy(_ sums: [Int: Double]) -> Double {
            sums.keys.sorted().reduce(0) { $0 - sums[$1]! / n * Foundation.log(sums[$1]! / n) }
        }
        let hu = entropy(rows), hv = entropy(columns)
        if rows.count == 1 && columns.count == 1 {
            normalizedMutualInformation = 1
        } else {
            let mean = (hu + hv) / 2
            normalizedMutualInformation = mean > 0 ? max(0, mutual) / mean : 0
        }
        guard n > 1 else {
            adjustedRandIndex = nil
            return
        }
        func pairs(_ x: Double) -> Double { x * (x - 1) / 2 }
        // Pair counts are whole numbers, exact in any order.
        let index = table.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + pairs($1) } }
        let rowPairs = rows.values.reduce(0) { $0 + pairs($1) }
        let columnPairs = columns.values.reduce(0) { $0 + pairs($1) }
        let expected = rowPairs * columnPairs / pairs(n)
        let maximum = (rowPairs + columnPairs) / 2
        adjustedRandIndex = maximum - expected == 0 ? 1 : (index - expected) / (maximum - expected)
    }
}
