/// The node-level centrality measures a ``CentralityTable`` can hold, named as the columns
/// of the `metrics` command's CSV output.
public enum CentralityMetric: String, CaseIterable, Sendable, Hashable {
    /// Distinct neighbours, in or out: ``NetworkIndex/degrees()``.
    case degree
    /// Arcs in: ``NetworkIndex/inDegrees()``.
    case inDegree = "in_degree"
    /// Arcs out: ``NetworkIndex/outDegrees()``.
    case outDegree = "out_degree"
    /// Total tie weight: ``NetworkIndex/strengths()``.
    case strength
    /// ``NetworkIndex/betweenness(threads:)``, or sampled when the table is built with a sample.
    case betweenness
    /// ``NetworkIndex/closeness(threads:)``.
    case closeness
    /// ``NetworkIndex/harmonicCentrality(threads:)``.
    case harmonic
    /// ``NetworkIndex/eigenvectorCentrality(tolerance:maximumIterations:)``.
    case eigenvector
    /// ``NetworkIndex/pageRank(damping:tolerance:maximumIterations:)``.
    case pagerank
    /// ``NetworkIndex/clustering()``.
    case clustering
    /// ``NetworkIndex/coreNumbers()``.
    case core

    /// Whether values are whole numbers (printed without a decimal point).
    public var isCount: Bool {
        switch self {
        case .degree, .inDegree, .outDegree, .core: return true
        default: return false
        }
    }
}
