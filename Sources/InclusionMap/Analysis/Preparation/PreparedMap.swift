/// A map made ready for analysis, in the one order every output of InclusionMap follows:
/// the map as read → the consent mask over every actor of every map involved → the
/// missing-data policy → the group roll-up.
///
/// The order matters. The mask is built before the policy, over every actor as read (and,
/// for a comparison, over both maps), so a withheld person has the same code whatever
/// policy, command or wave shows them; a policy that leaves non-respondents out must not
/// renumber the people who remain. Every command of the command line, the report and the
/// register's comparison prepare their maps here.
///
/// ```swift
/// let prepared = PreparedMap(map, policy: .reconstruct)
/// let finder = try BrokerFinder(map: prepared.analysed, options: NetworkOptions(), column: "department")
/// ```
///
/// - Complexity: O(a · c + m) for a actors with c free columns and m ties and attendance
///   records: one pass of the mask, one of the policy.
public struct PreparedMap: Sendable {
    /// The consent mask applied: finds a withheld actor's code from the id the user typed.
    public let mask: ConsentMask
    /// The missing-data policy ``analysed`` was read with.
    public let policy: MissingDataPolicy
    /// The masked map as read, before the policy (what resampling for confidence perturbs,
    /// and what a response rate is measured on).
    public private(set) var asRead: StakeholderMap
    /// The masked map with the policy applied: what every analysis measures.
    public private(set) var analysed: StakeholderMap

    /// Prepares `map`: masks it (withholding also whoever `consent` names), then applies `policy`.
    public init(_ map: StakeholderMap, policy: MissingDataPolicy = .recommended, consent: ConsentScope = .mapOnly) {
        self.init(map, policy: policy, mask: ConsentMask(for: map, scope: consent))
    }

    /// Prepares `map` with a mask built elsewhere (over several maps).
    public init(_ map: StakeholderMap, policy: MissingDataPolicy, mask: ConsentMask) {
        self.mask = mask
        self.policy = policy
        asRead = mask.applied(to: map)
        analysed = policy.applied(to: asRead)
    }

    /// Prepares two maps to compare, with one mask over the actors of both (`before`'s
    /// first): a person who declined in either map is withheld in both, under one code, so
    /// they are matched across the two and never named by either.
    public static func comparing(
        _ before: StakeholderMap, _ after: StakeholderMap, policy: MissingDataPolicy = .recommended, consent: ConsentScope = .mapOnly
    ) -> (before: PreparedMap, after: PreparedMap) {
        let mask = ConsentMask(actors: Self.actors(of: [before, after]), scope: consent.including([before, after]))
        return (PreparedMap(before, policy: policy, mask: mask), PreparedMap(after, policy: policy, mask: mask))
    }

    /// Every actor of `maps`, each id once, in order of first appearance.
    public static func actors(of maps: [StakeholderMap]) -> [Actor] {
        var seen = Set<String>()
        var actors: [Actor] = []
        for map in maps {
            for actor in map.actors where seen.insert(actor.id).inserted { actors.append(actor) }
        }
        return actors
    }

    /// Adds the roll-up `column` (such as `department:parent`, ``DepartmentRollUp``) to the
    /// actors of both maps, for grouping by it; nothing when `column` names no roll-up.
    public mutating func rollUp(_ column: String) {
        guard DepartmentRollUp(column: column) != nil else { return }
        asRead = asRead.rollingUp(column)
        analysed = analysed.rollingUp(column)
    }

    /// Replaces both maps by `transform` of each: for a change every analysis must see, such
    /// as detected communities written into the actors (the mask and policy stay).
    public mutating func transform(_ transform: (StakeholderMap) -> StakeholderMap) {
        asRead = transform(asRead)
        analysed = transform(analysed)
    }
}
