import Foundation

extension StakeholderMap {
    /// Reads a map from JSON written by ``jsonData()`` (or by hand in the same shape).
    ///
    /// The map is checked as the editing methods check it. JSON gives no line numbers through
    /// `Codable`, so a problem is located by its path in the document, such as `ties[3].weight`.
    ///
    /// - Parameter fileName: the name used in the error, such as `map.json`.
    /// - Throws: ``DatasetError`` with one issue saying where and what.
    public init(jsonData data: Data, fileName: String = "map.json") throws(DatasetError) {
        do {
            self = try JSONDecoder().decode(StakeholderMap.self, from: data)
        } catch let error as StakeholderMapError {
            throw DatasetError(issues: [DatasetIssue(file: fileName, columnName: error.field, message: "\(error.field): \(error)")])
        } catch let error as DecodingError {
            throw DatasetError(issues: [DatasetIssue(file: fileName, message: StakeholderMap.explain(error))])
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: fileName, message: "\(error)")])
        }
    }

    /// The map as JSON: pretty-printed with sorted keys, so the same map always gives the
    /// same bytes.
    public func jsonData() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail: weights are finite by the
        // map's own rules.
        return try! encoder.encode(self)
    }

    private static func explain(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text.isEmpty ? "the document" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing; expected a value"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): wrong type; expected \(type)"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): null; expected \(type)"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
