import Foundation

/// How numbers and counts read in the report: fixed decimals, percentages, plurals.
enum Wording {
    /// `value` with `digits` decimals, or an en dash when there is no value.
    static func fixed(_ value: Double?, digits: Int = 2) -> String {
        guard let value, value.isFinite else { return "–" }
        // A minus sign, not a hyphen, reads as a number.
        return String(format: "%.\(digits)f", value).replacingOccurrences(of: "-", with: "−")
    }

    /// A share as a whole percentage: 0.276 → "28%".
    static func percent(_ share: Double?) -> String {
        guard let share, share.isFinite else { return "–" }
        return "\(Int((share * 100).rounded()))%"
    }

    /// "1 actor", "3 actors"; `plural` defaults to the word with an s.
    static func count(_ n: Int, _ word: String, plural: String? = nil) -> String {
        "\(thousands(n)) \(n == 1 ? word : plural ?? word + "s")"
    }

    /// A p-value as a reader expects it: "p < 0.001" or "p = 0.042".
    static func pValue(_ p: Double) -> String {
        p < 0.001 ? "p < 0.001" : "p = \(String(format: "%.3f", p))"
    }

    /// Items joined as in a sentence: "a", "a and b", "a, b and c".
    static func sentenceList(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// A whole number with thousands separated by commas: 10000 → "10,000".
    static func thousands(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (n < 0 ? "−" : "") + out
    }
}
