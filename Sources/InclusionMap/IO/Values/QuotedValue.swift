/// A value from a file as an error message quotes it: at most ``maximumLength`` characters
/// (the rest said as "… (N characters)"), controls, line breaks and bidi overrides escaped, so
/// a 10 MB cell or a line break cannot make a message unreadable or split it.
public enum QuotedValue {
    /// The longest value quoted whole: 60 characters.
    public static let maximumLength = 60

    /// `value` between double quotes, shortened and escaped.
    public static func quoted(_ value: String) -> String {
        let escaped = TerminalText.escapedCell(value)
        guard escaped.count > maximumLength else { return "\"" + escaped + "\"" }
        return "\"" + escaped.prefix(maximumLength) + "…\" (\(value.count) characters)"
    }
}
