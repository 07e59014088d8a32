/// A table for the page: a header row, body rows of markup, numbers aligned right.
struct HTMLTable {
    /// A column: its heading and whether it holds numbers (aligned right, tabular figures).
    struct Column {
        var title: String
        var isNumeric = false

        static func text(_ title: String) -> Column { Column(title: title) }
        static func number(_ title: String) -> Column { Column(title: title, isNumeric: true) }
    }

    var columns: [Column]
    var rows: [[Markup]]
    /// A line under the table, in small print.
    var note: Markup? = nil
    /// For each row, text shown under it across the table (a reason, say); `nil` for none.
    var details: [Markup?] = []

    var markup: Markup {
        func cellClass(_ column: Int) -> Markup {
            column < columns.count && columns[column].isNumeric ? " class=\"num\"" : ""
        }
        let head = Markup.joined(columns.indices.map { "<th\(cellClass($0)) scope=\"col\">\(columns[$0].title)</th>" })
        let body = Markup.joined(rows.indices.map { r in
            let row = rows[r]
            let cells: Markup = "<tr>\(Markup.joined(row.indices.map { "<td\(cellClass($0))>\(row[$0])</td>" }))</tr>\n"
            guard r < details.count, let detail = details[r] else { return cells }
            return cells + "<tr class=\"detail\"><td colspan=\"\(columns.count)\">\(detail)</td></tr>\n"
        })
        let note = self.note.map { "<p class=\"note\">\($0)</p>\n" } ?? Markup.empty
        let style: Markup = details.isEmpty ? "" : " class=\"with-details\""
        return "<div class=\"table\"><table\(style)>\n<thead><tr>\(head)</tr></thead>\n<tbody>\n\(body)</tbody>\n</table></div>\n\(note)"
    }
}

extension Markup {
    /// A bulleted list of items.
    static func list(_ items: [Markup], className: String? = nil) -> Markup {
        let attribute: Markup = className.map { " class=\"\($0)\"" } ?? Markup.empty
        return "<ul\(attribute)>\n\(Markup.joined(items.map { "<li>\($0)</li>\n" }))</ul>\n"
    }

    /// A paragraph.
    static func paragraph(_ content: Markup, className: String? = nil) -> Markup {
        let attribute: Markup = className.map { " class=\"\($0)\"" } ?? Markup.empty
        return "<p\(attribute)>\(content)</p>\n"
    }
}
