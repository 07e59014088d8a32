/// XML errors in words: the codes `XMLParser` reports (libxml2's `xmlParserErrors`, passed
/// through as `NSXMLParserError`), for messages that say what is wrong rather than a number.
/// Every code libxml2's parser can raise while reading a document has words here; one it
/// might add later reads as a plain "not allowed here", still with its line and column.
enum XMLProblem {
    static func words(forCode code: Int) -> String {
        switch code {
        case 1, 2: "the parser ran out of memory or failed inside"
        case 3: "no document where one should start"
        case 4: "the document is empty"
        case 5: "the document ends before its elements are closed"
        case 6, 7, 8: "a character reference (&#…;) that is not a valid character"
        case 9: "a character that is not allowed in XML"
        case 10, 14, 18: "a reference cut off by the end of the document"
        case 11, 12, 15, 16, 19, 20: "a reference outside the document element"
        case 13, 17, 21: "a reference inside the DOCTYPE"
        case 22, 24: "an & or % not followed by a name (a bare & must be written &amp;)"
        case 23, 25, 26, 27: "an unknown or unfinished entity (a bare & must be written &amp;)"
        case 28, 29, 30: "a reference to an entity that cannot be used in text"
        case 31, 32, 81, 101: "an encoding the parser does not know; save the file as UTF-8"
        case 33, 34, 43, 44: "a quoted value that is not opened or not closed"
        case 35: "a namespace declaration that is not valid"
        case 36, 37, 87, 88, 90: "an entity whose text is not well-formed"
        case 38, 39, 40, 41: "an attribute without a quoted value"
        case 42: "an attribute given twice on one element"
        case 45, 80: "a comment that is not closed, or holds --"
        case 46, 47: "a processing instruction (<?…?>) that is not finished"
        case 48, 49, 50, 51, 52, 53, 54, 55, 58, 59, 60, 61, 83, 95: "a DOCTYPE declaration that is not finished or not valid"
        case 56, 57, 78, 79, 96, 97, 108, 109: "an XML declaration (<?xml …?>) that is not valid"
        case 62, 63: "a CDATA section that is not closed"
        case 64, 65, 73: "an element's tag is not finished"
        case 66, 67, 68, 69, 70, 71, 72, 74, 75, 84: "markup that is not complete here (a name, = or quote is missing)"
        case 76: "an end tag does not match the element it closes"
        case 77: "an element's tag is not finished"
        case 85: "text after the end of the document element"
        case 86: "content after the end of the document element"
        case 89: "an entity that refers to itself"
        case 91, 92: "a URI that is not valid"
        case 110: "a name longer than the parser allows"
        case 111: "a start tag is not finished"
        default: "markup that XML does not allow here"
        }
    }
}
