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
        guard let sample else { return NSNull() }
        var object: [String: Any] = ["sources": sample.sampleSize, "grouped_actors": sample.population, "seed": sample.seed]
        if let (rule, first) = sample.growth {
            // How the sample grew: from how many sources, towards what accuracy, up to how many.
            object["first_sources"] = first
            object["target_relative_error"] = rule.target
            object["maximum_sources"] = rule.maximumSampleSize
        }
        return object
    }
}
