import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import InclusionMap
import Testing

/// One escaper for XML and HTML (issue 33, part 4): three escapers disagreed on `'` (`&apos;`
/// in GraphML, `&#39;` in the report and the map labels) and on carriage returns.
@Suite struct XMLEscapingTests {
    @Test func textAndAttributesWrittenByHand() {
        let text = "Tom & Jerry's <b>\"best\"</b>\r\n\tend"
        #expect(XMLEscaping.escaped(text, in: .text, carriageReturns: .keep)
            == "Tom &amp; Jerry&#39;s &lt;b&gt;&quot;best&quot;&lt;/b&gt;&#13;\n\tend")
        #expect(XMLEscaping.escaped(text, in: .attribute, carriageReturns: .keep)
            == "Tom &amp; Jerry&#39;s &lt;b&gt;&quot;best&quot;&lt;/b&gt;&#13;&#10;&#9;end")
        #expect(XMLEscaping.escaped(text, in: .text, carriageReturns: .drop)
            == "Tom &amp; Jerry&#39;s &lt;b&gt;&quot;best&quot;&lt;/b&gt;\n\tend")
        #expect(XMLEscaping.escaped("plain", in: .attribute, carriageReturns: .keep) == "plain")
    }

    /// What the one escaper writes, Foundation's XML parser reads back unchanged.
    @Test func anAttributeReadsBackAsWritten() throws {
        let value = "O'Brien & \"Sons\"\r\n\t<ltd>"
        let document = "<a v=\"\(XMLEscaping.escaped(value, in: .attribute, carriageReturns: .keep))\">\(XMLEscaping.escaped(value, in: .text, carriageReturns: .keep))</a>"
        final class Reader: NSObject, XMLParserDelegate {
            var attribute: String?
            var text = ""
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                attribute = attributes["v"]
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        }
        let reader = Reader()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = reader
        #expect(parser.parse())
        #expect(reader.attribute == value)
        #expect(reader.text == value)
    }
}
