/// How weighted path lengths are compared: two sums that are equal in exact arithmetic tie,
/// whatever the order floating-point addition took them in.
///
/// Lengths are 1/weight, so 1/3 + 1/6 and 1/2 are the same length, but their floating-point
/// sums differ in the last bit; compared with `==`, one of the two shortest paths would be
/// lost. Two lengths tie when they differ by at most ``relativeTolerance`` of the larger,
/// the rule igraph uses for its shortest-path counts (`igraph_cmp_epsilon` with
/// `IGRAPH_SHORTEST_PATH_EPSILON` = 10⁻¹⁰). NetworkX compares with `==` and so undercounts
/// such ties; the oracle tests use exact rational arithmetic instead.
enum PathLength {
    /// The relative difference below which two lengths are one length.
    static let relativeTolerance = 1e-10

    /// Whether `a` and `b` are the same length (both finite).
    @inline(__always)
    static func ties(_ a: Double, _ b: Double) -> Bool {
        a.isFinite && b.isFinite && abs(a - b) <= relativeTolerance * max(abs(a), abs(b))
    }

    /// Whether `a` is shorter than `b` by more than the tolerance (`b` may be infinite).
    @inline(__always)
    static func isShorter(_ a: Double, than b: Double) -> Bool {
        a < b && !ties(a, b)
    }
}
