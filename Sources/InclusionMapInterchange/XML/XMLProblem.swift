/// XML errors in words: the codes `XMLParser` reports (libxml2's, as `NSXMLParserError`),
/// for messages that say what is wrong rather than a number.
enum XMLProblem {
    static func words(forCode code: Int) -> String {
        switch code {
        case 4: "the document is empty"
        case 5: "the document ends before its elements are closed"
        case 9: "a character that is not allowed in XML"
        case 23, 26: "an unknown or unfinished entity (a bare & must be written &amp;)"
        case 38, 39, 40, 41: "an attribute without a quoted value"
        case 64, 65, 73: "an element's tag is not finished"
        case 76: "an end tag does not match the element it closes"
        case 85: "text after the end of the document element"
        case 111: "a start tag is not finished"
        default: "XML error \(code)"
        }
    }
}
