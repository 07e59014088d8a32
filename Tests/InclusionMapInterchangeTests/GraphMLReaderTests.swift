import Foundation
import InclusionMap
import InclusionMapInterchange
import Testing

/// GraphML dialects and errors, on documents written out here.
@Suite struct GraphMLReaderTests {
    func read(_ text: String) throws(DatasetError) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        try GraphMLReader(fileName: "g.graphml").read(Data(text.utf8))
    }

    @Test func keysDefaultsDirectionAndParallelEdges() throws {
        let (map, _) = try read("""
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="label" attr.type="string"/>
              <key id="d1" for="node" attr.name="department" attr.type="string"><default>ops</default></key>
              <key id="d2" for="edge" attr.name="weight" attr.type="double"><default>1.0</default></key>
              <key id="d3" for="edge" attr.name="relation" attr.type="string"/>
              <key id="d4" for="all" attr.name="consent" attr.type="boolean"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="d0">Ann</data><data key="d4">False</data></node>
                <node id="b"><data key="d1">fin</data></node>
                <edge source="a" target="b"><data key="d2">2.5</data><data key="d3">advice</data></edge>
                <edge source="a" target="b"/>
                <edge source="b" target="a" directed="true" id="e9"/>
              </graph>
            </graphml>
            """)
        #expect(map.actors == [
            Actor(id: "a", name: "Ann", department: "ops", consent: false),
            Actor(id: "b", department: "fin"),
        ])
        #expect(map.ties == [
            Tie(source: "a", target: "b", relation: "advice", weight: 2.5),
            Tie(source: "a", target: "b"),
            Tie(source: "b", target: "a", isDirected: true, attributes: ["id": "e9"]),
        ])
    }

    @Test func yEdLabelsBecomeNames() throws {
        let (map, _) = try read("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key id="d6" for="node" yfiles.type="nodegraphics"/>
              <key id="d9" for="edge" yfiles.type="edgegraphics"/>
              <graph edgedefault="directed">
                <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry x="1" y="2"/><y:NodeLabel>Housing Team</y:NodeLabel></y:ShapeNode></data></node>
                <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>
                  Public Health
                </y:NodeLabel></y:ShapeNode></data></node>
                <edge source="n0" target="n1"><data key="d9"><y:PolyLineEdge><y:EdgeLabel>data-sharing</y:EdgeLabel></y:PolyLineEdge></data></edge>
              </graph>
            </graphml>
            """)
        #expect(map.actors.map(\.name) == ["Housing Team", "Public Health"])
        #expect(map.ties == [Tie(source: "n0", target: "n1", relation: "data-sharing", isDirected: true)])
    }

    @Test func everyProblemIsReportedWithItsLine() {
        #expect(throws: DatasetError(issues: [
            DatasetIssue(file: "g.graphml", line: 5, message: "node \"a\" is listed twice; expected each id once"),
            DatasetIssue(file: "g.graphml", line: 6, message: "weight: \"heavy\" is not a weight; expected a number, such as 1, 2.5 or -1 (a negative tie)"),
            DatasetIssue(file: "g.graphml", line: 7, message: "an edge's target \"ghost\" is not a node of the file; expected the id of a node"),
        ])) {
            try read("""
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
                  <graph edgedefault="undirected">
                    <node id="a"/>
                    <node id="a"/>
                    <edge source="a" target="a"><data key="w">heavy</data></edge>
                    <edge source="a" target="ghost"/>
                  </graph>
                </graphml>
                """)
        }
    }

    @Test func nestedGraphsAndHyperedgesAreRefusedByLine() throws {
        let nested = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <graph edgedefault="undirected">
                <node id="a">
                  <graph edgedefault="undirected"><node id="a:1"/></graph>
                </node>
              </graph>
            </graphml>
            """
        do {
            _ = try read(nested)
            Issue.record("a nested graph was read")
        } catch {
            #expect(error.issues.count == 1)
            #expect(error.issues[0].line == 4)
            #expect(error.issues[0].message.hasPrefix("a nested graph"))
        }
        let hyper = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <graph edgedefault="undirected">
                <node id="a"/><node id="b"/><node id="c"/>
                <hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge>
              </graph>
            </graphml>
            """
        do {
            _ = try read(hyper)
            Issue.record("a hyperedge was read")
        } catch {
            #expect(error.issues.map(\.line) == [4])
            #expect(error.issues[0].message.hasPrefix("a <hyperedge> joins more than two nodes"))
        }
    }

    @Test func malformedXMLIsPositioned() {
        do {
            _ = try read("<graphml>\n<graph>\n<node id=\"a\">\n</graph>")
            Issue.record("malformed XML was read")
        } catch {
            #expect(error.issues.count == 1)
            #expect(error.issues[0].line == 4)
            #expect(error.issues[0].message.hasPrefix("not well-formed XML"))
        }
    }
}
