/// Text made safe for a terminal: what the command line prints for people.
///
/// A name read from a spreadsheet can hold ESC, BEL or other control characters, which a
/// terminal obeys (an escape sequence can clear the screen, move the cursor or change the
/// window title), or a bidirectional override that makes a table read in another order than
/// it is written. ``escaped(_:)`` writes each such character as a visible escape, `\u{1B}`,
/// so the analyst sees that it is there and the terminal does nothing with it:
///
/// - C0 controls (U+0000–U+001F) except line feed and tab, DEL and the C1 controls
///   (U+0080–U+009F);
/// - bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A–U+202E,
///   U+2066–U+2069), the Unicode line and paragraph separators (U+2028, U+2029) and the
///   invisible byte-order mark (U+FEFF).
///
/// Everything else, letters of every script and emoji among them, passes unchanged. The
/// escape of an escape is itself: ``escaped(_:)`` of its own output changes nothing.
public enum TerminalText {
    /// `text` with every control, bidirectional formatting character and Unicode line
    /// separator written as `\u{…}`; line feeds and tabs are kept.
    public static func escaped(_ text: String) -> String {
        escaped(text, keeping: { $0 == "\n" || $0 == "\t" })
    }

    /// `text` with every such character written as `\u{…}`, line feeds and tabs included:
    /// for one table cell, where a line break would break the row.
    public static func escapedCell(_ text: String) -> String {
        escaped(text, keeping: { _ in false })
    }

    /// Whether `text` has a character ``escaped(_:)`` would rewrite.
    public static func needsEscaping(_ text: String) -> Bool {
        text.unicodeScalars.contains { isUnsafe($0) && $0 != "\n" && $0 != "\t" }
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isControlCharacter || scalar.isBidiControl || scalar.isUnicodeLineSeparator || scalar.value == 0xFEFF
    }

    static func escaped(_ text: String, keeping kept: (Unicode.Scalar) -> Bool) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && !kept($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar), !kept(scalar) {
                out.append(contentsOf: scalar.visibleEscape.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
