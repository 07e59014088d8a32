import CGraphviz
import Foundation

/// Lays out and renders ``Drawing``s through the Graphviz C library (libcgraph and libgvc),
/// in memory: no `dot` program is run and no file is written.
///
/// **Threads.** Graphviz keeps global state (error handler, string pools, plugin tables) and is
/// not thread-safe. Every Graphviz call InclusionMap makes, from any renderer, runs under one
/// process-wide lock, so renderers can be used from any thread and any task; renders run one
/// at a time.
///
/// **Memory.** Each render opens a graph (`agopen`), lays it out (`gvLayout`), renders it
/// (`gvRenderData`), then frees the render buffer (`gvFreeRenderData`), the layout
/// (`gvFreeLayout`) and the graph (`agclose`). The Graphviz context, which loads the plugins,
/// lives as long as the renderer and is freed (`gvFreeContext`) with it.
///
/// **Determinism.** Subgraphs are numbered in creation order (see the CGraphviz shim) and
/// the C random generators are reseeded before every layout, so the same drawing gives the
/// same bytes, except with ``LayoutEngine/fdp`` and boxes (``LayoutEngine/isReproducible(withClusters:)``).
///
/// **Errors.** Graphviz's error and warning messages are captured (`agseterrf`) rather than
/// printed: errors become a thrown ``GraphvizError``, warnings are returned in
/// ``Rendering/warnings``.
public final class GraphvizRenderer: @unchecked Sendable {
    /// A renderer shared by the whole process.
    public static let shared = GraphvizRenderer()

    /// The Graphviz context (`GVC_t *`), used only under ``graphvizLock``.
    let context: OpaquePointer?

    /// Whether drawings with boxes are laid out in a child process (see
    /// ``init(isolatesLayouts:bitmapByteLimit:)``).
    public let isolatesLayouts: Bool

    /// Creates a renderer with its own Graphviz context.
    ///
    /// - Parameters:
    ///   - isolatesLayouts: lay out and render drawings with boxes (clusters) in a
    ///     short-lived child process. Graphviz 2.42's dot layout does not free the virtual
    ///     nodes and edges it makes for clusters (about 330 KB per render of a map with
    ///     department boxes), so a process that renders many maps would grow without bound; in
    ///     the child, what the layout leaks is returned to the system when it exits. The
    ///     pictures are the same either way. When no child can be started, or the child
    ///     stalls, the layout runs in this process: a child forked while another thread held a
    ///     library's lock (Pango's font thread finishing a font sort, after an earlier render in
    ///     this process) would wait on that lock for ever, so a child asleep with no CPU used
    ///     and nothing sent for ``childStallSeconds`` is stopped.
    ///   - bitmapByteLimit: the largest PNG to write (``bitmapByteLimit``).
    public convenience init(isolatesLayouts: Bool = true, bitmapByteLimit: Int = GraphvizRenderer.defaultBitmapByteLimit) {
        self.init(isolatesLayouts: isolatesLayouts, bitmapByteLimit: bitmapByteLimit, childStallSeconds: Self.childStallSeconds, stallsChildOnPurpose: false)
    }

    /// Seconds a layout child may sleep with no CPU used and nothing sent before it is taken as
    /// stuck on a lock, stopped, and the layout run in this process: 5.
    public static let childStallSeconds = 5

    /// The stall limit this renderer uses (``childStallSeconds``; shorter in tests).
    let stallSeconds: Int32
    /// Whether layout children stop before laying out, as a stuck one does (tests only).
    let stallsChildOnPurpose: Bool

    /// A renderer whose children stall after `childStallSeconds`, or always when
    /// `stallsChildOnPurpose` (for tests of the stall watch).
    init(isolatesLayouts: Bool, bitmapByteLimit: Int, childStallSeconds: Int, stallsChildOnPurpose: Bool) {
        self.isolatesLayouts = isolatesLayouts
        self.bitmapByteLimit = max(0, bitmapByteLimit)
        self.stallSeconds = Int32(clamping: max(1, childStallSeconds))
        self.stallsChildOnPurpose = stallsChildOnPurpose
        context = withGraphvizLock {
            _ = agseterrf(captureGraphvizMessage)
            inclusionmap_order_all_subgraphs()
            return gvContext()
        }
    }

    deinit {
        if let context {
            withGraphvizLock { _ = gvFreeContext(context) }
        }
    }

    /// The layout engines this Graphviz has plugins for.
    public var installedEngines: [String] { pluginNames(kind: "layout") }

    /// The default ``bitmapByteLimit``: 10 MiB. A 10,000-actor map at 96 dpi is a 250 MB PNG
    /// nobody can open.
    public static let defaultBitmapByteLimit = 10 * 1024 * 1024

    /// The largest PNG the renderer writes. A PNG starts at 96 dpi or at the resolution whose
    /// canvas has 2.5 · limit pixels, whichever is lower (cairo draws on the whole canvas, 4
    /// bytes a pixel, before compressing); one still larger is drawn again from the same layout
    /// at a lower resolution until it fits (PNG size follows the pixel count, so each try scales
    /// the dpi by 0.9 · √(limit / size), at most eight tries, never below 4 dpi).
    public let bitmapByteLimit: Int

    /// The output formats this Graphviz has plugins for.
    public var installedFormats: [String] { pluginNames(kind: "device") }

    /// Lays `drawing` out with `engine` (unless the format needs no layout) and renders it.
    ///
    /// For ``LayoutEngine/needsSeed`` engines the graph's `start` attribute is set to a fixed
    /// seed when the drawing does not set it, so the same drawing always gives the same picture.
    public func render(_ drawing: Drawing, engine: LayoutEngine, format: OutputFormat) throws(GraphvizError) -> Rendering {
        try render(drawing, engine: engine, formats: [format])[0]
    }

    /// Lays `drawing` out once and renders that one layout in each of `formats`, in order.
    ///
    /// The SVG, PNG and PDF of one call show the same picture even with an engine whose
    /// layout is not reproducible, and the layout, usually the slow part, runs once.
    public func render(_ drawing: Drawing, engine: LayoutEngine, formats: [OutputFormat]) throws(GraphvizError) -> [Rendering] {
        try render(drawing, engine: engine, engineName: engine.rawValue, formats: formats)
    }

    /// Lays out with the Graphviz engine `engineName` (`nop2` for pinned positions), reporting
    /// errors and seeding as for `engine`.
    func render(_ drawing: Drawing, engine: LayoutEngine, engineName: String, formats: [OutputFormat]) throws(GraphvizError) -> [Rendering] {
        try withGraphvizLock { () throws(GraphvizError) -> [Rendering] in
            guard let context else { throw .contextUnavailable }
            graphvizMessages = ""
            _ = agreseterrors()
            guard let graph = GraphBuilder.build(drawing, seedFor: engine) else {
                throw .buildFailed(takeMessages().errors.joined(separator: "; "))
            }
            defer { agclose(graph) }

            let needsLayout = formats.contains(where: \.needsLayout)
            if needsLayout, isolatesLayouts, !drawing.clusters.isEmpty,
               let renderings = try renderInChild(graph, in: context, engine: engine, engineName: engineName, formats: formats) {
                return renderings
            }
            if needsLayout {
                // Some layouts (sfdp, fdp) draw from the C library's random generators without
                // reseeding them; reseed so a render does not depend on the ones before it.
                srand(1)
                srand48(1)
                let status = engineName.withCString { gvLayout(context, graph, $0) }
                if status != 0 {
                    let messages = takeMessages().errors
                    if messages.contains(where: { $0.contains("not recognized") }) {
                        throw .engineUnavailable(engine, installed: pluginNamesUnlocked(kind: "layout"))
                    }
                    throw .layoutFailed(engine, messages: messages)
                }
            }
            defer { if needsLayout { gvFreeLayout(context, graph) } }
            let layoutWarnings = takeMessages().warnings

            // PNGs last: one drawn again at a lower resolution (``bitmapByteLimit``) would
            // shrink the pages rendered after it from the same layout.
            var renderings = [Rendering?](repeating: nil, count: formats.count)
            for i in formats.indices.sorted(by: { formats[$0] != .png && formats[$1] == .png }) {
                var rendering = try render(graph, in: context, format: formats[i], engine: engine)
                rendering.warnings = layoutWarnings + rendering.warnings
                renderings[i] = rendering
            }
            return renderings.map { $0! }
        }
    }

    /// Lays `graph` out and renders it in a child process (``isolatesLayouts``); `nil` when no
    /// child could be started. Call only under the lock.
    private func renderInChild(
        _ graph: UnsafeMutablePointer<Agraph_t>, in context: OpaquePointer, engine: LayoutEngine, engineName: String, formats: [OutputFormat]
    ) throws(GraphvizError) -> [Rendering]? {
        let laidOut = formats.filter(\.needsLayout)
        let names = laidOut.map { strdup($0.graphvizName) }
        defer { names.forEach { free($0) } }
        var pointers: [UnsafePointer<CChar>?] = names.map { $0.map { UnsafePointer($0) } }
        var result: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = engineName.withCString { name in
            pointers.withUnsafeMutableBufferPointer { list in
                inclusionmap_render_in_child(context, graph, name, list.baseAddress, Int32(laidOut.count), bitmapByteLimit,
                                             stallSeconds, stallsChildOnPurpose ? 1 : 0, &result, &length)
            }
        }
        if status == -1 { return nil }
        guard status == 0, let result else {
            throw .layoutFailed(engine, messages: ["Graphviz stopped while laying out the drawing (in its own process)"])
        }
        defer { free(result) }
        let bytes = UnsafeRawBufferPointer(start: result, count: length)
        var offset = 0
        func u32() -> Int {
            guard offset + 4 <= bytes.count else { return 0 }
            let value = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
            offset += 4
            return Int(value)
        }
        func chunk(_ count: Int) -> Data {
            let end = min(offset + count, bytes.count)
            defer { offset = end }
            return Data(bytes[offset..<end])
        }
        let layoutStatus = u32()
        graphvizMessages += String(decoding: chunk(u32()), as: UTF8.self)
        if layoutStatus != 0 {
            let messages = takeMessages().errors
            if messages.contains(where: { $0.contains("not recognized") }) {
                throw .engineUnavailable(engine, installed: pluginNamesUnlocked(kind: "layout"))
            }
            throw .layoutFailed(engine, messages: messages)
        }
        let messages = takeMessages()
        var renderings: [Rendering] = []
        for format in formats {
            if format == .canon {
                var rendering = try render(graph, in: context, format: format, engine: engine)
                rendering.warnings = messages.warnings + rendering.warnings
                renderings.append(rendering)
                continue
            }
            let formatStatus = u32()
            let data = chunk(u32())
            guard formatStatus == 0 else {
                if messages.errors.contains(where: { $0.contains("not recognized") }) {
                    throw .formatUnavailable(format, installed: pluginNamesUnlocked(kind: "device"))
                }
                throw .renderingFailed(format, messages: messages.errors)
            }
            renderings.append(Rendering(data: data, format: format, engine: engine, warnings: messages.warnings))
        }
        return renderings
    }

    /// Renders a graph already laid out (when the format needs it); call only under the lock.
    private func render(_ graph: UnsafeMutablePointer<Agraph_t>, in context: OpaquePointer, format: OutputFormat, engine: LayoutEngine) throws(GraphvizError) -> Rendering {
        if format == .canon {
            // Graphviz's canon renderer insists on a layout; write the graph directly.
            var length = 0
            guard let text = inclusionmap_write_dot(graph, &length) else {
                throw .renderingFailed(format, messages: takeMessages().errors)
            }
            defer { free(text) }
            return Rendering(data: Data(bytes: text, count: length), format: format, engine: nil, warnings: takeMessages().warnings)
        }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = format.graphvizName.withCString { inclusionmap_render_data(context, graph, $0, &buffer, &length, bitmapByteLimit) }
        defer { if let buffer { gvFreeRenderData(buffer) } }
        let messages = takeMessages()
        if status != 0 || buffer == nil {
            if messages.errors.contains(where: { $0.contains("not recognized") }) {
                throw .formatUnavailable(format, installed: pluginNamesUnlocked(kind: "device"))
            }
            throw .renderingFailed(format, messages: messages.errors)
        }
        let data = Data(bytes: buffer!, count: Int(length))
        return Rendering(data: data, format: format, engine: engine, warnings: messages.warnings)
    }

    private func pluginNames(kind: String) -> [String] {
        withGraphvizLock { pluginNamesUnlocked(kind: kind) }
    }

    /// Plugin names of a kind, distinct and sorted; call only under the lock.
    private func pluginNamesUnlocked(kind: String) -> [String] {
        guard let context else { return [] }
        var count: Int32 = 0
        guard let list = kind.withCString({ gvPluginList(context, $0, &count, nil) }) else { return [] }
        var names = Set<String>()
        for i in 0..<Int(count) {
            if let entry = list[i] {
                names.insert(String(cString: entry).split(separator: ":").first.map(String.init) ?? "")
                free(entry)
            }
        }
        free(list)
        return names.filter { !$0.isEmpty }.sorted()
    }
}

/// What a render produced.
public struct Rendering: Sendable, Hashable {
    /// The rendered bytes (UTF-8 text for SVG and DOT).
    public var data: Data
    public var format: OutputFormat
    /// The engine that laid the drawing out; `nil` for ``OutputFormat/canon``.
    public var engine: LayoutEngine?
    /// Graphviz's warnings, one per line, without the "Warning: " prefix.
    public var warnings: [String]

    /// The output as text, for the text formats.
    public var text: String? { format.isText ? String(decoding: data, as: UTF8.self) : nil }
}

// MARK: - The lock and the message capture

/// The one lock every Graphviz call runs under.
private let graphvizLock = NSLock()

/// Runs `body` holding the Graphviz lock.
func withGraphvizLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    graphvizLock.lock()
    defer { graphvizLock.unlock() }
    return try body()
}

/// Text Graphviz has reported since the last render started; touched only under the lock.
nonisolated(unsafe) private var graphvizMessages = ""

/// Graphviz's message handler: it is called with pieces ("Error", ": ", the message).
private let captureGraphvizMessage: agusererrf = { piece in
    if let piece { graphvizMessages += String(cString: piece) }
    return 0
}

/// The captured messages split into errors and warnings, prefixes removed; clears them.
func takeMessages() -> (errors: [String], warnings: [String]) {
    var errors: [String] = [], warnings: [String] = []
    var current: String?
    var isError = false
    for line in graphvizMessages.split(separator: "\n", omittingEmptySubsequences: true) {
        let text = String(line)
        if text.hasPrefix("Error: ") || text.hasPrefix("Warning: ") {
            if let current { if isError { errors.append(current) } else { warnings.append(current) } }
            isError = text.hasPrefix("Error: ")
            current = String(text.drop(while: { $0 != ":" }).dropFirst(2))
        } else if let existing = current {
            current = existing + " " + text.trimmingCharacters(in: .whitespaces)
        } else {
            current = text
            isError = true
        }
    }
    if let current { if isError { errors.append(current) } else { warnings.append(current) } }
    graphvizMessages = ""
    return (errors, warnings)
}
