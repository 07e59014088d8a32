/// The one set of words every reader accepts for true and false: `true`, `yes`, `1` and
/// `false`, `no`, `0`, in any case, surrounding spaces ignored.
package enum BooleanText {
    /// The value `text` writes, or `nil` when it is none of the words.
    package static func parse(_ text: String) -> Bool? {
        // The common spellings first, without trimming or lowering a copy.
        switch text {
        case "true", "1": return true
        case "false", "0": return false
        default: break
        }
        return switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "yes", "1": true
        case "false", "no", "0": false
        default: nil
        }
    }
}
