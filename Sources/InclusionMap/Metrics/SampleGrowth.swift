/// How a sample of path sources grows until its estimates are as accurate as stated: from the
/// first sample size, the sample doubles (the sources drawn so far kept, more drawn after them
/// from the same seeded shuffle) while the median standard error of the ``top`` highest
/// values, relative to the value, is above ``target``, up to ``maximumSampleSize`` sources.
///
/// The standard error falls as 1/√k with k sources, so each doubling divides it by about 1.4;
/// the cost grows as k. Progressive sampling of this kind is Bader et al.'s (2007, "Approximating
/// betweenness centrality", WAW 2007, LNCS 4863, 124–137) with the stopping rule on the
/// estimated standard error rather than on one node's sum.
public struct SampleGrowth: Hashable, Sendable {
    /// The median standard error over the ``top`` highest values, as a share of the value,
    /// that ends the growth.
    public var target: Double
    /// How many of the highest values the target is judged on.
    public var top: Int
    /// The most sources the sample grows to.
    public var maximumSampleSize: Int

    /// A growth rule.
    public init(target: Double, top: Int, maximumSampleSize: Int) {
        self.target = target
        self.top = top
        self.maximumSampleSize = maximumSampleSize
    }

    /// The rule ``PathSampling/automatic`` follows: 25% over the top 20, at most 2,000
    /// sources (four times the first sample, so at most four times its cost). On 10,000 actors
    /// the planted organisations reach it with the first 500 sources and the block model with
    /// 1,000; on a million sparse ones 2,000 are not enough and the output says how far
    /// from the target it stayed.
    public static let automatic = SampleGrowth(target: 0.25, top: 20, maximumSampleSize: 2_000)

    /// The sample sizes to search from, given the first: doubling up to the maximum (or to
    /// `population`, whichever is smaller).
    func sizes(from first: Int, population: Int) -> [Int] {
        let limit = max(first, min(maximumSampleSize, population))
        var sizes = [first]
        while sizes.last! < limit { sizes.append(min(2 * sizes.last!, limit)) }
        return sizes
    }

    /// Whether `measure` meets the target.
    func isMet(by measure: SampledMeasure) -> Bool {
        guard let error = measure.medianRelativeError(top: top) else { return true }
        return error <= target
    }
}

extension NetworkIndex {
    /// A betweenness-type estimate from the first `sizes[0]` sources of `order`, then from the
    /// first `sizes[1]`, and so on while `growth` is not met: each step searches only from the
    /// sources it adds, summing their dependencies (bridging ones when `groups` is given) and
    /// squared dependencies into the running totals, which `estimate` turns into the measure
    /// from the sources so far. Without `growth`, one step.
    func grownSample(
        order: [Int32], sizes: [Int], groups: [Int32]?, growth: SampleGrowth?, threads: Int?,
        estimate: (_ sources: [Int32], _ sums: [Double], _ squares: [Double]) -> SampledMeasure
    ) -> SampledMeasure {
        var sums = [Double](repeating: 0, count: nodeCount), squares = sums
        var drawn = 0
        var measure: SampledMeasure!
        for size in sizes {
            let (more, moreSquares) = accumulateBetweennessWithSquares(sources: Array(order[drawn..<size]), groups: groups, threads: threads)
            for v in 0..<nodeCount {
                sums[v] += more[v]
                squares[v] += moreSquares[v]
            }
            drawn = size
            measure = estimate(Array(order[..<size]), sums, squares)
            guard let growth else { break }
            measure.growthRule = growth
            measure.firstSampleSize = sizes[0]
            if growth.isMet(by: measure) { break }
        }
        return measure
    }
}
