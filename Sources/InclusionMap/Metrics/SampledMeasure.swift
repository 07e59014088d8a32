import Foundation

/// A measure estimated from a random sample of search sources, with the standard error of
/// every value.
///
/// With population N (candidate sources), sample size k and X_s(v) what source s adds to
/// actor v's sum, the estimate of Σ_s X_s(v) is N · mean_{s∈K} X_s(v) (scaled as the measure
/// is), and its standard error, for sampling without replacement,
///
///     SE(v) = N · √((1 − k/N) · S²(v) / k),   S²(v) = Σ_{s∈K} (X_s(v) − mean)² / (k − 1)
///
/// on the same scale as the value (Cochran, *Sampling Techniques*, 3rd ed. 1977, §2.5).
public struct SampledMeasure: Hashable, Sendable {
    /// The estimated values by node; `nil` where the measure is undefined.
    public let values: [Double?]
    /// The standard error of each value, on the same scale.
    public let standardErrors: [Double?]
    /// How many sources were searched from.
    public let sampleSize: Int
    /// How many candidate sources there were.
    public let population: Int
    /// The seed the sources were drawn with.
    public let seed: UInt64
    /// The rule the sample grew by, with the size it started from; `nil` for a sample of a
    /// fixed size.
    public var growth: (rule: SampleGrowth, firstSampleSize: Int)? {
        get { growthRule.map { ($0, firstSampleSize) } }
    }
    var growthRule: SampleGrowth?
    var firstSampleSize = 0

    init(values: [Double?], standardErrors: [Double?], sampleSize: Int, population: Int, seed: UInt64) {
        self.values = values
        self.standardErrors = standardErrors
        self.sampleSize = sampleSize
        self.population = population
        self.seed = seed
    }

    /// The median, over the `top` highest positive values, of the standard error as a share of
    /// the value; `nil` when no value is positive.
    public func medianRelativeError(top: Int) -> Double? {
        let ranked = values.indices.filter { (values[$0] ?? 0) > 0 }.sorted { values[$0]! > values[$1]! }.prefix(top)
        let relative = ranked.compactMap { v in standardErrors[v].map { $0 / values[v]! } }.sorted()
        return relative.isEmpty ? nil : relative[(relative.count - 1) / 2]
    }

    /// One sentence for people: what was sampled and how accurate the `top` highest values
    /// are, as the median and the largest standard error relative to the value, such as
    /// "Betweenness is estimated from 500 of the 100000 actors as path sources (seed 1;
    /// Brandes & Pich 2007), not from all of them: its standard error is 9% of the value for
    /// the median of the top 10 and at most 14%."
    ///
    /// - Parameters:
    ///   - measure: the measure's name, capitalised, to open the sentence.
    ///   - sources: what the population counts, in the plural ("actors", "grouped actors").
    ///   - top: how many of the highest values to summarise.
    ///   - reference: the estimator's source, named in the sentence.
    public func note(measure: String, sources: String, top: Int = 10, reference: String = "Brandes & Pich 2007") -> String {
        let ranked = values.indices.filter { (values[$0] ?? 0) > 0 }.sorted { values[$0]! > values[$1]! }.prefix(top)
        let relative = ranked.compactMap { v in standardErrors[v].map { $0 / values[v]! } }
        return note(measure: measure, sources: sources, relativeErrors: relative, whom: "the top \(relative.count)", reference: reference)
    }

    /// The sentence of ``note(measure:sources:top:reference:)`` for the standard errors relative to the
    /// value of a chosen set of actors (`whom`, such as "the 3 shortlisted"); without any, the
    /// sentence names the sample only. `reference` names the estimator's source.
    public func note(
        measure: String, sources: String, relativeErrors: [Double], whom: String, reference: String = "Brandes & Pich 2007"
    ) -> String {
        let relative = relativeErrors.sorted()
        var note = "\(measure) is estimated from \(sampleSize) of the \(population) \(sources) as path sources "
            + "(seed \(seed); \(reference)), not from all of them"
        if !relative.isEmpty {
            let median = relative[(relative.count - 1) / 2], largest = relative[relative.count - 1]
            note += String(format: ": its standard error is %.0f%% of the value for the median of %@ and at most %.0f%%", 100 * median, whom, 100 * largest)
        }
        note += "."
        if let (rule, first) = growth, sampleSize > first || !rule.isMet(by: self) {
            let reached = medianRelativeError(top: rule.top).map { String(format: "%.0f%%", 100 * $0) } ?? "none"
            note += rule.isMet(by: self)
                ? String(format: " The sample was doubled from %d sources until the median standard error of the top %d was at most %.0f%% (%@).", first, rule.top, 100 * rule.target, reached)
                : String(format: " Doubling the sample from %d sources to %d, the most it takes, left the median standard error of the top %d at %@, above the %.0f%% aimed at.", first, sampleSize, rule.top, reached, 100 * rule.target)
        }
        return note
    }
}
