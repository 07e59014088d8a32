import Foundation

/// JSON for programs: pretty-printed with sorted keys, so output is stable and diffable.
enum JSONOutput {
    static func text(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// A number, or JSON null.
    static func number(_ value: Double?) -> Any { value ?? NSNull() }
}
