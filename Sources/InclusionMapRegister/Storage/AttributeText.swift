import Foundation

/// A record's free attributes as the register stores them: one JSON object in a text column,
/// keys sorted; no attributes is SQL NULL, the common case, which costs nothing to read.
enum AttributeText {
    /// The JSON text of `attributes`, or `nil` when there are none.
    static func encoded(_ attributes: [String: String]) -> String? {
        guard !attributes.isEmpty else { return nil }
        var text = "{"
        for (index, key) in attributes.keys.sorted().enumerated() {
            if index > 0 { text += "," }
            append(key, to: &text)
            text += ":"
            append(attributes[key]!, to: &text)
        }
        return text + "}"
    }

    /// The attributes stored as `text`; `nil` text is none.
    static func decoded(_ text: String?) -> [String: String] {
        guard let text, let data = text.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: String]
        else { return [:] }
        return object
    }

    /// A list of roles as a JSON array, or `nil` when empty.
    static func encoded(_ list: [String]) -> String? {
        guard !list.isEmpty else { return nil }
        var text = "["
        for (index, item) in list.enumerated() {
            if index > 0 { text += "," }
            append(item, to: &text)
        }
        return text + "]"
    }

    /// The list stored as `text`.
    static func decodedList(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8),
              let list = try? JSONSerialization.jsonObject(with: data) as? [String]
        else { return [] }
        return list
    }

    /// Appends `value` as a JSON string: quotes, backslashes and control characters escaped.
    private static func append(_ value: String, to text: inout String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                text += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
