/// The lines of a text file in a line-based format (Pajek, VNA, NCOL, LGL, Gephi's adjacency
/// lists), found byte by byte.
enum TextLines {
    /// The lines of `text`, ended by LF, CR LF or CR (the same lines as splitting on those
    /// characters, which walks every character's grapheme boundaries: 4× slower on a Pajek
    /// file of 600,000 lines).
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex, index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(text[start..<index])
                var next = bytes.index(after: index)
                if byte == 0x0D, next != bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
                start = next
                index = next
            } else {
                index = bytes.index(after: index)
            }
        }
        lines.append(text[start..<bytes.endIndex])
        return lines
    }

    /// Whether `text` holds a line feed followed by a carriage return (old Mac-style LF CR line
    /// ends), looked for byte by byte.
    static func hasLineFeedCarriageReturn(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == 0x0A && byte == 0x0D { return true }
            previous = byte
        }
        return false
    }
}
