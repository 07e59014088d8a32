import Foundation

/// A person's name as a survey answer or a staff list writes it, normalised for matching.
///
/// Normalising folds case and diacritics (Zoë → zoe), turns punctuation into spaces (O'Brien
/// → o brien, Smith-Jones → smith jones), collapses whitespace and drops titles and honours
/// (Dr, Prof, Mr, Mrs, Ms, Mx, Miss, Cllr, Rev, Sir, Dame, Lord, Lady, PhD, MBE, OBE …).
/// "Surname, First" is recognised by its single comma and read as "First Surname".
public struct PersonName: Hashable, Sendable {
    /// The words of the name, normalised, in order: first name first.
    public let tokens: [String]

    /// The titles and honours left out of a name.
    public static let titles: Set<String> = [
        "dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "cllr", "councillor", "rev", "revd",
        "reverend", "sir", "dame", "lord", "lady", "fr", "father", "sr", "sister", "pc", "dc", "sgt", "insp",
        "phd", "mbe", "obe", "cbe", "frcp", "mp", "jp", "esq",
    ]

    /// The name written in `text`; `surnameFirst` reads "Surname, First" when the text has
    /// exactly one comma.
    public init(_ text: String, surnameFirst: Bool = true) {
        var text = text
        if surnameFirst {
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            if parts.count == 2, !parts[0].trimmingCharacters(in: .whitespaces).isEmpty, !parts[1].trimmingCharacters(in: .whitespaces).isEmpty {
                text = parts[1] + " " + parts[0]
            }
        }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_GB")).lowercased()
        var words: [String] = [], current = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        let kept = words.filter { !Self.titles.contains($0) }
        tokens = kept.isEmpty ? words : kept
    }

    /// The normalised name: tokens joined by one space.
    public var normalised: String { tokens.joined(separator: " ") }
    /// The first token (the given name), or "".
    public var first: String { tokens.first ?? "" }
    /// The last token (the surname), or "".
    public var last: String { tokens.count > 1 ? tokens.last! : "" }
    /// Whether the name is one word (a first name or a surname alone).
    public var isSingleWord: Bool { tokens.count == 1 }
}

/// Jaro–Winkler similarity of two strings (Jaro 1989, "Advances in record-linkage
/// methodology as applied to matching the 1985 census of Tampa, Florida", JASA 84(406);
/// Winkler 1990, "String comparator metrics and enhanced decision rules in the Fellegi–Sunter
/// model of record linkage"), with Winkler's prefix scale p = 0.1 over at most 4 characters.
///
/// Jaro: with m matching characters (equal and no farther apart than
/// ⌊max(|a|, |b|) / 2⌋ − 1) and t half the number of matched characters out of order,
/// J = (m/|a| + m/|b| + (m − t)/m) / 3 (0 when m = 0). Jaro–Winkler: J + ℓ p (1 − J) for a
/// common prefix of length ℓ ≤ 4. 1 means equal; typos of one letter in a name of eight
/// score about 0.95.
///
/// Complexity: O(|a| · |b|) at worst.
public enum JaroWinkler {
    /// The similarity of `a` and `b`, between 0 and 1.
    public static func similarity(_ a: String, _ b: String) -> Double {
        similarity(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// The similarity of two strings given as their Unicode scalars (for callers that compare
    /// one string with many and split it once).
    public static func similarity(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Double {
        if x.isEmpty && y.isEmpty { return 1 }
        if x.isEmpty || y.isEmpty { return 0 }
        let window = max(max(x.count, y.count) / 2 - 1, 0)
        var xMatched = [Bool](repeating: false, count: x.count), yMatched = [Bool](repeating: false, count: y.count)
        var matches = 0
        for i in x.indices {
            let low = max(0, i - window), high = min(y.count - 1, i + window)
            guard low <= high else { continue }
            for j in low...high where !yMatched[j] && x[i] == y[j] {
                xMatched[i] = true
                yMatched[j] = true
                matches += 1
                break
            }
        }
        guard matches > 0 else { return 0 }
        var transpositions = 0, j = 0
        for i in x.indices where xMatched[i] {
            while !yMatched[j] { j += 1 }
            if x[i] != y[j] { transpositions += 1 }
            j += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(x.count) + m / Double(y.count) + (m - Double(transpositions) / 2) / m) / 3
        var prefix = 0
        while prefix < min(4, x.count, y.count), x[prefix] == y[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }
}
