/// A value from a file as an error message quotes it: at most ``maximumLength`` characters
/// (the rest said as "… (N characters)"), controls, line breaks and bidi overrides escaped, so
/// a 10 MB cell or a line break cannot make a message unreadable or split it.
package enum QuotedValue {
    /// The longest value quoted whole: 60 characters.
    package static let maximumLength = 60

    /// `value` between double quotes, shortened and escaped.
    package static func quoted(_ value: String) -> String {
        let escaped = TerminalText.escapedCell(value)
        guard escaped.count > maximumLength else { return "\"" + escaped + "\"" }
        return "\"" + escaped.prefix(maximumLength) + "…\" (\(value.count) characters)"
    }
}
