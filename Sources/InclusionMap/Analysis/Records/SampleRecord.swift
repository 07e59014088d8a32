/// The sample a sampled measure was estimated from, as every JSON output writes it: the
/// sources searched, the candidate sources there were and the seed; for a sample that grew
/// towards an accuracy, the size it started from, the relative error it aimed at and its cap.
///
/// A measure computed exactly has no sample; the documents that hold one write `null`.
public struct SampleRecord: Encodable, Sendable {
    /// How many sources were searched from.
    public var sources: Int
    /// How many candidate sources there were (the grouped actors).
    public var groupedActors: Int
    /// The seed the sources were drawn with.
    public var seed: UInt64
    /// How the sample grew, when it did: from how many sources, towards what median relative
    /// standard error, up to how many sources.
    public var growth: (firstSources: Int, targetRelativeError: Double, maximumSources: Int)?

    /// The record of `sample`.
    public init(_ sample: SampledMeasure) {
        sources = sample.sampleSize
        groupedActors = sample.population
        seed = sample.seed
        growth = sample.growth.map { ($0.firstSampleSize, $0.rule.target, $0.rule.maximumSampleSize) }
    }

    private enum CodingKeys: String, CodingKey {
        case sources, groupedActors = "grouped_actors", seed
        case firstSources = "first_sources", targetRelativeError = "target_relative_error", maximumSources = "maximum_sources"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sources, forKey: .sources)
        try container.encode(groupedActors, forKey: .groupedActors)
        try container.encode(seed, forKey: .seed)
        if let growth {
            try container.encode(growth.firstSources, forKey: .firstSources)
            try container.encode(growth.targetRelativeError, forKey: .targetRelativeError)
            try container.encode(growth.maximumSources, forKey: .maximumSources)
        }
    }
}
