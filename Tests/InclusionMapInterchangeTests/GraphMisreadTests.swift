import Foundation
import InclusionMap
@testable import InclusionMapInterchange
import Testing

/// GraphML and GEXF structures that were read wrongly without a word (issue 32, defect 9), now
/// refused with their place.
@Suite struct GraphMisreadTests {
    func check(_ text: String, _ format: MapFileFormat) -> DatasetCheck {
        MapFile.check(Data(text.utf8), as: format, fileName: "map.\(format == .gexf ? "gexf" : "graphml")")
    }

    /// A second `<key id="d0">` renamed the first key's values: every name became a department.
    @Test func aDuplicateGraphMLKeyIsRefused() {
        let result = check("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="d0" for="node" attr.name="name" attr.type="string"/>
            <key id="d0" for="node" attr.name="department" attr.type="string"/>
            <graph edgedefault="undirected"><node id="a"><data key="d0">Ann</data></node></graph></graphml>
            """, .graphml)
        #expect(result.map == nil)
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.line == 3)
        #expect(result.issues.first?.message == "a second <key id=\"d0\"> (the first names \"name\"); expected each key id once")
    }

    /// Two `<graph>` elements were merged into one map (GEXF already refused a second).
    @Test func aSecondGraphMLGraphIsRefused() {
        let result = check("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <graph edgedefault="undirected"><node id="a"/></graph>
            <graph edgedefault="undirected"><node id="b"/></graph></graphml>
            """, .graphml)
        #expect(result.map == nil)
        #expect(result.issues.map(\.message) == ["a second <graph>; a stakeholder map is one graph, so save each graph as its own file"])
        #expect(result.issues.first?.line == 3)
    }

    /// A parent node holding `<nodes>` of its own vanished when its children ended.
    @Test func aGEXFNodeInsideANodeIsRefused() {
        let result = check("""
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes>
            <node id="team" label="Team"><nodes>
            <node id="a" label="Ann"/>
            </nodes></node>
            </nodes></graph></gexf>
            """, .gexf)
        #expect(result.map == nil)
        #expect(result.issues.map(\.message) == ["a <node> inside node \"team\" (a GEXF hierarchy); a stakeholder map is flat, so flatten it first: each child its own node, its parent in an attribute"])
        #expect(result.issues.first?.line == 3)
    }
}
