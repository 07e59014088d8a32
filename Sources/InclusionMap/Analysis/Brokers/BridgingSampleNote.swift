import Foundation

extension BrokerFinder {
    /// How sampled bridging betweenness is, in one sentence for people; `nil` when it is exact.
    ///
    /// Names the sample (sources of grouped actors, seed, Brandes & Pich 2007) and the
    /// standard error relative to the value over the shortlisted brokers (or, without a
    /// shortlist, the ten highest-scoring actors): the median and the largest, so a reader sees
    /// how far a percentile rank could move.
    public var bridgingSampleNote: String? {
        guard let sample = bridgingSample else { return nil }
        let named = shortlist.brokers.isEmpty ? Array(candidates.prefix(10)) : shortlist.brokers
        let relative = named.compactMap { c -> Double? in
            guard let error = c.measures.bridgingBetweennessError, c.measures.bridgingBetweenness > 0 else { return nil }
            return error / c.measures.bridgingBetweenness
        }
        let whom = shortlist.brokers.isEmpty ? "the top \(named.count)" : "the \(named.count) shortlisted"
        return sample.note(measure: "Bridging betweenness", sources: "grouped actors", relativeErrors: relative, whom: whom)
    }
}

extension BrokerFinder {
    /// Says that bridging betweenness is exact on a map where it once was sampled (more than
    /// ``PathSampling/resampleExactLimit`` grouped actors, the work within
    /// ``PathSampling/automaticWork``); `nil` otherwise, or when it was asked for or sampled.
    public var bridgingExactNote: String? {
        guard paths.isExactAtScale(among: candidates.count, in: index) else { return nil }
        return PathSampling.exactNote(measure: "Bridging betweenness", count: candidates.count, sources: "grouped actors", in: index)
    }
}
