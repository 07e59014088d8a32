/// The words of a line in the formats that separate values by spaces or tabs and quote a value
/// holding a space with `"` (Pajek, NetDraw's VNA), with no escapes: neither format has any.
///
/// A quote opens a quoted word only at a word's start (`a"b` is one word); a quoted word ends
/// at the next quote. Columns count characters from 1; a quoted word's column is its quote's.
enum QuotedWords {
    /// A word and the column it starts at.
    struct Word {
        var text: String
        var column: Int
    }

    /// The words of `line`; a quote left open takes the rest of the line as its word.
    static func split(_ line: Substring) -> [Word] {
        var openQuote: Int?
        return split(line, openQuote: &openQuote)
    }

    /// The words of `line`, and in `openQuote` the column of a quote left open (`nil` when
    /// every quote is closed), for formats that refuse one.
    static func split(_ line: Substring, openQuote: inout Int?) -> [Word] {
        // Most lines are ASCII (vertex numbers, weights): split their bytes, each word a small
        // string made from its bytes, the columns the byte offsets.
        if line.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(line, openQuote: &openQuote) }
        var words: [Word] = []
        var current = "", start = 0, quoted = false, inWord = false
        for (offset, character) in line.enumerated() {
            if quoted {
                if character == "\"" { quoted = false; words.append(Word(text: current, column: start)); current = ""; inWord = false } else { current.append(character) }
            } else if character == "\"" && !inWord {
                quoted = true
                start = offset + 1
            } else if character == " " || character == "\t" {
                if inWord { words.append(Word(text: current, column: start)); current = ""; inWord = false }
            } else {
                if !inWord { start = offset + 1; inWord = true }
                current.append(character)
            }
        }
        if inWord || quoted { words.append(Word(text: current, column: start)) }
        openQuote = quoted ? start : nil
        return words
    }

    /// ``split(_:openQuote:)`` of an ASCII line, read byte by byte.
    private static func asciiWords(_ line: Substring, openQuote: inout Int?) -> [Word] {
        var words: [Word] = []
        let bytes = line.utf8
        var offset = 0, start = 0, quoted = false, inWord = false
        var wordStart = bytes.startIndex
        var index = bytes.startIndex
        func text(_ end: Substring.UTF8View.Index) -> String { String(decoding: bytes[wordStart..<end], as: UTF8.self) }
        while index != bytes.endIndex {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    quoted = false
                    words.append(Word(text: text(index), column: start))
                    inWord = false
                }
            } else if byte == UInt8(ascii: "\"") && !inWord {
                quoted = true
                start = offset + 1
                wordStart = bytes.index(after: index)
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                if inWord { words.append(Word(text: text(index), column: start)); inWord = false }
            } else if !inWord {
                start = offset + 1
                wordStart = index
                inWord = true
            }
            offset += 1
            index = bytes.index(after: index)
        }
        if inWord || quoted { words.append(Word(text: text(bytes.endIndex), column: start)) }
        openQuote = quoted ? start : nil
        return words
    }
}
