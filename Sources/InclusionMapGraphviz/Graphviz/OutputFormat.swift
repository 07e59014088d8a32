/// What the renderer writes.
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    /// Scalable Vector Graphics. Every actor's node carries `id="actor-<id>"` and `class="actor"`.
    case svg
    /// A bitmap at 96 dpi (Graphviz's cairo renderer), or lower where 96 dpi would be over
    /// ``GraphvizRenderer/bitmapByteLimit``.
    case png
    /// A vector PDF (Graphviz's cairo renderer), ready to print.
    case pdf
    /// DOT text with the layout's positions (`pos`, `bb`, `width`, `height`) added.
    case dot
    /// DOT text as built, without running a layout: for users who post-process the graph.
    case canon

    /// The name Graphviz knows the format by.
    var graphvizName: String { rawValue }

    /// Whether a layout must run before rendering.
    public var needsLayout: Bool { self != .canon }

    /// Whether the output is text (UTF-8).
    public var isText: Bool { self == .svg || self == .dot || self == .canon }

    /// The format a file name asks for by its extension (`.svg`, `.png`, `.pdf`, `.dot`,
    /// `.gv`), or `nil` when the extension is none of these.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        default: return nil
        }
    }
}
