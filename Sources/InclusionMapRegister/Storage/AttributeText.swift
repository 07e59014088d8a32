import Foundation

/// A record's free attributes as the register stores them: one JSON object in a text column,
/// keys sorted; no attributes is SQL NULL, the common case, which costs nothing to read.
enum AttributeText {
    /// The JSON text of `attributes`, or `nil` when there are none.
    static func encoded(_ attributes: [String: String]) -> String? {
        attributes.isEmpty ? nil : json(attributes)
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
        list.isEmpty ? nil : json(list)
    }

    /// The list stored as `text`.
    static func decodedList(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8),
              let list = try? JSONSerialization.jsonObject(with: data) as? [String]
        else { return [] }
        return list
    }

    /// `value` as JSON text by Foundation's encoder (keys sorted, slashes as they are): the
    /// one JSON writer, so no escaping of our own can disagree with the reader.
    private static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A dictionary or array of strings always encodes.
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
