import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Why an XML part could not be read, and where.
struct XMLFailure: Error {
    /// The problem in words (``XMLProblem``), never a bare code.
    var message: String
    var line: Int
    var column: Int
}

/// A parser delegate that keeps libxml2's first error with its place.
///
/// Foundation on Linux may return `true` from `parse()` after a malformed document, so the
/// error the delegate is told of is the one that counts.
protocol XMLErrorNoting: XMLParserDelegate, AnyObject {
    var xmlFailure: XMLFailure? { get set }
}

extension XMLErrorNoting {
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard xmlFailure == nil else { return }
        let code = (parseError as NSError).code
        xmlFailure = XMLFailure(message: "not well-formed XML: \(XMLProblem.words(forCode: code))",
                                line: parser.lineNumber, column: parser.columnNumber)
    }
}

extension XMLParser {
    /// Parses `data` as a stream into `delegate`: the first problem, or `nil` when the
    /// document is well-formed.
    ///
    /// Bytes that are not UTF-8 in a UTF-8 document, and entities the document declares
    /// itself, are refused before libxml2 sees them (``UTF8Validation``, ``EntityDeclarations``).
    static func parse(_ data: Data, into delegate: some XMLErrorNoting, processingNamespaces: Bool = false) -> XMLFailure? {
        if let (line, column) = UTF8Validation.firstInvalidByte(in: data) {
            return XMLFailure(message: "bytes that are not UTF-8 in a document that is UTF-8; save the file as UTF-8",
                              line: line, column: column)
        }
        if let (line, column) = EntityDeclarations.first(in: data) {
            return XMLFailure(
                message: "the document declares its own entities (<!ENTITY> in its DOCTYPE), which are not read: they can change names without a word or grow the file without bound; remove the DOCTYPE and write the text out",
                line: line, column: column)
        }
        let parser = XMLParser.streaming(data)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = processingNamespaces
        let finished = parser.parse()
        if let failure = delegate.xmlFailure { return failure }
        guard finished else {
            let code = (parser.parserError as NSError?)?.code ?? 0
            return XMLFailure(message: "not well-formed XML: \(XMLProblem.words(forCode: code))",
                              line: parser.lineNumber, column: parser.columnNumber)
        }
        return nil
    }
}
