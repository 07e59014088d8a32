import Foundation
import InclusionMap

/// A GML document (Himsolt, "GML: A portable Graph File Format", Universität Passau, 1997) as
/// a tree of keyed values, each with the line and column where it starts.
///
/// The grammar: a list is `key value` pairs separated by white space; a key is a letter or `_`
/// followed by letters, digits and `_`; a value is an integer, a real (`1.5`, `-2e3`), a string
/// in double quotes (which may span lines; `&quot;`, `&amp;`, `&lt;`, `&gt;`, `&apos;` and
/// numeric `&#N;` / `&#xH;` entities are decoded, as NetworkX and igraph write them), or a
/// list in `[ ]`. A line whose first non-blank character is `#` is a comment. Lists nest at
/// most ``maximumDepth`` deep. O(n) in the size of the text.
struct GMLDocument {
    /// A value.
    indirect enum Value {
        case number(Double, text: String)
        case string(String)
        case list([Entry])
    }

    /// One `key value` pair.
    struct Entry {
        var key: String
        var value: Value
        var line: Int
        var column: Int
    }

    /// The deepest nesting of lists read: 64 (GML files nest three or four deep).
    static let maximumDepth = 64

    /// The top-level entries.
    let entries: [Entry]

    /// Parses `text`; a problem is a `DatasetError` with its line and column in `fileName`.
    init(_ text: String, fileName: String) throws(DatasetError) {
        var parser = Parser(scalars: Array(text.unicodeScalars), fileName: fileName)
        entries = try parser.list(depth: 0, closed: false)
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        let fileName: String
        var position = 0, line = 1, column = 1

        func fail(_ message: String, line: Int? = nil, column: Int? = nil) -> DatasetError {
            DatasetError(issues: [DatasetIssue(file: fileName, line: line ?? self.line, column: column ?? self.column, message: message)])
        }

        mutating func advance() {
            if scalars[position] == "\n" { line += 1; column = 1 } else { column += 1 }
            position += 1
        }

        /// Skips white space and comment lines.
        mutating func skipBlank() {
            while position < scalars.count {
                let c = scalars[position]
                if c == "#" {
                    while position < scalars.count, scalars[position] != "\n" { advance() }
                } else if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{FEFF}" {
                    advance()
                } else {
                    return
                }
            }
        }

        mutating func list(depth: Int, closed: Bool) throws(DatasetError) -> [Entry] {
            guard depth <= GMLDocument.maximumDepth else { throw fail("lists nested more than \(GMLDocument.maximumDepth) deep; a GML graph nests a few") }
            var entries: [Entry] = []
            while true {
                skipBlank()
                guard position < scalars.count else {
                    if closed { throw fail("the file ends inside a list; expected ] to close it") }
                    return entries
                }
                if scalars[position] == "]" {
                    guard closed else { throw fail("] with no [ to close") }
                    advance()
                    return entries
                }
                let (keyLine, keyColumn) = (line, column)
                let key = try self.key()
                skipBlank()
                guard position < scalars.count else { throw fail("the file ends after the key \"\(key)\"; expected its value") }
                let value = try self.value(depth: depth, after: key)
                entries.append(Entry(key: key, value: value, line: keyLine, column: keyColumn))
            }
        }

        mutating func key() throws(DatasetError) -> String {
            var key = ""
            let first = scalars[position]
            guard first.properties.isAlphabetic || first == "_" else {
                throw fail("\"\(Character(first))\" where a key was expected; expected a key such as node, edge, id, source or label")
            }
            while position < scalars.count {
                let c = scalars[position]
                guard c.properties.isAlphabetic || c.properties.numericType != nil || c == "_" else { break }
                key.unicodeScalars.append(c)
                advance()
            }
            return key
        }

        mutating func value(depth: Int, after key: String) throws(DatasetError) -> Value {
            let c = scalars[position]
            if c == "[" {
                advance()
                return .list(try list(depth: depth + 1, closed: true))
            }
            if c == "\"" { return .string(try string()) }
            var text = ""
            let (startLine, startColumn) = (line, column)
            while position < scalars.count {
                let d = scalars[position]
                if d == " " || d == "\t" || d == "\n" || d == "\r" || d == "]" || d == "[" { break }
                text.unicodeScalars.append(d)
                advance()
            }
            guard let number = Double(text), !text.isEmpty else {
                throw fail("\"\(text)\" after \"\(key)\" is not a value; expected a number, a string in double quotes or a list in [ ]", line: startLine, column: startColumn)
            }
            return .number(number, text: text)
        }

        mutating func string() throws(DatasetError) -> String {
            let (startLine, startColumn) = (line, column)
            advance()
            var raw = ""
            while true {
                guard position < scalars.count else { throw fail("a string that is never closed; expected a closing \"", line: startLine, column: startColumn) }
                let c = scalars[position]
                advance()
                if c == "\"" { break }
                raw.unicodeScalars.append(c)
            }
            return Self.decodeEntities(raw)
        }

        /// `&quot;`, `&amp;`, `&lt;`, `&gt;`, `&apos;`, `&#N;` and `&#xH;` as their characters;
        /// anything else after `&` is kept as written.
        static func decodeEntities(_ text: String) -> String {
            guard text.contains("&") else { return text }
            var out = "", rest = Substring(text)
            while let amp = rest.firstIndex(of: "&") {
                out += rest[..<amp]
                let tail = rest[amp...]
                guard let semi = tail.prefix(12).firstIndex(of: ";") else { out.append("&"); rest = tail.dropFirst(); continue }
                let name = tail[tail.index(after: amp)..<semi]
                var decoded: String?
                switch name {
                case "quot": decoded = "\""
                case "amp": decoded = "&"
                case "lt": decoded = "<"
                case "gt": decoded = ">"
                case "apos": decoded = "'"
                default:
                    if name.hasPrefix("#x") || name.hasPrefix("#X"), let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
                        decoded = String(Character(scalar))
                    } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) {
                        decoded = String(Character(scalar))
                    }
                }
                if let decoded {
                    out += decoded
                    rest = tail[tail.index(after: semi)...]
                } else {
                    out.append("&")
                    rest = tail.dropFirst()
                }
            }
            return out + rest
        }
    }
}

extension GMLDocument.Value {
    /// The value as text: a number as written (an integral real without its `.0`), a string
    /// as it is; `nil` for a list.
    var text: String? {
        switch self {
        case let .number(value, text):
            if text.contains("."), value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
            return text
        case let .string(string): return string
        case .list: return nil
        }
    }
}

extension GMLDocument {
    /// Whether the start of a file reads as GML: after comment lines, a first key `graph`,
    /// `Creator` or `Version` (as NetworkX, igraph and Gephi begin).
    static func looksLikeGML(_ head: String) -> Bool {
        let lines = head.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lines.first(where: { !$0.isEmpty && !$0.hasPrefix("#") }) else { return false }
        let key = first.prefix { $0.isLetter }.lowercased()
        let rest = first.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
        switch key {
        case "graph": return rest.isEmpty || rest.hasPrefix("[")
        case "creator", "version": return !rest.isEmpty
        default: return false
        }
    }
}
