import Foundation
import InclusionMap
@testable import InclusionMapInterchange
import Testing

/// Entities a document declares itself are refused (issue 32, defects 9 and 10): a reference
/// in element text was dropped while the same reference in an attribute was expanded, and a
/// 1.15 MB GraphML of nested entities took 78 s of CPU and was then called valid.
@Suite struct XMLEntityTests {
    /// A GraphML whose node name uses the declared entity `&dept;` in text.
    static let graphML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE graphml [
          <!ENTITY dept "Housing">
        ]>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="name" for="node" attr.name="name" attr.type="string"/>
        <graph edgedefault="undirected">
        <node id="a"><data key="name">&dept; lead</data></node>
        <node id="b"/>
        <edge source="a" target="b"/>
        </graph></graphml>
        """

    @Test func aDeclaredEntityIsRefusedWithItsPlace() {
        let check = MapFile.check(Data(Self.graphML.utf8), as: .graphml, fileName: "map.graphml")
        #expect(check.map == nil)
        #expect(check.issues.map(\.description) == [
            "map.graphml:3:3: the document declares its own entities (<!ENTITY> in its DOCTYPE), which are not read: they can change names without a word or grow the file without bound; remove the DOCTYPE and write the text out",
        ])
    }

    /// The "billion laughs": ten levels of ten references, 10^10 copies of "lol" once
    /// expanded, in a few hundred bytes; refused at once, before any expansion.
    @Test func nestedEntitiesAreRefusedBeforeAnyExpansion() {
        var declarations = "<!ENTITY l0 \"lol\">\n"
        for level in 1...10 {
            declarations += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">\n"
        }
        let document = "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [\n\(declarations)]>\n<gexf><graph><nodes><node id=\"a\" label=\"&l10;\"/></nodes></graph></gexf>"
        let started = Date()
        let check = MapFile.check(Data(document.utf8), as: .gexf, fileName: "map.gexf")
        #expect(check.map == nil)
        #expect(check.issues.first?.line == 3)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    /// A DOCTYPE with no declarations, predefined entities and character references read as before.
    @Test func predefinedEntitiesAndADoctypeWithoutDeclarationsAreRead() {
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml SYSTEM "http://graphml.graphdrawing.org/dtds/graphml.dtd">
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="name" for="node" attr.name="name" attr.type="string"/>
            <graph edgedefault="undirected">
            <node id="a"><data key="name">Tom &amp; Jerry &#233;</data></node>
            <node id="b"/>
            <edge source="a" target="b"/>
            </graph></graphml>
            """
        let check = MapFile.check(Data(document.utf8), as: .graphml, fileName: "map.graphml")
        #expect(check.map?.actor(withID: "a")?.name == "Tom & Jerry é", "\(check.issues)")
    }
}

/// libxml2's codes in words (issue 32, defect 11: `XML error 89` reached users).
@Suite struct XMLProblemTests {
    @Test func everyParserCodeHasWordsAndNoNumber() {
        for code in 1...120 {
            let words = XMLProblem.words(forCode: code)
            let tokens = words.split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
            #expect(!words.contains("XML error") && !tokens.contains(String(code)), "\(code): \(words)")
        }
    }

    /// An attribute given twice, a code the old table did not know (42).
    @Test func aRealDocumentSaysWhatIsWrong() {
        let check = MapFile.check(Data("<graphml><graph><node id=\"a\" id=\"b\"/></graph></graphml>".utf8), as: .graphml, fileName: "map.graphml")
        #expect(check.map == nil)
        #expect(check.issues.first?.message == "not well-formed XML: an attribute given twice on one element", "\(check.issues)")
    }
}

/// Node-link JSON problems with their line and column (issue 32, defect 11).
@Suite struct NodeLinkPlaceTests {
    @Test func aSyntaxErrorHasItsPlace() {
        let check = MapFile.check(Data("{\"nodes\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\",}\n]}".utf8), as: .nodeLink, fileName: "map.json")
        #expect(check.map == nil)
        let issue = check.issues.first
        #expect(issue?.line == 3, "\(check.issues)")
        #expect(issue?.message.hasPrefix("not valid JSON: ") == true)
    }

    @Test func aNodeWithoutAnIDHasItsPlace() {
        let check = MapFile.check(Data("{\"directed\": true, \"nodes\": [\n  {\"id\": \"a\"},\n  {\"name\": \"b\"}\n], \"links\": []}".utf8), as: .nodeLink, fileName: "map.json")
        #expect(check.map == nil)
        #expect(check.issues.map(\.description) == ["map.json:3:3: nodes[1]: expected an object with an id"])
    }

    @Test func valuesReadAsBefore() {
        let check = MapFile.check(Data("{\"nodes\": [{\"id\": 1, \"consent\": false, \"score\": 2.0}, {\"id\": \"b\"}], \"links\": [{\"source\": 1, \"target\": \"b\", \"weight\": 2.5}]}".utf8), as: .nodeLink, fileName: "map.json")
        #expect(check.map?.actors.map(\.id) == ["1", "b"], "\(check.issues)")
        #expect(check.map?.actors.first?.consent == false)
        #expect(check.map?.actors.first?.attributes["score"] == "2")
        #expect(check.map?.ties.first?.weight == 2.5)
    }
}
