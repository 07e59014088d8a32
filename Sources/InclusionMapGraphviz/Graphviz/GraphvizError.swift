/// A failure inside the Graphviz C library, with the messages Graphviz reported.
public enum GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Graphviz could not create its context (plugins missing or unreadable).
    case contextUnavailable
    /// The layout engine is not installed with this Graphviz (its plugin is missing).
    case engineUnavailable(LayoutEngine, installed: [String])
    /// The output format is not installed with this Graphviz (for PNG and PDF, the cairo plugin).
    case formatUnavailable(OutputFormat, installed: [String])
    /// The layout ran and failed.
    case layoutFailed(LayoutEngine, messages: [String])
    /// Rendering ran and failed.
    case renderingFailed(OutputFormat, messages: [String])
    /// The graph could not be built (cgraph refused a node, edge or attribute).
    case buildFailed(String)

    public var description: String {
        func detail(_ messages: [String]) -> String {
            messages.isEmpty ? "" : ": " + messages.joined(separator: "; ")
        }
        switch self {
        case .contextUnavailable:
            return "Graphviz could not start (is libgraphviz-dev installed and its plugins configured? try `dot -c` as root)"
        case let .engineUnavailable(engine, installed):
            return "layout engine \(engine.rawValue) is not installed with Graphviz; installed: \(installed.joined(separator: ", "))"
        case let .formatUnavailable(format, installed):
            return "output format \(format.rawValue) is not installed with Graphviz; installed: \(installed.joined(separator: ", "))"
        case let .layoutFailed(engine, messages):
            return "Graphviz layout \(engine.rawValue) failed\(detail(messages))"
        case let .renderingFailed(format, messages):
            return "Graphviz could not render \(format.rawValue)\(detail(messages))"
        case let .buildFailed(what):
            return "Graphviz could not build the graph: \(what)"
        }
    }
}
