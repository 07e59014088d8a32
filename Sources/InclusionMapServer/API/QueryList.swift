import Foundation
import Hummingbird

extension Request {
    /// The comma-separated values of query parameter `name`, trimmed, empty ones dropped;
    /// `nil` when the parameter is absent or empty.
    func queryList(_ name: String) -> [String]? {
        guard let value = uri.queryParameters[Substring(name)], !value.isEmpty else { return nil }
        let items = value.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return items.isEmpty ? nil : items
    }

    /// Query parameter `name` as given; `nil` when absent or empty.
    func queryText(_ name: String) -> String? {
        guard let value = uri.queryParameters[Substring(name)], !value.isEmpty else { return nil }
        return String(value)
    }

    /// Query parameter `name` as a whole number from `range`; `nil` when absent.
    ///
    /// - Throws: ``WorkbenchFailure/badRequest(_:)`` when it is not such a number.
    func queryInteger(_ name: String, in range: ClosedRange<Int>) throws(WorkbenchFailure) -> Int? {
        guard let text = uri.queryParameters[Substring(name)], !text.isEmpty else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .badRequest("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}
