/// The Gini coefficient of non-negative amounts: 0 when everyone has the same, approaching 1
/// when one holds everything.
///
///     G = Σ_i Σ_j |x_i − x_j| / (2 n² x̄)
///
/// computed from the sorted amounts as G = 2 Σ_i i·x_(i) / (n Σ x) − (n + 1)/n (i = 1…n,
/// ascending), the same value. This is the population form (no n/(n − 1) correction), as in
/// most inequality reporting.
///
/// Reference: C. Gini, *Variabilità e mutabilità* (1912); the sorted form is in e.g.
/// A. Sen, *On Economic Inequality* (1973).
///
/// - Returns: `nil` when there are no amounts or they sum to zero.
/// - Complexity: O(n log n).
enum GiniCoefficient {
    static func of(_ amounts: [Double]) -> Double? {
        let total = amounts.reduce(0, +)
        guard !amounts.isEmpty, total > 0 else { return nil }
        let n = Double(amounts.count)
        let weighted = amounts.sorted().enumerated().reduce(0) { $0 + Double($1.offset + 1) * $1.element }
        return 2 * weighted / (n * total) - (n + 1) / n
    }
}
