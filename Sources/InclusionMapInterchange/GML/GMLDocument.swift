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
        var text = text
        var result: Result<[Entry], DatasetError> = .success([])
        text.withUTF8 { bytes in
            var parser = Parser(bytes: bytes, fileName: fileName)
            do throws(DatasetError) {
                result = .success(try parser.list(depth: 0, closed: false))
            } catch {
                result = .failure(error)
            }
        }
        entries = try result.get()
    }

    /// A parser over the text's UTF-8 bytes: keys, numbers and brackets are ASCII, and a
    /// string's bytes are decoded once. Columns count characters, not bytes.
    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let fileName: String
        var position = 0, line = 1, column = 1

        init(bytes: UnsafeBufferPointer<UInt8>, fileName: String) {
            self.bytes = bytes
            self.fileName = fileName
        }

        func fail(_ message: String, line: Int? = nil, column: Int? = nil) -> DatasetError {
            DatasetError(issues: [DatasetIssue(file: fileName, line: line ?? self.line, column: column ?? self.column, message: message)])
        }

        mutating func advance() {
            let byte = bytes[position]
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            position += 1
        }

        static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

        /// Skips white space, a byte-order mark and comment lines.
        mutating func skipBlank() {
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "#") {
                    while position < bytes.count, bytes[position] != 0x0A { advance() }
                } else if Self.isBlank(byte) {
                    advance()
                } else if byte == 0xEF, position + 2 < bytes.count, bytes[position + 1] == 0xBB, bytes[position + 2] == 0xBF {
                    position += 3
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
                guard position < bytes.count else {
                    if closed { throw fail("the file ends inside a list; expected ] to close it") }
                    return entries
                }
                if bytes[position] == UInt8(ascii: "]") {
                    guard closed else { throw fail("] with no [ to close") }
                    advance()
                    return entries
                }
                let (keyLine, keyColumn) = (line, column)
                let key = try self.key()
                skipBlank()
                guard position < bytes.count else { throw fail("the file ends after the key \"\(key)\"; expected its value") }
                let value = try self.value(depth: depth, after: key)
                entries.append(Entry(key: key, value: value, line: keyLine, column: keyColumn))
            }
        }

        static func isKeyStart(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte >= 0x80
        }

        mutating func key() throws(DatasetError) -> String {
            let start = position
            guard Self.isKeyStart(bytes[position]) else {
                let character = String(decoding: bytes[position..<min(position + 4, bytes.count)], as: UTF8.self).first.map(String.init) ?? "?"
                throw fail("\"\(character)\" where a key was expected; expected a key such as node, edge, id, source or label")
            }
            while position < bytes.count, Self.isKeyStart(bytes[position]) || (bytes[position] >= 0x30 && bytes[position] <= 0x39) { advance() }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        mutating func value(depth: Int, after key: String) throws(DatasetError) -> Value {
            let byte = bytes[position]
            if byte == UInt8(ascii: "[") {
                advance()
                return .list(try list(depth: depth + 1, closed: true))
            }
            if byte == UInt8(ascii: "\"") { return .string(try string()) }
            let (startLine, startColumn) = (line, column)
            let start = position
            while position < bytes.count {
                let b = bytes[position]
                if Self.isBlank(b) || b == UInt8(ascii: "]") || b == UInt8(ascii: "[") { break }
                advance()
            }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            guard !text.isEmpty, let number = Self.number(bytes[start..<position]) ?? Double(text) else {
                throw fail("\"\(text)\" after \"\(key)\" is not a value; expected a number, a string in double quotes or a list in [ ]", line: startLine, column: startColumn)
            }
            return .number(number, text: text)
        }

        /// A plain integer (an optional sign and up to 15 digits) without going through text.
        static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
            var value = 0, negative = false, count = 0
            for (offset, byte) in digits.enumerated() {
                if offset == 0, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") { negative = byte == UInt8(ascii: "-"); continue }
                guard byte >= 0x30, byte <= 0x39, count < 15 else { return nil }
                value = value * 10 + Int(byte - 0x30)
                count += 1
            }
            return count == 0 ? nil : Double(negative ? -value : value)
        }

        mutating func string() throws(DatasetError) -> String {
            let (startLine, startColumn) = (line, column)
            advance()
            let start = position
            while true {
                guard position < bytes.count else { throw fail("a string that is never closed; expected a closing \"", line: startLine, column: startColumn) }
                if bytes[position] == UInt8(ascii: "\"") { break }
                advance()
            }
            let raw = String(decoding: bytes[start..<position], as: UTF8.self)
            advance()
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
