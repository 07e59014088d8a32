import Foundation

/// A JSON document (RFC 8259) parsed with the line and column of every value, for readers
/// that must say where a problem is.
///
/// The parser is iterative (an explicit stack, no recursion) and refuses nesting deeper than
/// ``maximumDepth``, with the place: a stakeholder map needs four levels, and a document
/// thousands deep is a mistake or an attack. A key repeated in one object is an error (most
/// parsers let the last one win, silently). Strings are checked as RFC 8259 says: escapes,
/// `\uXXXX` with surrogate pairs, no raw control characters.
package struct JSONDocument {
    /// A value and where it starts.
    package indirect enum Value {
        case null, bool(Bool), number(Double, text: String), string(String)
        case array([Node])
        case object([(key: String, node: Node)])

        /// The value as `JSONSerialization` would give it (NSNull, Bool, NSNumber, String,
        /// arrays and dictionaries), for code written against those.
        package var foundationObject: Any {
            switch self {
            case .null: NSNull()
            case .bool(let value): NSNumber(value: value)
            case .number(let value, _): NSNumber(value: value)
            case .string(let value): value
            case .array(let items): items.map(\.value.foundationObject)
            case .object(let members): Dictionary(members.map { ($0.key, $0.node.value.foundationObject) }, uniquingKeysWith: { _, last in last })
            }
        }

        /// The kind of value, for messages: "a string", "an object".
        package var kind: String {
            switch self {
            case .null: "null"
            case .bool: "true or false"
            case .number: "a number"
            case .string: "a string"
            case .array: "a list"
            case .object: "an object"
            }
        }
    }

    package struct Node {
        package var value: Value
        package var line: Int
        package var column: Int
    }

    /// Why a document could not be parsed, and where.
    package struct SyntaxError: Error {
        package var line: Int
        package var column: Int
        package var message: String
    }

    /// The deepest nesting read: 64 levels.
    package static let maximumDepth = 64

    package let root: Node

    package init(_ data: Data) throws(SyntaxError) {
        var parser = Parser(bytes: [UInt8](data))
        root = try parser.document()
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStart = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
        }

        var column: Int { index - lineStart + 1 }

        func fail(_ message: String) -> SyntaxError { SyntaxError(line: line, column: column, message: message) }

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0D: index += 1
                case 0x0A: index += 1; line += 1; lineStart = index
                default: return
                }
            }
        }

        /// One container being filled: its values so far, its start, and for an object the
        /// key waiting for its value.
        struct Frame {
            var isObject: Bool
            var items: [Node] = []
            var members: [(key: String, node: Node)] = []
            var keys: [String: (line: Int, column: Int)] = [:]
            var pendingKey: String?
            var line: Int, column: Int
        }

        mutating func document() throws(SyntaxError) -> Node {
            var stack: [Frame] = []
            var finished: Node?
            skipSpace()
            guard index < bytes.count else { throw fail("the document is empty; expected a JSON object") }
            while true {
                // Expect a value (for an object: a key, a colon, then a value).
                if var top = stack.last, top.isObject, top.pendingKey == nil {
                    skipSpace()
                    guard index < bytes.count else { throw fail("the document ends inside an object; expected a key or }") }
                    if bytes[index] == UInt8(ascii: "}"), top.members.isEmpty {
                        index += 1
                        stack.removeLast()
                        try close(Node(value: .object(top.members), line: top.line, column: top.column), into: &stack, finished: &finished)
                        if finished != nil { break }
                        continue
                    }
                    guard bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
                    let (keyLine, keyColumn) = (line, column)
                    let key = try string()
                    if let first = top.keys[key] {
                        throw SyntaxError(line: keyLine, column: keyColumn, message: "the key \"\(key)\" appears twice in one object (first at line \(first.line), column \(first.column)); expected each key once")
                    }
                    top.keys[key] = (keyLine, keyColumn)
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected : after the key \"\(key)\"") }
                    index += 1
                    top.pendingKey = key
                    stack[stack.count - 1] = top
                }
                skipSpace()
                guard index < bytes.count else { throw fail("the document ends where a value was expected") }
                let (startLine, startColumn) = (line, column)
                let byte = bytes[index]
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    guard stack.count < JSONDocument.maximumDepth else {
                        throw fail("nesting deeper than \(JSONDocument.maximumDepth) levels; a map needs four")
                    }
                    index += 1
                    stack.append(Frame(isObject: byte == UInt8(ascii: "{"), line: startLine, column: startColumn))
                    if byte == UInt8(ascii: "[") {
                        skipSpace()
                        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                            index += 1
                            let frame = stack.removeLast()
                            try close(Node(value: .array(frame.items), line: frame.line, column: frame.column), into: &stack, finished: &finished)
                            if finished != nil { break }
                        }
                    }
                    continue
                }
                let node = Node(value: try scalar(), line: startLine, column: startColumn)
                try close(node, into: &stack, finished: &finished)
                if finished != nil { break }
            }
            skipSpace()
            if index < bytes.count { throw fail("text after the end of the document") }
            return finished!
        }

        /// Puts a finished value into the container on top, then reads `,` or the closing
        /// bracket, closing containers as far as they end.
        mutating func close(_ node: Node, into stack: inout [Frame], finished: inout Node?) throws(SyntaxError) {
            var node = node
            while true {
                guard var top = stack.popLast() else {
                    finished = node
                    return
                }
                if top.isObject {
                    top.members.append((top.pendingKey!, node))
                    top.pendingKey = nil
                } else {
                    top.items.append(node)
                }
                skipSpace()
                guard index < bytes.count else { throw fail("the document ends inside \(top.isObject ? "an object" : "a list")") }
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") {
                    index += 1
                    stack.append(top)
                    return
                }
                if byte == UInt8(ascii: top.isObject ? "}" : "]") {
                    index += 1
                    node = Node(value: top.isObject ? .object(top.members) : .array(top.items), line: top.line, column: top.column)
                    continue
                }
                throw fail("expected , or \(top.isObject ? "}" : "]")")
            }
        }

        mutating func scalar() throws(SyntaxError) -> Value {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try word("true"); return .bool(true)
            case UInt8(ascii: "f"): try word("false"); return .bool(false)
            case UInt8(ascii: "n"): try word("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            default: throw fail("expected a value (a string, number, object, list, true, false or null)")
            }
        }

        mutating func word(_ text: String) throws(SyntaxError) {
            let expected = Array(text.utf8)
            guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
                throw fail("expected \(text)")
            }
            index += expected.count
        }

        mutating func number() throws(SyntaxError) -> Value {
            let start = index
            while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            switch DecimalNumber.parse(text) {
            case .success(let value): return .number(value, text: text)
            case .failure(let problem):
                index = start
                throw fail("\(QuotedValue.quoted(text)) \(problem)")
            }
        }

        mutating func string() throws(SyntaxError) -> String {
            index += 1  // the opening quote
            var out: [UInt8] = []
            while true {
                guard index < bytes.count else { throw fail("a string is never closed; expected a closing double quote") }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { index += 1; break }
                if byte < 0x20 { throw fail("a control character (U+\(String(format: "%04X", byte))) inside a string; expected it written as an escape such as \\n") }
                if byte == UInt8(ascii: "\\") {
                    index += 1
                    guard index < bytes.count else { throw fail("a string ends after a backslash") }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""): out.append(0x22)
                    case UInt8(ascii: "\\"): out.append(0x5C)
                    case UInt8(ascii: "/"): out.append(0x2F)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800...0xDBFF).contains(scalar) {
                            guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                                throw fail("a lone surrogate \\u\(String(format: "%04X", scalar)); expected a pair")
                            }
                            index += 2
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low) else { throw fail("a surrogate pair with a bad second half") }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else if (0xDC00...0xDFFF).contains(scalar) {
                            throw fail("a lone surrogate \\u\(String(format: "%04X", scalar)); expected a pair")
                        }
                        out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
                    default:
                        throw fail("the escape \\\(Character(Unicode.Scalar(escape))) is not JSON; expected \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX")
                    }
                    continue
                }
                out.append(byte)
                index += 1
            }
            guard let text = String(validating: out, as: UTF8.self) else { throw fail("a string that is not valid UTF-8") }
            return text
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            guard bytes.count - index >= 4, let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
                throw fail("expected four hexadecimal digits after \\u")
            }
            index += 4
            return value
        }
    }
}
