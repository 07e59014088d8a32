import InclusionMap

/// Turns user text (actor and group names) into Graphviz label values that render exactly as
/// written.
///
/// Graphviz reads a plain label through two filters before drawing it: escape sequences
/// (`\N` becomes the node name, `\n`, `\l` and `\r` end lines, `\x` becomes `x`), then HTML
/// entities (`&amp;` becomes `&`). So a name containing `\N` or `&amp;` would be rewritten.
/// ``plain(_:)`` doubles every backslash and writes every `&` as `&amp;`, so both filters give
/// back the original text; a newline in a name stays a line break. SVG output is escaped by
/// Graphviz itself (`<`, `>`, `&`, quotes).
///
/// Both also make the text fit to draw: the characters XML 1.0 forbids, C1 controls and
/// bidirectional overrides are dropped (`XMLText.cleaned(_:)`), and a text longer than
/// ``maximumLength`` characters is cut to that length, ending in "…". Graphviz hands labels
/// to Pango, which aborts the process on a label of some megabytes; the tables keep the full
/// text.
public enum LabelText {
    /// The longest label drawn, in characters (grapheme clusters): 200.
    public static let maximumLength = 200

    /// `text` cleaned for drawing and cut to ``maximumLength`` characters.
    public static func drawable(_ text: String) -> String {
        let clean = XMLText.cleaned(text)
        guard clean.utf8.count > maximumLength else { return clean }
        var count = 0
        var end = clean.startIndex
        while end < clean.endIndex, count < maximumLength {
            end = clean.index(after: end)
            count += 1
        }
        guard end < clean.endIndex else { return clean }
        return String(clean[..<clean.index(before: end)]) + "…"
    }

    /// The label value that draws `text` as written.
    public static func plain(_ text: String) -> String {
        escapedForGraphviz(drawable(text))
    }

    /// An `id` attribute value (`actor-<id>`, `group-<name>`) that stays unique: nothing is
    /// dropped or shortened; each character `XMLText` would drop is written `\u{…}`.
    public static func identifier(_ text: String) -> String {
        escapedForGraphviz(XMLText.escaped(text))
    }

    private static func escapedForGraphviz(_ text: String) -> String {
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
        // The one XML escaper, then what only Graphviz reads: backslashes and line breaks.
        XMLEscaping.escaped(drawable(text), in: .text, carriageReturns: .drop)
            .replacingOccurrences(of: "\\", with: "&#92;")
            .replacingOccurrences(of: "\n", with: "<BR/>")
    }
}
