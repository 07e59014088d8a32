/// Rows in aligned columns for a terminal: numbers right-aligned, text left-aligned.
struct TextTable {
    var header: [String]
    var rows: [[String]]

    var text: String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return Double(cell) != nil ? padding + cell : cell + padding
            }
            .joined(separator: "  ")
            .reversed().drop { $0 == " " }.reversed()
        }
        .map { String($0) }
        .joined(separator: "\n") + "\n"
    }
}
