import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A report page parsed as XML: every element with its attributes, the ids of the sections,
/// and all the text. Parsing fails unless the page is well-formed.
struct HTMLDocument {
    struct Element {
        var name: String
        var attributes: [String: String]
    }

    private(set) var elements: [Element] = []
    private(set) var text = ""

    init(_ data: Data) throws {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSDebugDescriptionErrorKey: "the page is not well-formed: \(String(describing: parser.parserError)) at line \(parser.lineNumber), column \(parser.columnNumber)"])
        }
        elements = collector.elements
        text = collector.text
    }

    func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }

    /// Every value of an attribute that makes a browser load or open something.
    var links: [String] {
        let names: Set<String> = ["href", "src", "xlink:href", "action", "formaction", "poster", "data", "srcset", "background"]
        return elements.flatMap { element in element.attributes.filter { names.contains($0.key) }.map(\.value) }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append(Element(name: name, attributes: attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }
    }
}
