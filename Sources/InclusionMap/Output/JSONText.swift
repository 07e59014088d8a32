/// JSON text made safe to print and to open in an editor, with its values unchanged.
///
/// JSON encoders escape the C0 controls, as RFC 8259 requires, but pass DEL, the C1
/// controls, bidirectional formatting characters and the Unicode line separators through as
/// they are, so a hostile name can still act on a terminal or reorder what an editor shows.
/// ``neutralised(_:)`` writes each of those as a `\uXXXX` escape. JSON's structure is ASCII,
/// so these characters can only stand inside strings, where the escape means the same
/// character: a program reading the output gets exactly the values it would have got.
public enum JSONText {
    /// `json` with every control, bidirectional formatting character and Unicode line
    /// separator written as a `\uXXXX` escape.
    public static func neutralised(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard needsEscape(scalar) else { out.append(scalar); continue }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(out)
    }

    /// A raw line feed, tab or carriage return is JSON's own whitespace outside strings, and
    /// encoders never leave one inside, so those three are kept.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar != "\n", scalar != "\t", scalar != "\r" else { return false }
        return TerminalText.isUnsafe(scalar)
    }
}
