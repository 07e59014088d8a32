import Foundation
import InclusionMap
import InclusionMapInterchange
import Testing

/// NCOL and LGL (issue 40): igraph's files (Scripts/oracles/lgl.py) read as the graph NetworkX
/// holds, ties as unordered pairs (both formats are undirected); ours read back; problems
/// positioned.
@Suite struct LargeGraphLayoutTests {
    /// The expected graph's ties as unordered rows, relation and direction set aside.
    static func unordered(_ rows: [String]) -> [String] {
        rows.map { row in
            let parts = row.components(separatedBy: " → ")
            let rest = parts[1].components(separatedBy: " weight ")
            let ends = [parts[0], rest[0]].sorted()
            return "\(ends[0]) – \(ends[1]) \(rest[1].components(separatedBy: " ")[0])"
        }.sorted()
    }

    @Test(arguments: ["karate", "krackhardt"]) func igraphFiles(_ name: String) throws {
        let expected = try OracleGraph.named(name)
        for (ext, format) in [("ncol", LargeGraphLayout.Format.ncol), ("lgl", .lgl)] {
            let text = try String(contentsOf: OracleGraph.file("\(name).igraph.\(ext)"), encoding: .utf8)
            let map = try LargeGraphLayout.read(text, format: format, fileName: "\(name).\(ext)")
            #expect(Set(map.actors.map(\.id)) == Set(expected.nodes.keys), "\(ext)")
            #expect(map.ties.allSatisfy { !$0.isDirected })
            #expect(Self.unordered(map.edgeRows()) == Self.unordered(expected.edgeRows(keepingRelation: false)), "\(name).\(ext)")
        }
    }

    @Test func ourFilesReadBackAndAnIsolateSurvivesLGL() throws {
        let map = try StakeholderMap(actors: [Actor(id: "a"), Actor(id: "b"), Actor(id: "c")],
                                     ties: [Tie(source: "a", target: "b", weight: 2.5)])
        let lgl = LargeGraphLayout.write(map, format: .lgl)
        #expect(String(decoding: lgl.data, as: UTF8.self) == "# a\nb 2.5\n# b\n# c\n")
        let back = try LargeGraphLayout.read(String(decoding: lgl.data, as: UTF8.self), format: .lgl, fileName: "x.lgl")
        #expect(back.actors.map(\.id) == ["a", "b", "c"] && back.ties.map(\.weight) == [2.5])
        let ncol = LargeGraphLayout.write(map, format: .ncol)
        #expect(String(decoding: ncol.data, as: UTF8.self) == "a b 2.5\n")
        #expect(ncol.losses.contains { $0.what == "actors without a tie, which NCOL cannot list" && $0.count == 1 })
    }

    @Test func problemsSayWhereAndWhat() {
        do {
            _ = try LargeGraphLayout.read("a b\nc\nd e heavy\n", format: .ncol, fileName: "x.ncol")
            Issue.record("read")
        } catch {
            #expect(error.issues.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message)" } == [
                "2:1 1 fields; expected two names and an optional weight (name1 name2 [weight])",
                "3:5 weight \"heavy\" is not a number",
            ])
        }
        do {
            _ = try LargeGraphLayout.read("b 1\n# a\nb\n", format: .lgl, fileName: "x.lgl")
            Issue.record("read")
        } catch {
            #expect(error.issues.first?.line == 1 && error.issues.first?.message == "a neighbour before any vertex; expected # name first")
        }
    }
}
