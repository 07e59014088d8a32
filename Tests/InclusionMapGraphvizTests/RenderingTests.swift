import Foundation
import InclusionMap
@testable import InclusionMapGraphviz
import Testing

/// Formats, determinism, hostile names, memory and errors of the Graphviz renderer.
@Suite(.serialized) struct RenderingTests {
    @Test func pngAndPDFStartWithTheirMagicBytes() throws {
        let png = try NetworkMap().render(OfficeMap.map, format: .png).data
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.count > 10_000)
        let pdf = try NetworkMap().render(OfficeMap.map, format: .pdf).data
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(pdf.count > 5_000)
    }

    /// A PNG over the renderer's limit is drawn again at a lower resolution until it fits, in
    /// this process and in the layout's child process alike; the PDF is untouched.
    @Test func pngStaysUnderTheByteLimit() throws {
        func width(_ png: Data) -> Int { png[16..<20].reduce(0) { $0 << 8 | Int($1) } }
        func mediaBox(_ pdf: Data) -> Substring? {
            let text = String(decoding: pdf, as: UTF8.self)
            guard let start = text.range(of: "/MediaBox") else { return nil }
            return text[start.lowerBound...].prefix { $0 != "]" }
        }
        let full = try NetworkMap().render(OfficeMap.map, formats: [.png, .pdf])
        #expect(full[0].data.count > 20_000)
        for isolated in [true, false] {
            let renderer = GraphvizRenderer(isolatesLayouts: isolated, bitmapByteLimit: 20_000)
            let capped = try NetworkMap().render(OfficeMap.map, formats: [.png, .pdf], renderer: renderer)
            #expect(capped[0].data.count <= 20_000, "isolated \(isolated): \(capped[0].data.count) bytes")
            #expect(Array(capped[0].data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            #expect(width(capped[0].data) < width(full[0].data))
            // The PDF's page is as large as without the limit (its bytes carry a creation time).
            #expect(mediaBox(capped[1].data) == mediaBox(full[1].data) && mediaBox(full[1].data) != nil)
        }
    }

    /// One layout rendered in several formats gives the same SVG as a render of its own.
    @Test func severalFormatsFromOneLayout() throws {
        let renderings = try NetworkMap().render(OfficeMap.map, formats: [.svg, .png, .pdf])
        #expect(renderings.map(\.format) == [.svg, .png, .pdf])
        #expect(renderings[0].data == (try NetworkMap().render(OfficeMap.map, format: .svg).data))
        #expect(Array(renderings[1].data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        #expect(String(decoding: renderings[2].data.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test func dotTextWithAndWithoutLayout() throws {
        let laidOut = try NetworkMap().render(OfficeMap.map, format: .dot).text!
        #expect(laidOut.hasPrefix("digraph"))
        #expect(laidOut.contains("pos="))
        let plain = try NetworkMap().render(OfficeMap.map, format: .canon).text!
        #expect(plain.hasPrefix("digraph"))
        #expect(!plain.contains("pos="))
        #expect(plain.contains("subgraph cluster_"))
    }

    @Test func theSameInputGivesTheSamePictureInOneProcess() throws {
        let map = try BundledDataset.rivertown.read()
        // sfdp and fdp are checked across processes (CommandLineTests): within one process
        // pango's text measurements can move a label's width by 0.01 pt once its font cache is
        // warm, and the force-directed layouts amplify that. circo takes minutes at this size.
        for engine in [LayoutEngine.dot, .neato, .twopi] {
            let first = try NetworkMap().render(map, format: .svg, engine: engine).data
            let second = try NetworkMap().render(map, format: .svg, engine: engine).data
            #expect(first == second, "\(engine) is not deterministic")
        }
        let drawing = try NetworkMap().drawing(of: map)
        #expect(NetworkMap().automaticEngine(for: drawing) == .dot)
    }

    static let hostileNames = [
        "\"]; node [shape=box color=red] x [label=\"",
        "<script>alert('x')</script>",
        "back\\slash \\N \\n \\G",
        "line one\nline two",
        "Tom & Jerry &amp; co &lt;",
        "emoji 🧑🏽‍🤝‍🧑🏻 🏳️‍🌈",
        "שלום עליכם مرحبا",
    ]

    @Test func hostileNamesRenderExactlyAsWritten() throws {
        let actors = Self.hostileNames.enumerated().map { Actor(id: "h\($0.offset)", name: $0.element, department: $0.element) }
        let ties = (1..<actors.count).map { Tie(source: "h0", target: "h\($0)") }
        let map = try StakeholderMap(actors: actors, ties: ties)
        let svg = try MapSupport.svg(NetworkMap(), of: map)
        for (i, name) in Self.hostileNames.enumerated() {
            let node = try #require(svg.group(withID: "actor-h\(i)"))
            // A line break in a name is a line break in the picture: one <text> per line.
            #expect(node.texts.joined(separator: "\n") == name)
            // XML reads a line break inside an attribute as a space.
            let box = try #require(svg.group(withID: "group-\(name.replacingOccurrences(of: "\n", with: " "))"))
            #expect(box.texts.joined(separator: "\n") == "\(name) (1)")
        }
        // No name added a node, an attribute or a script element.
        #expect(svg.groups(withClass: "actor").count == Self.hostileNames.count)
        #expect(svg.groups(withClass: "node").allSatisfy { $0.classes.contains("actor") })
        let text = try NetworkMap().render(map, format: .svg).text!
        #expect(!text.contains("<script"))
        #expect(!text.contains("stroke=\"red\""))
        for format in [OutputFormat.png, .pdf] {
            #expect(try NetworkMap().render(map, format: format).data.count > 1_000)
        }
    }

    @Test func twoHundredRendersDoNotGrowMemory() throws {
        let map = try BundledDataset.rivertown.read()
        let drawing = try NetworkMap(.ego(actor: "eh07", depth: 2)).drawing(of: map)
        for _ in 0..<20 { _ = try GraphvizRenderer.shared.render(drawing, engine: .neato, format: .svg) }
        let before = MapSupport.residentBytes()
        for _ in 0..<200 { _ = try GraphvizRenderer.shared.render(drawing, engine: .neato, format: .svg) }
        let after = MapSupport.residentBytes()
        // A leak of one drawing per render would be well over 10 MB after 200 renders.
        #expect(after - before < 4 << 20, "resident memory grew by \(after - before) bytes")
    }

    /// Boxes too, with dot: Graphviz 2.42's dot layout leaks about 330 KB per render of a map
    /// with boxes inside the library, so the renderer lays such drawings out in a child
    /// process; a thousand renders in one process must not grow it by 5 MB.
    @Test func aThousandRendersWithBoxesDoNotGrowMemory() throws {
        let map = try BundledDataset.rivertown.read()
        let drawing = try NetworkMap(options: MapOptions(showsLegend: false)).drawing(of: map)
        #expect(!drawing.clusters.isEmpty)
        for _ in 0..<5 { _ = try GraphvizRenderer.shared.render(drawing, engine: .dot, format: .svg) }
        let before = MapSupport.residentBytes()
        for _ in 0..<1_000 { _ = try GraphvizRenderer.shared.render(drawing, engine: .dot, format: .svg) }
        let after = MapSupport.residentBytes()
        #expect(after - before < 5 << 20, "resident memory grew by \(after - before) bytes")
    }

    @Test func aLayoutInAChildProcessDrawsTheSamePicture() throws {
        let map = try BundledDataset.rivertown.read()
        let drawing = try NetworkMap().drawing(of: map)
        let isolated = try GraphvizRenderer(isolatesLayouts: true).render(drawing, engine: .dot, formats: [.svg, .canon, .png])
        let inProcess = try GraphvizRenderer(isolatesLayouts: false).render(drawing, engine: .dot, formats: [.svg, .png])
        #expect([isolated[0].data, isolated[2].data] == inProcess.map(\.data))
        #expect([isolated[0].warnings, isolated[2].warnings] == inProcess.map(\.warnings))
        // canon is the drawing as given, without the layout, as when asked for alone.
        let canon = try GraphvizRenderer(isolatesLayouts: false).render(drawing, engine: .dot, format: .canon)
        #expect(isolated[1].data == canon.data)
        // An engine Graphviz does not have is the same error either way.
        var boxed = Drawing()
        boxed.clusters = [Drawing.Cluster()]
        boxed.nodes = [Drawing.Node(name: "a", cluster: 0, attributes: ["shape": "no-such-shape"])]
        let warned = try GraphvizRenderer(isolatesLayouts: true).render(boxed, engine: .dot, format: .svg)
        #expect(warned.warnings.contains { $0.contains("no-such-shape") })
    }

    /// A layout child forked while Pango's font thread held fontconfig's lock waited on it for
    /// ever: the test suite hung in `aThousandRendersWithBoxesDoNotGrowMemory` (gdb: the child
    /// in `pthread_mutex_lock` under `libfontconfig`, from `textspan_size`, asleep, no CPU).
    /// A child that sleeps before its layout, as that one did, is now stopped after the stall
    /// limit and the layout runs in this process, drawing the same picture.
    @Test func aStuckLayoutChildIsStoppedAndTheLayoutRunsHere() throws {
        let drawing = try NetworkMap().drawing(of: BundledDataset.rivertown.read())
        #expect(!drawing.clusters.isEmpty)
        let stuck = GraphvizRenderer(isolatesLayouts: true, bitmapByteLimit: GraphvizRenderer.defaultBitmapByteLimit,
                                     childStallSeconds: 1, stallsChildOnPurpose: true)
        let started = Date()
        let drawn = try stuck.render(drawing, engine: .dot, format: .svg)
        let inProcess = try GraphvizRenderer(isolatesLayouts: false).render(drawing, engine: .dot, format: .svg)
        #expect(drawn.data == inProcess.data)
        // Stopped after about a second of stall (checked once a second), not left waiting.
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func graphvizErrorsAreCaught() throws {
        // An edge to a node index that draws nothing is impossible here; an unknown shape is a
        // Graphviz warning, which must come back as a warning and not on stderr.
        var drawing = Drawing()
        drawing.nodes = [Drawing.Node(name: "a", attributes: ["shape": "no-such-shape"])]
        let rendering = try GraphvizRenderer.shared.render(drawing, engine: .dot, format: .svg)
        #expect(rendering.warnings.contains { $0.contains("no-such-shape") })
        #expect(GraphvizRenderer.shared.installedEngines.contains("dot"))
        #expect(GraphvizRenderer.shared.installedFormats.contains("svg"))
    }

    @Test func labelsAreEscapedForGraphviz() {
        #expect(LabelText.plain("a\\N & b") == "a\\\\N &amp; b")
        #expect(LabelText.html("<b>\"x\" & y\nz\\G") == "&lt;b&gt;&quot;x&quot; &amp; y<BR/>z&#92;G")
        #expect(OutputFormat(fileExtension: "PNG") == .png)
        #expect(OutputFormat(fileExtension: "gv") == .dot)
        #expect(OutputFormat(fileExtension: "jpeg") == nil)
        #expect(LayoutEngine.automatic(nodeCount: 100, hasClusters: true) == .dot)
        #expect(LayoutEngine.automatic(nodeCount: 1_000, hasClusters: true) == .fdp)
        // Lazega's advice map: 71 lawyers, 717 linked pairs, mean degree 20: too dense for dot.
        #expect(LayoutEngine.automatic(nodeCount: 71, edgeCount: 717, hasClusters: true) == .fdp)
        #expect(LayoutEngine.automatic(nodeCount: 100, hasClusters: false) == .neato)
        #expect(LayoutEngine.automatic(nodeCount: 50_000, hasClusters: true) == .sfdp)
    }
}
