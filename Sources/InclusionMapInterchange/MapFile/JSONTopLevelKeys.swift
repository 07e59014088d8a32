import Foundation

/// The keys of a JSON document's top-level object, found by one pass over the bytes that
/// builds nothing else: how ``MapFileFormat/detect(_:)`` tells InclusionMap's map, node-link
/// JSON and Kumu's blueprint apart without parsing the document twice.
enum JSONTopLevelKeys {
    /// The keys (raw, escapes not decoded); empty when the document is not an object.
    static func keys(in data: Data) -> Set<String> {
        var keys = Set<String>()
        var depth = 0
        var index = data.startIndex
        var expectingKey = false
        while index < data.endIndex {
            let byte = data[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                expectingKey = depth == 1 && byte == UInt8(ascii: "{")
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            case UInt8(ascii: ","):
                expectingKey = depth == 1
            case UInt8(ascii: "\""):
                // A string: skip to its closing quote, keeping it when it is a top-level key.
                var end = data.index(after: index)
                while end < data.endIndex, data[end] != UInt8(ascii: "\"") {
                    end = data[end] == UInt8(ascii: "\\") ? data.index(end, offsetBy: 2, limitedBy: data.endIndex) ?? data.endIndex : data.index(after: end)
                }
                if expectingKey, end <= data.endIndex {
                    keys.insert(String(decoding: data[data.index(after: index)..<min(end, data.endIndex)], as: UTF8.self))
                    expectingKey = false
                }
                index = end
            default:
                break
            }
            if index < data.endIndex { index = data.index(after: index) }
        }
        return keys
    }
}
