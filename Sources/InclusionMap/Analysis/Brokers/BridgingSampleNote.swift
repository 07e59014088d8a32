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
        }.sorted()
        var note = "Bridging betweenness is estimated from \(sample.sampleSize) of the \(sample.population) grouped actors as path sources "
            + "(seed \(sample.seed); Brandes & Pich 2007), not from all of them"
        if !relative.isEmpty {
            let median = relative[(relative.count - 1) / 2], largest = relative[relative.count - 1]
            let whom = shortlist.brokers.isEmpty ? "the top \(named.count)" : "the \(named.count) shortlisted"
            note += String(format: ": its standard error is %.0f%% of the value for the median of %@ and at most %.0f%%", 100 * median, whom, 100 * largest)
        }
        return note + "."
    }
}
