/// Text made fit for XML, SVG, HTML and Graphviz labels.
///
/// XML 1.0 (§2.2) forbids the C0 controls other than tab, line feed and carriage return, and
/// U+FFFE and U+FFFF, anywhere in a document: one such character in a name makes a whole SVG
/// map invalid, and browsers refuse to draw it. ``cleaned(_:)`` drops those, the C1 controls
/// and DEL (allowed by XML but drawn as boxes) and the bidirectional formatting characters
/// (which would reorder a label), and keeps everything else. Escaping `&`, `<` and `>` is
/// the writer's job (Graphviz's for SVG, `LabelText` and the report's markup for theirs).
///
/// Drawing is not the record: tables keep the full text, with controls escaped visibly.
public enum XMLText {
    /// Whether ``cleaned(_:)`` drops `scalar`.
    public static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isForbiddenInXML || (0x7F...0x9F).contains(scalar.value) || scalar.isBidiControl
    }

    /// `text` without the characters XML forbids, C1 controls, DEL and bidirectional
    /// formatting characters.
    public static func cleaned(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isDropped) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isDropped($0) }))
    }

    /// `text` with each character ``cleaned(_:)`` would drop written as `\u{…}` instead, so
    /// that two different texts stay different (for names that must stay unique, such as
    /// Graphviz node names).
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isDropped) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isDropped(scalar) { out.append(contentsOf: scalar.visibleEscape.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }
}
