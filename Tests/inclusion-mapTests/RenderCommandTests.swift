import Foundation
import Testing

/// The render command, run as a user would.
extension CommandLineTests {

    @Test func renderWritesTheFormatTheExtensionAsks() throws {
        let folder = try scratchFolder([:])
        let run1 = try run(["render", dataset("lazega-lawfirm"), "--relation", "advice", "--out", folder + "/lazega.svg"])
        #expect(run1.status == 0)
        #expect(run1.errors.contains("71 nodes, 3 boxes"))
        let svg = try String(contentsOfFile: folder + "/lazega.svg", encoding: .utf8)
        #expect(svg.contains("Boston (48)") && svg.contains("Hartford (19)"))
        #expect(svg.contains("Providence (4)"))
        let run2 = try run(["render", "--silo-map", "--out", folder + "/silo.png"])
        #expect(run2.status == 0)
        let png = try Data(contentsOf: URL(fileURLWithPath: folder + "/silo.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let run3 = try run(["render", "--ego", "eh07", "--depth", "2", "--format", "canon", "--out", "-"])
        #expect(run3.status == 0)
        #expect(run3.output.hasPrefix("digraph"))
    }

    @Test func renderGivesTheSamePictureOnEveryRun() throws {
        let folder = try scratchFolder([:])
        // Not sfdp: about one run in three, Graphviz 2.43 prints one ellipse radius 0.01 pt
        // differently (39.67 against 39.68); not fdp with boxes (LayoutEngine.isReproducible).
        for engine in ["dot", "neato", "twopi"] {
            let outputs = try (0..<2).map { i -> Data in
                let path = folder + "/\(engine)-\(i).svg"
                #expect(try run(["render", "--engine", engine, "--out", path]).status == 0)
                return try Data(contentsOf: URL(fileURLWithPath: path))
            }
            #expect(outputs[0] == outputs[1], "\(engine) gave two pictures")
        }
    }

    @Test func renderRejectsABadEngineFormatOrActor() throws {
        let badEngine = try run(["render", "--engine", "spring", "--out", "x.svg"])
        #expect(badEngine.status != 0)
        #expect(badEngine.errors.contains("spring") && badEngine.errors.contains("neato"))
        let badFormat = try run(["render", "--out", "map.jpeg"])
        #expect(badFormat.status != 0)
        #expect(badFormat.errors.contains("cannot tell the format"))
        let badFormatOption = try run(["render", "--format", "gif", "--out", "map.gif"])
        #expect(badFormatOption.status != 0)
        #expect(badFormatOption.errors.contains("gif"))
        let badEgo = try run(["render", "--ego", "nobody", "--out", "x.svg"])
        #expect(badEgo.status != 0)
        #expect(badEgo.errors.contains("no actor with id \"nobody\""))
    }
}
