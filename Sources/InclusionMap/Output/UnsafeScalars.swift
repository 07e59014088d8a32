extension Unicode.Scalar {
    /// Whether this is a C0 control (U+0000–U+001F), DEL (U+007F) or a C1 control
    /// (U+0080–U+009F): characters that terminals read as commands (ESC starts an escape
    /// sequence that can move the cursor, rewrite the screen or retitle the window; BEL rings).
    var isControlCharacter: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }

    /// Whether this is a Unicode bidirectional formatting character (Unicode Standard Annex
    /// #9): the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, the marks
    /// U+200E, U+200F and U+061C. An override can make text display in another order than it
    /// is stored ("Trojan Source", CVE-2021-42574).
    var isBidiControl: Bool {
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether this is a line or paragraph separator (U+2028, U+2029), which some terminals
    /// and editors break lines at.
    var isUnicodeLineSeparator: Bool { value == 0x2028 || value == 0x2029 }

    /// Whether XML 1.0 (§2.2, `Char`) forbids this character anywhere in a document: C0
    /// controls other than tab, line feed and carriage return, and U+FFFE, U+FFFF.
    var isForbiddenInXML: Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE || value == 0xFFFF
    }

    /// The character as a visible escape, `\u{1B}`: how outputs show a control they will not
    /// pass through.
    var visibleEscape: String {
        "\\u{" + String(value, radix: 16, uppercase: true) + "}"
    }
}
