/// The one escaper of XML and HTML text that every writer of InclusionMap uses: GraphML,
/// GEXF and workbook parts, the report's HTML and the Graphviz labels of its maps.
///
/// `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;` (a
/// character reference, which XML and every HTML read alike; `&apos;` is not HTML 4). Inside
/// an attribute a line feed and a tab become `&#10;` and `&#9;`, which attribute-value
/// normalisation would otherwise turn into spaces (XML 1.0 §3.3.3). A carriage return is kept
/// as `&#13;` where the text is data (an interchange file must give back what it was given) or
/// dropped where it is only shown. Characters XML forbids are not this escaper's business:
/// writers drop them first (``XMLText/cleaned(_:)``) or count what they drop.
package enum XMLEscaping {
    /// Where the text goes.
    package enum Place: Sendable {
        /// Between tags.
        case text
        /// Inside a quoted attribute value.
        case attribute
    }

    /// What to do with a carriage return.
    package enum CarriageReturns: Sendable {
        /// Write it as `&#13;`, so a reader gets it back.
        case keep
        /// Leave it out (text that is only shown).
        case drop
    }

    /// `text` escaped for `place`.
    package static func escaped(_ text: String, in place: Place, carriageReturns: CarriageReturns) -> String {
        guard text.unicodeScalars.contains(where: { needsEscaping($0, in: place) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": if carriageReturns == .keep { out += "&#13;" }
            case "\n" where place == .attribute: out += "&#10;"
            case "\t" where place == .attribute: out += "&#9;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscaping(_ scalar: Unicode.Scalar, in place: Place) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'", "\r": true
        case "\n", "\t": place == .attribute
        default: false
        }
    }
}
