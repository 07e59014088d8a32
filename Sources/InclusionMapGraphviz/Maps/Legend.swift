/// The key drawn under a map, as a Graphviz HTML-like table: a title, then side by side a
/// column per cue (colours, shapes, outlines and lines, size). In SVG it is the group with
/// id `a_legend`.
struct Legend {
    /// A row: a swatch (a fill colour, or a word standing for a shape or line) and its text.
    enum Swatch { case colour(String), word(String), none }

    struct Section {
        var heading: String
        var rows: [(swatch: Swatch, text: String)]
    }

    var title: String?
    var sections: [Section] = []

    /// The HTML-like label; every piece of user text is escaped.
    var html: String {
        var columns = ""
        for section in sections where !section.rows.isEmpty {
            var rows = "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(LabelText.html(section.heading))</B></TD></TR>"
            for row in section.rows {
                let swatch: String
                switch row.swatch {
                case let .colour(colour):
                    swatch = "<TD BGCOLOR=\"\(colour)\" BORDER=\"1\" COLOR=\"#666666\" WIDTH=\"18\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD>"
                case let .word(word):
                    swatch = "<TD ALIGN=\"LEFT\"><FONT COLOR=\"#555555\">\(LabelText.html(word))</FONT></TD>"
                case .none:
                    swatch = "<TD></TD>"
                }
                let text = LabelText.html(row.text.replacingNewlines())
                rows += "<TR>\(swatch)<TD ALIGN=\"LEFT\">\(text)</TD></TR>"
            }
            columns += "<TD VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\">\(rows)</TABLE></TD>"
        }
        if columns.isEmpty { columns = "<TD></TD>" }
        var table = "<TABLE ID=\"legend\" TITLE=\"Legend\" HREF=\"#legend\" BORDER=\"0\" CELLSPACING=\"10\" CELLPADDING=\"0\">"
        if let title {
            table += "<TR><TD COLSPAN=\"\(max(sections.count, 1))\"><FONT POINT-SIZE=\"16\"><B>\(LabelText.html(title.replacingNewlines()))</B></FONT></TD></TR>"
        }
        table += "<TR>\(columns)</TR></TABLE>"
        return table
    }
}

extension String {
    /// Line breaks as spaces, for one-line legend entries.
    func replacingNewlines() -> String {
        String(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
