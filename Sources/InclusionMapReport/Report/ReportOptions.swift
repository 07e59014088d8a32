import InclusionMap

/// What a report covers and how it is made. The defaults are those of the `report` command.
public struct ReportOptions: Hashable, Sendable {
    /// The heading of the page; `nil` gives "Inclusion map of" and the source's name.
    public var title: String?
    /// The actor column that defines the groups (silos, brokers, representation).
    public var groupColumn: String
    /// The relations measured and drawn; `nil` for all.
    public var relations: Set<String>?
    /// Whether every tie is read as undirected; by default directed ties keep their
    /// direction (brokerage potential then reads who comes to whom). Default false.
    public var undirected = false
    /// How bridging betweenness chooses its sources: exact while the work is within
    /// `PathSampling.automaticWork`, sampled above, by default; the method
    /// section says which.
    public var paths: PathSampling = .automatic
    /// Whether every actor's id and name are replaced by a code (see ``Pseudonyms``).
    public var pseudonymises: Bool
    /// Groups with fewer actors than this are not broken down in tables: they are counted
    /// together in one row, so nobody can be picked out by elimination.
    public var minimumGroupSize: Int
    /// How many people the suggested panel holds.
    public var panelSize: Int
    /// Who must be on the suggested panel, and who must not (ids as the report shows them:
    /// a withheld actor by their code); none by default.
    public var panelMustInclude: [String] = []
    public var panelExcluded: Set<String> = []
    /// At most this many panel members from one group; no cap by default.
    public var panelMaxPerGroup: Int?
    /// How many of the top brokers get an ego map.
    public var egoMapCount: Int
    /// How many of the most recent engagements measure current use.
    public var window: Int?
    /// Permutations of the E-I test.
    public var permutations: Int
    /// Seed of the permutation test and of community detection.
    public var seed: UInt64
    /// What to do with the ties of people who did not answer (`MissingDataPolicy`); the
    /// response rate the report states is always that of the map as given.
    public var missingData: MissingDataPolicy = .recommended
    /// Resampled maps for the confidence of each finding (`FindingConfidence`); 0 for none.
    public var confidenceResamples: Int = 100
    /// The share of ties and attendance records each resample leaves out.
    public var confidenceDropout: Double = 0.1

    /// Creates options; every argument has the `report` command's default.
    public init(
        title: String? = nil, groupColumn: String = "department", relations: Set<String>? = nil,
        pseudonymises: Bool = false, minimumGroupSize: Int = 3, panelSize: Int = 10, egoMapCount: Int = 3,
        window: Int? = 8, permutations: Int = 10_000, seed: UInt64 = 1
    ) {
        self.title = title
        self.groupColumn = groupColumn
        self.relations = relations
        self.pseudonymises = pseudonymises
        self.minimumGroupSize = minimumGroupSize
        self.panelSize = panelSize
        self.egoMapCount = egoMapCount
        self.window = window
        self.permutations = permutations
        self.seed = seed
    }

    /// The view every measure is taken on.
    var networkOptions: NetworkIndex.Options {
        NetworkIndex.Options(relations: relations, symmetrised: undirected)
    }
}
