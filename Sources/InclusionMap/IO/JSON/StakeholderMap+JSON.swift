import Foundation

extension StakeholderMap {
    /// Reads a map from JSON written by ``jsonData()`` (or by hand in the same shape).
    ///
    /// Every problem is reported at once, with its line and column and its record path, such
    /// as `ties[3].weight`: malformed JSON, a key given twice in one object, a missing or
    /// blank id, a value of the wrong type, a field no record has, nesting deeper than 64
    /// levels, and every rule the editing methods check (an unknown actor, a department
    /// loop). Nothing is returned unless the whole map reads.
    ///
    /// - Parameters:
    ///   - data: the JSON text, UTF-8.
    ///   - fileName: the name used in the issues, such as `map.json`.
    /// - Throws: ``DatasetError`` with every problem.
    public init(jsonData data: Data, fileName: String = "map.json") throws(DatasetError) {
        var reader = JSONMapReader(fileName: fileName)
        self = try reader.read(data)
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
}
