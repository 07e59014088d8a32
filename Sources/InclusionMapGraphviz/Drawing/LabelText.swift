/// Turns user text (actor and group names) into Graphviz label values that render exactly as
/// written.
///
/// Graphviz reads a plain label through two filters before drawing it: escape sequences
/// (`\N` becomes the node name, `\n`, `\l` and `\r` end lines, `\x` becomes `x`), then HTML
/// entities (`&amp;` becomes `&`). So a name containing `\N` or `&amp;` would be rewritten.
/// ``plain(_:)`` doubles every backslash and writes every `&` as `&amp;`, so both filters give
/// back the original text; a newline in a name stays a line break. SVG output is escaped by
/// Graphviz itself (`<`, `>`, `&`, quotes).
public enum LabelText {
    /// The label value that draws `text` as written.
    public static func plain(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "\r": continue
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// `text` escaped for the inside of an HTML-like label: `&`, `<`, `>`, quotes and
    /// backslashes as entities (Graphviz reads `\G` and `\N` even in HTML labels), line breaks
    /// as `<BR/>`.
    public static func html(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\\": out += "&#92;"
            case "\n": out += "<BR/>"
            case "\r": continue
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
