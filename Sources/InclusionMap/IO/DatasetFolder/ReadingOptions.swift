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

    /// The encoding of a Pajek or UCINET DL file (formats that do not say their own);
    /// ``TextEncoding/utf8`` by default, which refuses other bytes with their place.
    public var encoding: TextEncoding

    /// In a Pajek project (`.paj`) of several networks, the one to read: its name or number
    /// from 1; `nil` for the first.
    public var network: String?

    /// Creates options; the defaults are the format's.
    public init(selfLoops: SelfLoopPolicy = .keep, encoding: TextEncoding = .utf8, network: String? = nil) {
        self.selfLoops = selfLoops
        self.encoding = encoding
        self.network = network
    }
}
