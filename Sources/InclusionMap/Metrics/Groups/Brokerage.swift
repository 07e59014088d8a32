/// Gould and Fernandez's brokerage roles, computed exactly as R's `sna::brokerage`.
///
/// For every ordered two-path a → b → c with a ≠ c and **no arc a → c**, the middle actor b
/// brokers, in one of five roles by the groups of the three:
///
/// | role | sna | groups |
/// |---|---|---|
/// | coordinator | `w_I` | a, b, c all in one group |
/// | itinerant (consultant) | `w_O` | a and c share a group, b is outside it |
/// | representative | `b_IO` | a and b share a group, c is outside it |
/// | gatekeeper | `b_OI` | b and c share a group, a is outside it |
/// | liaison | `b_O` | all three in different groups |
///
/// and `t` is their total. Arcs are the view's: an undirected tie is two arcs, as sna reads a
/// symmetric matrix, so on undirected data every two-path is counted in both directions —
/// each brokerage opportunity counts twice, and representative and gatekeeper counts are equal
/// in total (each a → b → c representative path is a c → b → a gatekeeper path).
///
/// Expected values and standard deviations under a random graph of the same density
/// d = arcs / (N(N − 1)) with the observed group sizes (Gould & Fernandez 1989), for a broker in
/// a group of size n_i, with q = d²(1 − d) and r = d³(1 − d)³, n_j the other groups' sizes:
///
///     E[w_I]  = q (n_i − 1)(n_i − 2)
///     V[w_I]  = E[w_I](1 − q) + 2 (n_i − 1)(n_i − 2)(n_i − 3) r
///     E[w_O]  = q Σ_j n_j (n_j − 1)
///     V[w_O]  = E[w_O](1 − q) + 2 Σ_j n_j (n_j − 1)(n_j − 2) r
///     E[b_IO] = E[b_OI] = q (N − n_i)(n_i − 1)
///     V[b_IO] = V[b_OI] = E[b_IO](1 − q) + 2 ((n_i − 1) C(N − n_i, 2) + (N − n_i) C(n_i − 1, 2)) r
///     E[b_O]  = q (Σ_{j≠k} n_j n_k)
///     V[b_O]  = E[b_O](1 − q) + 4 Σ_j n_j C(N − n_j − n_i, 2) r
///     E[t]    = q (N − 1)(N − 2)
///     V[t]    = E[t](1 − q) + 2 (N − 1)(N − 2)(N − 3) r
///
/// and z = (observed − E) / √V; z is `nil` where V = 0 (for instance in an empty or complete
/// network). These are sna's formulas, including its approximations.
///
/// Ungrouped actors are left out as if removed: N, d and the two-paths count grouped actors
/// only.
///
/// References: Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal
/// approach to brokerage in transaction networks. *Sociological Methodology* 19, 89–126.
/// Butts, C. T. (2008). social network analysis with sna. *Journal of Statistical Software*
/// 24(6).
public struct Brokerage: Sendable {
    /// The five roles and their total, in sna's column order.
    public enum Role: String, CaseIterable, Hashable, Sendable {
        /// `w_I`: broker, source and target all in one group.
        case coordinator
        /// `w_O`: source and target share a group; the broker is outside it.
        case itinerant
        /// `b_IO`: source and broker share a group; the target is outside it.
        case representative
        /// `b_OI`: broker and target share a group; the source is outside it.
        case gatekeeper
        /// `b_O`: all three in different groups.
        case liaison
        /// `t`: all five roles together.
        case total
    }

    /// One actor's counts, expected counts, standard deviations and z-scores, by ``Role``.
    public struct Scores: Hashable, Sendable {
        /// Observed counts, indexed like `Role.allCases`.
        public var counts: [Int]
        /// Expected counts under the random-graph model.
        public var expected: [Double]
        /// Standard deviations under the random-graph model.
        public var standardDeviations: [Double]
        /// (count − expected) / standard deviation, `nil` where the deviation is 0.
        public var zScores: [Double?]

        /// The observed count of one role.
        public func count(_ role: Role) -> Int { counts[Role.allCases.firstIndex(of: role)!] }
        /// The expected count of one role.
        public func expected(_ role: Role) -> Double { expected[Role.allCases.firstIndex(of: role)!] }
        /// The standard deviation of one role's count.
        public func standardDeviation(_ role: Role) -> Double { standardDeviations[Role.allCases.firstIndex(of: role)!] }
        /// The z-score of one role.
        public func zScore(_ role: Role) -> Double? { zScores[Role.allCases.firstIndex(of: role)!] }
    }

    /// Each node's scores; `nil` for an ungrouped node.
    public let actors: [Scores?]
    /// The density of arcs among grouped actors, d.
    public let density: Double

    /// Counts the roles of every actor. O(Σ_b Σ_{a → b} (out(a) + out(b))).
    public init(index: NetworkIndex, grouping: Grouping) {
        let n = index.nodeCount
        let group = grouping.groupOfNode
        var counts = [[Int]](repeating: [Int](repeating: 0, count: 6), count: n)
        var mark = [Int32](repeating: -1, count: n)
        var arcs = 0
        for b in 0..<Int32(n) where group[Int(b)] >= 0 {
            let gb = group[Int(b)]
            arcs += index.outNeighbours(of: b).reduce(0) { $0 + (group[Int($1)] >= 0 ? 1 : 0) }
            for a in index.inNeighbours(of: b) where group[Int(a)] >= 0 {
                let ga = group[Int(a)]
                for c in index.outNeighbours(of: a) { mark[Int(c)] = a }
                for c in index.outNeighbours(of: b) where c != a && group[Int(c)] >= 0 && mark[Int(c)] != a {
                    let gc = group[Int(c)]
                    let role: Int
                    if ga == gb && gb == gc { role = 0 }
                    else if ga == gc { role = 1 }
                    else if ga == gb { role = 2 }
                    else if gb == gc { role = 3 }
                    else { role = 4 }
                    counts[Int(b)][role] += 1
                    counts[Int(b)][5] += 1
                }
            }
        }
        let sizes = grouping.sizes.map(Double.init)
        let total = sizes.reduce(0, +)
        let d = total > 1 ? Double(arcs) / (total * (total - 1)) : 0
        let q = d * d * (1 - d), r = d * d * d * (1 - d) * (1 - d) * (1 - d)
        func choose2(_ x: Double) -> Double { x * (x - 1) / 2 }
        // Moments by the broker's group.
        let moments: [(expected: [Double], variance: [Double])] = sizes.indices.map { i in
            let ni = sizes[i], bigN = total
            let others = sizes.indices.filter { $0 != i }.map { sizes[$0] }
            let sumOthers = others.reduce(0, +)
            var e = [Double](repeating: 0, count: 6), v = e
            e[0] = q * (ni - 1) * (ni - 2)
            v[0] = e[0] * (1 - q) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * r
            e[1] = q * others.reduce(0) { $0 + $1 * ($1 - 1) }
            v[1] = e[1] * (1 - q) + 2 * others.reduce(0) { $0 + $1 * ($1 - 1) * ($1 - 2) } * r
            e[2] = q * (bigN - ni) * (ni - 1)
            v[2] = e[2] * (1 - q) + 2 * ((ni - 1) * choose2(bigN - ni) + (bigN - ni) * choose2(ni - 1)) * r
            e[3] = e[2]
            v[3] = v[2]
            e[4] = q * (sumOthers * sumOthers - others.reduce(0) { $0 + $1 * $1 })
            v[4] = e[4] * (1 - q) + 4 * others.reduce(0) { $0 + $1 * choose2(bigN - $1 - ni) * r }
            e[5] = q * (bigN - 1) * (bigN - 2)
            v[5] = e[5] * (1 - q) + 2 * (bigN - 1) * (bigN - 2) * (bigN - 3) * r
            return (e, v)
        }
        density = d
        actors = (0..<n).map { node in
            let g = Int(group[node])
            guard g >= 0 else { return nil }
            let (expected, variance) = moments[g]
            let deviations = variance.map { $0.squareRoot() }
            let z: [Double?] = (0..<6).map { role in
                deviations[role] > 0 ? (Double(counts[node][role]) - expected[role]) / deviations[role] : nil
            }
            return Scores(counts: counts[node], expected: expected, standardDeviations: deviations, zScores: z)
        }
    }
}
