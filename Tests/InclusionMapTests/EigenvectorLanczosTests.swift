import Foundation
import Testing
@testable import InclusionMap

/// Eigenvector centrality on graphs whose leading eigenvector is known in closed form, chosen
/// so the Lanczos path (undirected, connected) and the power-iteration path (directed or
/// disconnected) are both exercised.
@Suite struct EigenvectorLanczosTests {
    private func index(_ edges: [(String, String)], directed: Bool = false) throws -> NetworkIndex {
        var ids: [String] = []
        var seen: Set<String> = []
        for (a, b) in edges { for id in [a, b] where seen.insert(id).inserted { ids.append(id) } }
        let ties = edges.map { Tie(source: $0.0, target: $0.1, isDirected: directed) }
        return NetworkIndex(try StakeholderMap(actors: ids.map { Actor(id: $0) }, ties: ties))
    }

    private func expectClose(_ got: [Double], _ want: [Double], _ tolerance: Double) {
        #expect(got.count == want.count)
        var worst = 0.0
        for (g, w) in zip(got, want) { worst = max(worst, abs(g - w)) }
        #expect(worst <= tolerance, "largest difference \(worst)")
    }

    @Test func longPathHasTheSineEigenvector() throws {
        // The path P_n has eigenvalues 2cos(jπ/(n+1)); the leading eigenvector is
        // x_i = √(2/(n+1)) · sin(iπ/(n+1)), i = 1…n (Σ_i sin²(iπ/(n+1)) = (n+1)/2).
        // For n = 300 power iteration on A + I shrinks the error by
        // (1 + 2cos(2π/301)) / (1 + 2cos(π/301)) ≈ 1 − 1.1·10⁻⁴ a step: it needs more than
        // 10,000 steps, so only the Lanczos path converges here.
        let n = 300
        let nodes = (1...n).map { "v\($0)" }
        let path = try index((0..<(n - 1)).map { (nodes[$0], nodes[$0 + 1]) })
        let want = (1...n).map { (2 / Double(n + 1)).squareRoot() * sin(Double($0) * Double.pi / Double(n + 1)) }
        expectClose(try #require(path.eigenvectorCentrality(tolerance: 1e-13)), want, 1e-8)
    }

    @Test func completeBipartiteGraph() throws {
        // K_{2,3}: λ = √(2·3) = √6; with a on the side of two and b on the side of three,
        // λa = 3b and λb = 2a, so a = b·√(3/2); 2a² + 3b² = 1 gives b = 1/√6, a = 1/2.
        // Bipartite: −√6 is an eigenvalue too, which Lanczos (largest, not largest in
        // magnitude) and power iteration on A + I both leave aside.
        let graph = try index([("a1", "b1"), ("a1", "b2"), ("a1", "b3"), ("a2", "b1"), ("a2", "b2"), ("a2", "b3")])
        let b = 1 / 6.0.squareRoot()
        expectClose(try #require(graph.eigenvectorCentrality()), [0.5, b, b, b, 0.5], 1e-9)
        // (nodes in order of first mention: a1, b1, b2, b3, a2)
    }

    @Test func disconnectedGraphKeepsNetworkXsLimit() throws {
        // Two disjoint edges: power iteration on A + I from the uniform vector never moves
        // (every node has one neighbour), so NetworkX returns 1/2 everywhere; any other unit
        // vector constant on each edge is an eigenvector too, which is why a disconnected
        // view takes the power-iteration path.
        let graph = try index([("a", "b"), ("c", "d")])
        expectClose(try #require(graph.eigenvectorCentrality()), [0.5, 0.5, 0.5, 0.5], 1e-12)
    }

    @Test func singleTie() throws {
        // One edge: λ = 1, x = (1/√2, 1/√2); the Krylov space is invariant after one step.
        let graph = try index([("a", "b")])
        expectClose(try #require(graph.eigenvectorCentrality()), [1 / 2.0.squareRoot(), 1 / 2.0.squareRoot()], 1e-12)
    }

    @Test func jacobiDiagonalisesATridiagonalMatrix() {
        // tridiag(1, 2, 1) of order 3: eigenvalues 2 − √2, 2, 2 + √2, with eigenvectors
        // (1, −√2, 1)/2, (1, 0, −1)/√2 and (1, √2, 1)/2 (det(T − λI) = (2 − λ)((2 − λ)² − 2)).
        let pairs = SymmetricEigenpairs(tridiagonal: [2, 2, 2], offDiagonal: [1, 1])
        let root2 = 2.0.squareRoot()
        expectClose(pairs.values.sorted(), [2 - root2, 2, 2 + root2], 1e-14)
        var top = Array(pairs.vector(pairs.largest))
        if top[0] < 0 { top = top.map { -$0 } }
        expectClose(top, [0.5, root2 / 2, 0.5], 1e-14)
        #expect(abs(pairs.values[pairs.largest] - (2 + root2)) <= 1e-14)
    }
}
