import Foundation

/// Where a document that should be UTF-8 stops being UTF-8.
///
/// Foundation on Linux traps (an illegal instruction, not an error) when libxml2 hands it an
/// element or attribute name holding bytes that are not UTF-8, so every XML part is checked
/// before it is parsed. The rules are those of RFC 3629 §4: no overlong forms, no UTF-16
/// surrogates (U+D800–U+DFFF), nothing above U+10FFFF.
enum UTF8Validation {
    /// The line and column (1-based, counted in bytes as libxml2 counts them) of the first
    /// byte of `data` that does not begin a well-formed UTF-8 sequence; `nil` when all of it
    /// is UTF-8 or the document declares another encoding (a UTF-16 byte order mark or
    /// zero byte at the start, or an `encoding=` other than UTF-8 in its declaration), which
    /// libxml2 converts itself.
    ///
    /// One pass over the bytes, O(n).
    static func firstInvalidByte(in data: Data) -> (line: Int, column: Int)? {
        guard declaresUTF8(data) else { return nil }
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> (line: Int, column: Int)? in
            let count = bytes.count
            var index = 0, line = 1, lineStart = 0
            func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
                index + offset < count && range.contains(bytes[index + offset])
            }
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0x0A { line += 1; lineStart = index + 1 }
                    index += 1
                    continue
                }
                let length: Int
                switch byte {
                case 0xC2...0xDF: length = continuation(1) ? 2 : 0
                case 0xE0: length = continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
                case 0xE1...0xEC, 0xEE...0xEF: length = continuation(1) && continuation(2) ? 3 : 0
                case 0xED: length = continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
                case 0xF0: length = continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
                case 0xF1...0xF3: length = continuation(1) && continuation(2) && continuation(3) ? 4 : 0
                case 0xF4: length = continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
                default: length = 0
                }
                if length == 0 { return (line, index - lineStart + 1) }
                index += length
            }
            return nil
        }
    }

    /// Whether `data` must be checked as UTF-8: unless its first bytes say UTF-16 or UTF-32
    /// (a byte order mark or a zero byte) or its XML declaration names a single-byte
    /// encoding libxml2 converts (ISO 8859, Latin-1, Windows-125x). Anything else, including
    /// an encoding this check does not know or a declaration too damaged to read, is held
    /// to UTF-8: libxml2 falls back to reading such a document as UTF-8 (found by fuzzing,
    /// a declaration cut off inside `encoding='ut`).
    private static func declaresUTF8(_ data: Data) -> Bool {
        let head = data.prefix(256)
        if let first = head.first, first == 0xFE || first == 0xFF || first == 0x00 { return false }
        if head.count > 1, head[head.startIndex + 1] == 0x00 { return false }
        guard head.starts(with: Array("<?xml".utf8)) else { return true }
        let declaration = String(decoding: head.prefix { $0 != UInt8(ascii: ">") }, as: UTF8.self).lowercased()
        guard let range = declaration.range(of: "encoding") else { return true }
        let value = declaration[range.upperBound...].drop { " =\"'\t".contains($0) }.prefix { !" \"'?".contains($0) }
        let singleByte = ["iso-8859-", "iso8859-", "latin1", "latin-1", "iso-latin-1", "windows-125", "cp125"]
        return !singleByte.contains { value.hasPrefix($0) }
    }
}
