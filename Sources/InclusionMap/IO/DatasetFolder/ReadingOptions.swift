/// Choices that change how strictly a dataset folder is read.
public struct ReadingOptions: Hashable, Sendable {
    /// What to do with a tie from an actor to itself.
    public enum SelfLoopPolicy: String, Hashable, Sendable, CaseIterable {
        /// Keep it in the map and warn; network views drop it (the default).
        case keep
        /// Refuse the dataset.
        case reject
    }

    /// What to do with a tie from an actor to itself; ``SelfLoopPolicy/keep`` by default.
    public var selfLoops: SelfLoopPolicy

    /// Creates options; the defaults are the format's.
    public init(selfLoops: SelfLoopPolicy = .keep) {
        self.selfLoops = selfLoops
    }
}
