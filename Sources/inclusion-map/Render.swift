import ArgumentParser
import Foundation
import InclusionMap
import InclusionMapGraphviz

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the map through Graphviz: groups as boxes, brokers that stand out.",
        discussion: CommandExamples.discussion("""
            Three pictures: the whole map (default), with a box per group, fill colour by \
            sector (or --color-by), shape by kind, size by a centrality measure, designated \
            boundary spanners in bold outline and --highlight actors in red; an ego map \
            (--ego ID --depth N); and a silo map (--silo-map), one node per group and one \
            line per linked pair of groups, labelled with the number of ties. The format \
            follows the file extension (.svg, .png, .pdf, .dot) unless --format is given; \
            --format canon writes DOT text without running a layout.
            """, examples: [
                ("The whole demo map as SVG, departments as boxes:", "inclusion-map render --out map.svg"),
                ("Two steps around one broker, as PNG:", "inclusion-map render --out eh07.png --ego eh07 --depth 2"),
                ("The map of groups and the ties between them:", "inclusion-map render --out silos.pdf --silo-map"),
            ])
    )

    @OptionGroup var input: MapInput

    @Option(help: "The file to write; - for standard output.")
    var out: String

    @Option(help: "svg, png, pdf, dot (laid out) or canon (not laid out); default from the file extension.")
    var format: OutputFormat?

    @Option(help: "dot, neato, fdp, sfdp, circo or twopi; default: dot for small sparse maps with group boxes, fdp for the others up to \(LayoutEngine.largeMapThreshold), sfdp above, twopi for ego maps, neato for silo maps.")
    var engine: LayoutEngine?

    @Option(help: "The actor column drawn as boxes (default department when actors have one), louvain for detected communities, or none.")
    var group: String?

    @Option(name: .customLong("size-by"), help: "Node size: \(CentralityMetric.allCases.map(\.rawValue).joined(separator: ", ")) or none.")
    var sizeBy = "degree"

    @Option(name: .customLong("color-by"), help: "The actor column that sets the fill colour (default sector when actors have one, else the group column).")
    var colorBy: String?

    @Option(name: .customLong("shape-by"), help: "The actor column that sets the node shape.")
    var shapeBy = "kind"

    @Option(name: .customLong("highlight"), help: ArgumentHelp("Actor ids to outline in red (\(ListOption.note)).", valueName: "id"))
    var highlightArguments: [String] = []

    @Option(help: "Draw this actor's neighbourhood instead of the whole map.")
    var ego: String?

    @Option(help: "How many ties out from the ego (with --ego).")
    var depth = 1

    @Flag(name: .customLong("silo-map"), help: "Draw one node per group and the ties between groups.")
    var siloMap = false

    @Option(name: .customLong("relation"), help: ArgumentHelp("A relation to draw (\(ListOption.note); default all).", valueName: "relation"))
    var relationArguments: [String] = []
    var relations: [String] { ListOption.items(relationArguments) }

    @Option(name: .customLong("min-weight"), help: "Leave out ties lighter than this.")
    var minWeight: Double?

    @Option(name: .customLong("only-group"), help: "Show only actors in this group (repeat for several).")
    var onlyGroups: [String] = []

    @Option(help: "Show only the N actors with the largest --size-by value (degree when none).")
    var top: Int?

    @Option(help: "A title above the legend.")
    var title: String?

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend.")
    var noLegend = false

    @Flag(name: .customLong("flat"), help: "Draw sub-departments in boxes of their own, not inside their parent's box.")
    var flat = false

    /// `--format`, or the format the extension of `--out` names.
    private var chosenFormat: OutputFormat? {
        format ?? OutputFormat(fileExtension: (out as NSString).pathExtension)
    }

    func validate() throws {
        if ego != nil, siloMap { throw ValidationError("--ego and --silo-map draw different maps; choose one.") }
        if depth < 1 { throw ValidationError("--depth must be at least 1.") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
        if sizeBy != "none", CentralityMetric(rawValue: sizeBy) == nil {
            throw ValidationError("--size-by: unknown measure \"\(sizeBy)\"; choose \(CentralityMetric.allCases.map(\.rawValue).joined(separator: ", ")) or none.")
        }
        if chosenFormat == nil {
            throw ValidationError("--out \(out): cannot tell the format from the file name; give --format svg, png, pdf, dot or canon.")
        }
    }

    func run() throws {
        let source = input.source
        let progress = ProgressBar()
        progress.step("reading \(source.displayName)")
        var loaded = try source.load(progress: progress.reporter)
        progress.finish()
        if let group, group != "none" { try loaded.useGroupColumn(group, option: "--group") }
        let map = loaded.map
        try RelationChoice.check(relations, in: map)
        if let colorBy { try loaded.checkLabelColumn(colorBy, option: "--color-by") }
        try loaded.checkLabelColumn(shapeBy, option: "--shape-by")

        var options = MapOptions()
        if let group {
            options.groupColumn = group == "none" ? nil : group
        } else if !map.actors.contains(where: { $0.value(ofColumn: "department") != nil }) {
            options.groupColumn = nil
        }
        options.colorColumn = colorBy
        options.shapeColumn = shapeBy
        options.sizeMetric = CentralityMetric(rawValue: sizeBy)
        options.highlighted = loaded.resolve(ListOption.items(highlightArguments))
        options.filter = MapFilter(
            relations: relations.isEmpty ? nil : Set(relations), minimumWeight: minWeight,
            groups: onlyGroups.isEmpty ? nil : Set(onlyGroups), topActors: top)
        options.title = title
        options.showsLegend = !noLegend
        options.nestsDepartments = !flat

        let kind: NetworkMap.Kind = siloMap ? .silo : ego.map { .ego(actor: loaded.resolve($0), depth: depth) } ?? .whole
        let picture = NetworkMap(kind, options: options)
        let format = chosenFormat!
        let drawing: Drawing
        do {
            drawing = try picture.drawing(of: map)
        } catch {
            throw ValidationError(error.description)
        }
        let engine = engine ?? picture.automaticEngine(for: drawing)
        let rendering: Rendering
        do {
            progress.step("laying out \(drawing.nodes.count) nodes and \(drawing.edges.count) lines with \(engine.rawValue)")
            defer { progress.finish() }
            rendering = try GraphvizRenderer.shared.render(drawing, engine: engine, format: format)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode.failure
        }
        for warning in rendering.warnings {
            Console.error("graphviz: \(warning)")
        }
        if out == "-" {
            Console.bytes(rendering.data)
        } else {
            do {
                try rendering.data.write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                Console.error("error: cannot write \(out): \(error.localizedDescription)")
                throw ExitCode.failure
            }
            let boxes = drawing.clusters.isEmpty ? "" : ", \(drawing.clusters.count) box\(drawing.clusters.count == 1 ? "" : "es")"
            let laidOut = format.needsLayout ? "laid out by \(engine.rawValue)" : "not laid out"
            Console.error("wrote \(out): \(drawing.nodes.count) nodes\(boxes), \(drawing.edges.count) lines, \(laidOut)")
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
