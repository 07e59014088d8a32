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
class GraphDocumentHandler: NSObject, XMLErrorNoting {
    var records: GraphRecords
    /// Whether the document's `<graph>` was met.
    var sawGraph = false
    /// Whether the reader stopped the parse on purpose (its own error is noted).
    private(set) var stopped = false
    var xmlFailure: XMLFailure?

    init(fileName: String) {
        records = GraphRecords(fileName: fileName)
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
        if let failure = XMLParser.parse(data, into: self, processingNamespaces: true), !stopped {
            records.note(failure.message, line: failure.line, column: failure.column)
        }
        if !sawGraph, records.issues.isEmpty {
            records.note("no <graph> element; expected a \(format) document")
        }
        finish()
        let map = try records.map()
        return BipartiteGraph.reading(map, warnings: records.issues.filter { $0.severity == .warning }, fileName: records.fileName)
    }
}
