import Foundation
import InclusionMap

/// JSON for programs: pretty-printed with sorted keys, so output is stable and diffable.
enum JSONOutput {
    static func text(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// A number, or JSON null.
    static func number(_ value: Double?) -> Any { value ?? NSNull() }

    /// The sample a sampled measure was estimated from, or JSON null when it is exact.
    static func sample(_ sample: SampledMeasure?) -> Any {
        sample.map { ["sources": $0.sampleSize, "grouped_actors": $0.population, "seed": $0.seed] as [String: Any] } ?? NSNull()
    }
}
