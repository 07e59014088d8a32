import Foundation
import InclusionMap
import InclusionMapInterchange
import Testing

/// Signed networks (issue 40): Sampson's monastery and several Pajek and DL files weigh
/// dislike and distrust below 0. Before, every reader refused them ("is not a number of 0 or
/// more"); now each keeps the sign, and writing and reading again gives the same weights.
/// The files are written here by hand; their ties are counted in the comments.
@Suite struct SignedNetworkTests {
    /// Three monks: a likes b (2), b dislikes c (−1), c dislikes a (−3).
    static let expected = ["a→b 2.0", "b→c -1.0", "c→a -3.0"]

    static func ties(_ map: StakeholderMap) -> [String] {
        map.ties.map { "\($0.source)→\($0.target) \($0.weight)" }
    }

    @Test func pajekKeepsNegativeArcs() throws {
        let (map, _) = try PajekReader().read("*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Arcs\n1 2 2\n2 3 -1\n3 1 -3\n")
        #expect(Self.ties(map) == Self.expected)
        let back = try PajekReader().read(String(decoding: PajekWriter().write(map).data, as: UTF8.self)).map
        #expect(Self.ties(back) == Self.expected)
    }

    @Test func ucinetKeepsNegativeCells() throws {
        // Full matrix, rows a, b, c: a→b 2, b→c −1, c→a −3; zero cells are no tie.
        let full = "dl n=3 format=fullmatrix\nlabels:\na,b,c\ndata:\n0 2 0\n0 0 -1\n-3 0 0\n"
        #expect(Self.ties(try UCINETDL.read(full)) == Self.expected)
        let list = "dl n=3 format=edgelist1\nlabels embedded:\ndata:\na b 2\nb c -1\nc a -3\n"
        #expect(Self.ties(try UCINETDL.read(list)) == Self.expected)
    }

    @Test func matrixCSVKeepsNegativeCells() throws {
        let csv = ",a,b,c\na,0,2,0\nb,0,0,-1\nc,-3,0,0\n"
        #expect(Self.ties(try MatrixCSV.read(Data(csv.utf8))) == Self.expected)
    }

    @Test func gmlAndGraphMLKeepNegativeWeights() throws {
        let gml = """
            graph [ directed 1
              node [ id 0 label "a" ] node [ id 1 label "b" ] node [ id 2 label "c" ]
              edge [ source 0 target 1 weight 2 ] edge [ source 1 target 2 weight -1 ] edge [ source 2 target 0 weight -3 ]
            ]
            """
        #expect(Self.ties(try GMLReader().read(gml).map) == Self.expected)
        let graphml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="directed">
                <node id="a"/><node id="b"/><node id="c"/>
                <edge source="a" target="b"><data key="w">2</data></edge>
                <edge source="b" target="c"><data key="w">-1</data></edge>
                <edge source="c" target="a"><data key="w">-3</data></edge>
              </graph>
            </graphml>
            """
        #expect(Self.ties(try GraphMLReader().read(Data(graphml.utf8)).map) == Self.expected)
    }

    @Test func everyWriterKeepsTheSign() throws {
        let map = try UCINETDL.read("dl n=3 format=edgelist1\nlabels embedded:\ndata:\na b 2\nb c -1\nc a -3\n")
        for format in MapFileFormat.allCases {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("signed-\(UUID().uuidString).\(format.fileExtension ?? "d")")
            defer { try? FileManager.default.removeItem(at: url) }
            let losses = try MapFile.write(map, to: url, as: format)
            // An adjacency list holds no weights, and says so.
            if format == .gephiSpreadsheet {
                #expect(losses.contains { $0.what == "tie weights other than 1 (a list holds none)" && $0.count == 3 })
                continue
            }
            let back = try MapFile.read(url, as: format)
            #expect(back.ties.map(\.weight).sorted() == [-3, -1, 2], "\(format)")
        }
    }
}
