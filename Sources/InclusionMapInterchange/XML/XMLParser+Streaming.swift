import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

extension XMLParser {
    /// A parser that reads `data` as a stream.
    ///
    /// Foundation on Linux parses a document handed over whole (`XMLParser(data:)`) in one
    /// push, and on large documents (tens of megabytes) libxml2 then ends with an internal
    /// error after the last element, although the document is well-formed. Fed as a stream,
    /// the same document parses cleanly, with the same callbacks and positions.
    static func streaming(_ data: Data) -> XMLParser {
        XMLParser(stream: InputStream(data: data))
    }
}
