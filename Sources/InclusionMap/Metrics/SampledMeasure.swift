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
}
