import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The `<g>` elements of an SVG file, parsed with Foundation's XMLParser: each group's id,
/// classes, title and the text of its `<text>` elements in order.
struct SVGDocument {
    struct Group {
        var id: String
        var classes: Set<String>
        var title = ""
        var texts: [String] = []
        /// The centre of the group's first ellipse or polygon (a node's shape), in SVG units.
        var centre: (x: Double, y: Double)?
    }

    private(set) var groups: [Group] = []

    /// Groups whose class list contains `name`.
    func groups(withClass name: String) -> [Group] { groups.filter { $0.classes.contains(name) } }

    func group(withID id: String) -> Group? { groups.first { $0.id == id } }

    init(_ data: Data) throws {
        let delegate = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSDebugDescriptionErrorKey: "SVG does not parse: \(String(describing: parser.parserError))"])
        }
        groups = delegate.groups
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var groups: [Group] = []
        var stack: [Int?] = []  // index into groups for each open <g>
        var element = ""
        var textBuffer = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            element = name
            textBuffer = ""
            if name == "g" {
                groups.append(Group(id: attributes["id"] ?? "", classes: Set((attributes["class"] ?? "").split(separator: " ").map(String.init))))
                stack.append(groups.count - 1)
            } else if name == "ellipse" || name == "polygon" {
                // The first shape belongs to every open group (a node's shape sits inside its
                // tooltip's inner <g>).
                for case let index? in stack where groups[index].centre == nil {
                    groups[index].centre = Self.centre(of: name, attributes)
                }
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { textBuffer += string }

        static func centre(of shape: String, _ attributes: [String: String]) -> (x: Double, y: Double)? {
            if shape == "ellipse" {
                guard let x = attributes["cx"].flatMap(Double.init), let y = attributes["cy"].flatMap(Double.init) else { return nil }
                return (x, y)
            }
            let points = (attributes["points"] ?? "").split(separator: " ").compactMap { pair -> (Double, Double)? in
                let xy = pair.split(separator: ",").compactMap { Double($0) }
                return xy.count == 2 ? (xy[0], xy[1]) : nil
            }
            guard let minX = points.map(\.0).min(), let maxX = points.map(\.0).max(),
                  let minY = points.map(\.1).min(), let maxY = points.map(\.1).max() else { return nil }
            return ((minX + maxX) / 2, (minY + maxY) / 2)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "g" {
                _ = stack.popLast()
            } else if name == "text" {
                // Text belongs to every open group (Graphviz wraps tooltips in an inner <g>).
                for case let index? in stack { groups[index].texts.append(textBuffer) }
            } else if name == "title", let open = stack.last, let index = open {
                groups[index].title = textBuffer
            }
            textBuffer = ""
        }
    }
}
