import InclusionMap

/// Rows in aligned columns for a terminal: numbers right-aligned, text left-aligned, trailing
/// spaces trimmed. Rows may have fewer cells than others.
///
/// Every cell is written with ``TerminalText/escapedCell(_:)``: a control character, a line
/// break or a bidirectional override in a name shows as `\u{…}` and cannot move the
/// columns or act on the terminal.
struct TextTable {
    var header: [String]? = nil
    var rows: [[String]]

    /// One line per row (header first), without line ends.
    var lines: [String] {
        let all = ((header.map { [$0] } ?? []) + rows).map { $0.map(TerminalText.escapedCell) }
        let columns = all.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return all.map { row in
            let line = row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return Double(cell) != nil ? padding + cell : cell + padding
            }
            .joined(separator: "  ")
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }

    /// The lines joined, each ending in a newline.
    var text: String { lines.map { $0 + "\n" }.joined() }
}
