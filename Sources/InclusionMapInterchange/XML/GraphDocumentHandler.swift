import Foundation
import InclusionMap
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What the GraphML and GEXF readers share: a streaming parse into ``GraphRecords`` that
/// notes the first XML error with its line and column, and the map built whole or not at all.
///
/// A reader subclasses it, handles its elements, and may `fail` to stop at a structure a map
/// cannot hold (a nested graph, a hyperedge).
class GraphDocumentHandler: NSObject, XMLParserDelegate {
    var records: GraphRecords
    /// Whether the document's `<graph>` was met.
    var sawGraph = false
    /// Whether the reader stopped the parse on purpose (its own error is noted).
    private(set) var stopped = false
    private var xmlError: (code: Int, line: Int, column: Int)?

    init(fileName: String) {
        records = GraphRecords(fileName: fileName)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if xmlError == nil { xmlError = ((parseError as NSError).code, parser.lineNumber, parser.columnNumber) }
    }

    // The element callbacks a reader overrides. They must be declared here: protocol
    // dispatch reaches the conforming class's methods, not a subclass's new ones.
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {}
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {}
    func parser(_ parser: XMLParser, foundCharacters string: String) {}
    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    /// Notes `message` at the parser's place and stops the parse.
    func fail(_ parser: XMLParser, _ message: String) {
        records.note(message, line: parser.lineNumber, column: parser.columnNumber)
        stopped = true
        parser.abortParsing()
    }

    /// Called after the parse, before the map is built: for warnings about what was left out.
    func finish() {}

    /// Parses `data` and builds the map; `format` names the document kind in the error for a
    /// file without a graph.
    func read(_ data: Data, format: String) throws(DatasetError) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        let parser = XMLParser.streaming(data)
        parser.delegate = self
        parser.shouldProcessNamespaces = true
        // Foundation on Linux may return true from parse() after an error: the delegate's
        // parseErrorOccurred is what tells.
        if !parser.parse() || xmlError != nil, !stopped {
            let (code, line, column) = xmlError ?? (((parser.parserError as NSError?)?.code ?? 0), parser.lineNumber, parser.columnNumber)
            records.note("not well-formed XML: \(XMLProblem.words(forCode: code))", line: line, column: column)
        }
        if !sawGraph, records.issues.isEmpty {
            records.note("no <graph> element; expected a \(format) document")
        }
        finish()
        let map = try records.map()
        return (map, records.issues.filter { $0.severity == .warning })
    }
}
