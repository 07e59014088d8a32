/// How a what-if change would move the broker ranking: who enters and who leaves the top of
/// the ranking by potential, who would stop being an under-used broker because the change
/// engages them, and, as a warning, who would enter the top only through the change's own
/// ties although they had almost no tie outside their group before: a within-group hub that a
/// reflection space would make look like a broker.
///
/// Both rankings are ``BrokerFinder``'s, on the map before and after the change (a reflection
/// space is an engagement its members attend, so it counts as use); ranks are by potential,
/// 1 the highest, ties broken by id.
///
/// - Complexity: two broker rankings, one on each map.
public struct BrokerShift: Sendable, Hashable {
    /// One actor's place before and after.
    public struct Move: Sendable, Hashable {
        /// The actor.
        public let actorID: String
        /// Their rank by potential before the change (1 the highest); `nil` when not ranked.
        public let rankBefore: Int?
        /// Their rank by potential after the change.
        public let rankAfter: Int?
        /// Whether they were an under-used broker before.
        public let wasUnderUsed: Bool
        /// Whether they would be one after.
        public let isUnderUsed: Bool
        /// Distinct actors of other groups they were tied to before the change.
        public let crossGroupContactsBefore: Int
    }

    /// The length of the top compared: `top` (10 by default), or a fifth of the ranked actors
    /// when that is fewer, but at least 3 (on a map of a dozen actors, a top 10 is everyone).
    public let top: Int
    /// Actors who would enter the top, best first.
    public let entered: [Move]
    /// Actors who would leave it, best before first.
    public let left: [Move]
    /// Under-used brokers the change engages (a space's members who attend it), who would no
    /// longer be under-used.
    public let engaged: [Move]
    /// Actors who would enter the top although, before the change, they were tied to fewer
    /// than ``BrokerFinder/minimumCrossGroupContacts`` people of other groups: their new rank
    /// comes from the change's own ties, not from bridging they already do.
    public let madeBrokersByTheChange: [Move]

    /// A warning for each of ``madeBrokersByTheChange``, naming them as `map` labels them
    /// (`StakeholderMap.label(ofActor:)`): their new rank shows the change, not bridging they
    /// already do.
    public func warnings(in map: StakeholderMap) -> [String] {
        func rank(_ value: Int?) -> String { value.map(String.init) ?? "–" }
        return madeBrokersByTheChange.map { move in
            let contacts = move.crossGroupContactsBefore
            let tied = contacts == 0 ? "nobody" : contacts == 1 ? "one person" : "\(contacts) people"
            return "\(map.label(ofActor: move.actorID)) would enter the top \(top) (rank \(rank(move.rankBefore)) → \(rank(move.rankAfter))) only through the change's own ties: before it they were tied to \(tied) of another group, so their new rank shows the space, not bridging they already do"
        }
    }

    /// The shift from `before` to `after`, over the top `top`; `involved` are the actors the
    /// change touches (a space's members, a new tie's ends).
    public init(before: BrokerFinder, after: BrokerFinder, involved: Set<String>, top: Int = 10) {
        func ranks(_ finder: BrokerFinder) -> [String: Int] {
            let order = finder.candidates.sorted { $0.potential != $1.potential ? $0.potential > $1.potential : $0.actorID < $1.actorID }
            return Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1.actorID, $0 + 1) })
        }
        let (rb, ra) = (ranks(before), ranks(after))
        let underBefore = Set(before.underUsed.map(\.actorID)), underAfter = Set(after.underUsed.map(\.actorID))
        let ranked = max(rb.count, ra.count)
        let k = min(ranked, min(top, max(3, ranked / 5)))
        self.top = k
        func move(_ id: String) -> Move {
            Move(actorID: id, rankBefore: rb[id], rankAfter: ra[id], wasUnderUsed: underBefore.contains(id), isUnderUsed: underAfter.contains(id),
                 crossGroupContactsBefore: before.candidate(for: id)?.measures.crossGroupContacts ?? 0)
        }
        let topBefore = Set(rb.filter { $0.value <= k }.keys), topAfter = Set(ra.filter { $0.value <= k }.keys)
        entered = topAfter.subtracting(topBefore).map(move).sorted { ($0.rankAfter ?? .max) < ($1.rankAfter ?? .max) }
        left = topBefore.subtracting(topAfter).map(move).sorted { ($0.rankBefore ?? .max) < ($1.rankBefore ?? .max) }
        engaged = underBefore.subtracting(underAfter).intersection(involved).map(move).sorted { ($0.rankBefore ?? .max) < ($1.rankBefore ?? .max) }
        madeBrokersByTheChange = entered.filter {
            involved.contains($0.actorID) && $0.crossGroupContactsBefore < BrokerFinder.minimumCrossGroupContacts
        }
    }
}
