/// How a long computation tells its caller how far it has got: a new step in a few words, and,
/// for a step made of counted parts (resampled maps, measures), how many parts are done.
///
/// Both closures may be called from any thread, and concurrently: a reporter that draws on a
/// terminal serialises its own drawing. ``silent`` says nothing, and is every default.
///
/// ```swift
/// let confidence = try FindingConfidence(map: map, progress: ProgressReporter(
///     step: { print($0) }, advance: { done, total in print("\(done)/\(total)") }))
/// ```
public struct ProgressReporter: Sendable {
    /// Called with a few words before each step, such as "ranking brokers".
    public var step: @Sendable (String) -> Void
    /// Called with the parts done so far and the parts in all, as parts finish.
    public var advance: @Sendable (_ done: Int, _ total: Int) -> Void

    /// A reporter that calls `step` before each step and `advance` as counted parts finish.
    public init(step: @escaping @Sendable (String) -> Void, advance: @escaping @Sendable (_ done: Int, _ total: Int) -> Void = { _, _ in }) {
        self.step = step
        self.advance = advance
    }

    /// A reporter that says nothing.
    public static let silent = ProgressReporter(step: { _ in }, advance: { _, _ in })
}
