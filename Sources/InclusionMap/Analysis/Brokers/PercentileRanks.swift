/// Mid-rank percentiles: each value's place among all values, from 0 (lowest) to 1 (highest),
/// so that measures in different units (a betweenness fraction, a z-score, a coefficient)
/// can be averaged without any one of them dominating.
///
///     r(x_i) = (#{j : x_j < x_i} + (#{j : x_j = x_i} − 1) / 2) / (N − 1)
///
/// Equal values share the mean of their ranks (values within 1e-12 of each other, relative
/// to their size, count as equal, so rounding noise does not split a tie). Missing values
/// (`nil`) rank below every present value and share the lowest ranks. A single value gets 1.
///
/// - Complexity: O(N log N).
package enum PercentileRanks {
    package static func of(_ values: [Double?]) -> [Double] {
        let count = values.count
        guard count > 1 else { return [Double](repeating: 1, count: count) }
        let order = values.indices.sorted { (values[$0] ?? -.infinity) < (values[$1] ?? -.infinity) }
        var ranks = [Double](repeating: 0, count: count)
        var start = 0
        while start < count {
            var end = start + 1
            while end < count, same(values[order[start]], values[order[end]]) { end += 1 }
            // Positions start..<end share the mean position (start + end − 1) / 2.
            let rank = Double(start + end - 1) / 2 / Double(count - 1)
            for position in start..<end { ranks[order[position]] = rank }
            start = end
        }
        return ranks
    }

    private static func same(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-12 * max(1, abs(a), abs(b))
    }
}
