/// The eigenvalues and eigenvectors of a small dense symmetric matrix, by the cyclic Jacobi
/// method (Golub & Van Loan, *Matrix Computations*, 4th ed., §8.5).
///
/// Each sweep visits every pair (p, q) above the diagonal and applies the plane rotation
/// that zeroes entry (p, q); the off-diagonal mass falls quadratically once it is small, and
/// the sweeps stop when every off-diagonal entry is negligible next to its two diagonal
/// entries. Used for the Lanczos tridiagonal matrices of ``LanczosIteration`` (at most a few
/// dozen rows), where robustness matters more than the O(k³) cost per sweep.
struct SymmetricEigenpairs {
    /// The eigenvalues, in the order of ``vectors``.
    private(set) var values: [Double]
    /// Column-major eigenvectors: `vectors[j * size + i]` is component i of vector j.
    private(set) var vectors: [Double]
    let size: Int

    /// Diagonalises the symmetric tridiagonal matrix with `diagonal` (k entries) and
    /// `offDiagonal` (k − 1 entries, entry i joining rows i and i + 1).
    init(tridiagonal diagonal: [Double], offDiagonal: [Double]) {
        let k = diagonal.count
        var matrix = [Double](repeating: 0, count: k * k)
        for i in 0..<k { matrix[i * k + i] = diagonal[i] }
        for i in 0..<max(0, k - 1) {
            matrix[i * k + i + 1] = offDiagonal[i]
            matrix[(i + 1) * k + i] = offDiagonal[i]
        }
        self.init(symmetric: matrix, size: k)
    }

    /// Diagonalises the symmetric `size` × `size` matrix stored row by row in `matrix`.
    init(symmetric matrix: [Double], size k: Int) {
        var a = matrix
        var v = [Double](repeating: 0, count: k * k)
        for i in 0..<k { v[i * k + i] = 1 }
        for _ in 0..<64 {
            var rotated = false
            for p in 0..<k {
                for q in (p + 1)..<k {
                    let apq = a[p * k + q]
                    let app = a[p * k + p], aqq = a[q * k + q]
                    // Negligible next to both diagonal entries (the classic threshold test).
                    if abs(apq) <= Double.ulpOfOne * 0.5 * (abs(app) + abs(aqq)) || apq == 0 {
                        a[p * k + q] = 0; a[q * k + p] = 0
                        continue
                    }
                    rotated = true
                    // tan θ as the smaller root of t² + 2τt − 1 = 0, τ = (a_qq − a_pp) / 2a_pq.
                    let tau = (aqq - app) / (2 * apq)
                    let t = (tau >= 0 ? 1 : -1) / (abs(tau) + (1 + tau * tau).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = t * c
                    for r in 0..<k {
                        let arp = a[r * k + p], arq = a[r * k + q]
                        a[r * k + p] = c * arp - s * arq
                        a[r * k + q] = s * arp + c * arq
                    }
                    for r in 0..<k {
                        let apr = a[p * k + r], aqr = a[q * k + r]
                        a[p * k + r] = c * apr - s * aqr
                        a[q * k + r] = s * apr + c * aqr
                    }
                    for r in 0..<k {
                        let vrp = v[p * k + r], vrq = v[q * k + r]
                        v[p * k + r] = c * vrp - s * vrq
                        v[q * k + r] = s * vrp + c * vrq
                    }
                }
            }
            if !rotated { break }
        }
        self.size = k
        self.values = (0..<k).map { a[$0 * k + $0] }
        self.vectors = v
    }

    /// The index of the largest eigenvalue.
    var largest: Int {
        values.indices.max { values[$0] < values[$1] } ?? 0
    }

    /// Eigenvector `j`, of unit Euclidean norm.
    func vector(_ j: Int) -> ArraySlice<Double> {
        vectors[(j * size)..<((j + 1) * size)]
    }
}
