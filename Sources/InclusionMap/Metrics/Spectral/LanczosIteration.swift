/// The largest eigenpair of a symmetric sparse matrix by explicitly restarted Lanczos
/// iteration with full reorthogonalisation (Lanczos 1950; Saad, *Numerical Methods for Large
/// Eigenvalue Problems*, 2nd ed., 2011, §6.3–6.4 and §7.1).
///
/// A cycle builds an orthonormal basis v₀ … v_{k−1} of the Krylov space
/// span{v₀, Av₀, …, A^{k−1}v₀} by the three-term recurrence
/// β_j v_{j+1} = A v_j − α_j v_j − β_{j−1} v_{j−1}, with α_j = v_jᵀ A v_j, and one more
/// Gram–Schmidt pass against the whole basis so rounding cannot bring back directions already
/// found (the "ghost" eigenvalues of plain Lanczos). The top eigenpair (θ, s) of the k × k
/// tridiagonal matrix T = tridiag(β, α, β) gives the Ritz vector x = Σ s_j v_j, the best
/// approximation to the leading eigenvector in that space; the next cycle starts from x.
/// Where power iteration shrinks the error by λ₂/λ₁ per product, a cycle of k products
/// shrinks it like a Chebyshev polynomial of degree k, roughly by
/// exp(−2k·√((λ₁ − λ₂)/(λ₁ − λ_n))) — on graphs with a small spectral gap, many times
/// fewer products.
///
/// The matrix is given as compressed rows (``NetworkIndex``'s in-arc arrays of an undirected
/// view); `weights == nil` means every entry is 1.
///
/// - Complexity: per cycle, k sparse products, O(k·m), and the reorthogonalisation,
///   O(k²·n); memory k·n doubles for the basis.
struct LanczosIteration {
    let offsets: [Int32]
    let columns: [Int32]
    let weights: [Double]?
    /// The number of basis vectors per cycle.
    let basisSize: Int

    var dimension: Int { offsets.count - 1 }

    /// y = A x.
    func multiply(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        offsets.withUnsafeBufferPointer { offsets in
            columns.withUnsafeBufferPointer { columns in
                if let weights {
                    weights.withUnsafeBufferPointer { weights in
                        for row in 0..<(offsets.count - 1) {
                            var sum = 0.0
                            for arc in Int(offsets[row])..<Int(offsets[row + 1]) {
                                sum += x[Int(columns[arc])] * weights[arc]
                            }
                            y[row] = sum
                        }
                    }
                } else {
                    for row in 0..<(offsets.count - 1) {
                        var sum = 0.0
                        for arc in Int(offsets[row])..<Int(offsets[row + 1]) {
                            sum += x[Int(columns[arc])]
                        }
                        y[row] = sum
                    }
                }
            }
        }
    }

    /// Runs cycles from `start` (any non-zero vector) until `accept(x, Ax)` holds for the
    /// unit-norm Ritz vector x, with its sign chosen so that its entries sum to a non-negative
    /// number, or until `maximumProducts` matrix–vector products have been spent.
    ///
    /// - Returns: the accepted Ritz vector, or `nil` when the budget ran out first.
    func largestEigenvector(
        start: [Double], maximumProducts: Int,
        accept: (_ x: UnsafeBufferPointer<Double>, _ product: UnsafeBufferPointer<Double>) -> Bool
    ) -> [Double]? {
        let n = dimension
        let k = max(1, min(basisSize, n))
        var basis = [Double](repeating: 0, count: k * n)
        var x = start
        var product = [Double](repeating: 0, count: n)
        var products = 0
        normalise(&x)
        x.withUnsafeBufferPointer { x in product.withUnsafeMutableBufferPointer { multiply(x, into: $0) } }
        products += 1
        while true {
            let accepted = x.withUnsafeBufferPointer { x in
                product.withUnsafeBufferPointer { product in accept(x, product) }
            }
            if accepted { return x }
            if products >= maximumProducts { return nil }
            var alphas: [Double] = [], betas: [Double] = []
            basis.withUnsafeMutableBufferPointer { basis in
                product.withUnsafeMutableBufferPointer { w in
                    for i in 0..<n { basis[i] = x[i] }
                    // w holds A v_0 already: the product made for the acceptance test.
                    for j in 0..<k {
                        let current = j * n, previous = (j - 1) * n
                        if j > 0 {
                            multiply(UnsafeBufferPointer(rebasing: basis[current..<(current + n)]), into: w)
                            products += 1
                        }
                        var alpha = 0.0
                        for i in 0..<n { alpha += w[i] * basis[current + i] }
                        let previousBeta = j > 0 ? betas[j - 1] : 0
                        if j > 0 {
                            for i in 0..<n { w[i] -= alpha * basis[current + i] + previousBeta * basis[previous + i] }
                        } else {
                            for i in 0..<n { w[i] -= alpha * basis[i] }
                        }
                        // Full reorthogonalisation: one classical Gram–Schmidt pass.
                        for b in 0...j {
                            let base = b * n
                            var c = 0.0
                            for i in 0..<n { c += w[i] * basis[base + i] }
                            for i in 0..<n { w[i] -= c * basis[base + i] }
                        }
                        alphas.append(alpha)
                        var squares = 0.0
                        for i in 0..<n { squares += w[i] * w[i] }
                        let beta = squares.squareRoot()
                        // The Krylov space is invariant (the Ritz pair is exact), or full.
                        if j == k - 1 || beta <= 1e-13 * (abs(alpha) + previousBeta) || products >= maximumProducts { break }
                        betas.append(beta)
                        let next = (j + 1) * n
                        for i in 0..<n { basis[next + i] = w[i] / beta }
                    }
                }
            }
            let size = alphas.count
            let tridiagonal = SymmetricEigenpairs(tridiagonal: alphas, offDiagonal: Array(betas.prefix(size - 1)))
            let s = tridiagonal.vector(tridiagonal.largest)
            basis.withUnsafeBufferPointer { basis in
                x.withUnsafeMutableBufferPointer { x in
                    for i in 0..<n { x[i] = 0 }
                    for (j, coefficient) in zip(0..<size, s) {
                        let base = j * n
                        for i in 0..<n { x[i] += coefficient * basis[base + i] }
                    }
                }
            }
            var sum = 0.0
            for value in x { sum += value }
            if sum < 0 { for i in 0..<n { x[i] = -x[i] } }
            normalise(&x)
            x.withUnsafeBufferPointer { x in product.withUnsafeMutableBufferPointer { multiply(x, into: $0) } }
            products += 1
        }
    }

    private func normalise(_ x: inout [Double]) {
        var squares = 0.0
        for value in x { squares += value * value }
        let norm = squares.squareRoot()
        guard norm > 0 else { return }
        for i in x.indices { x[i] /= norm }
    }
}
