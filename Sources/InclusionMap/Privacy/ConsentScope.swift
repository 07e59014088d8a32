/// What is known of consent beyond the map in hand: who declined in another wave or in the
/// other map of a comparison, and the key their codes are computed from.
///
/// Consent belongs to the person, not to a wave: someone who withdraws consent in a later wave
/// of a register is withheld in every wave from then on, and someone who declined once stays
/// withheld. A ``ConsentMask`` built with a scope withholds the map's own non-consenting
/// actors and everyone in ``withheldIDs``; with a ``key`` every code is keyed to the person,
/// so it is the same whatever map, wave or command it is shown in.
public struct ConsentScope: Sendable, Hashable {
    /// Ids of people to withhold even where the map in hand records their consent as true
    /// or unknown.
    public var withheldIDs: Set<String>
    /// The key codes are computed from; `nil` numbers withheld actors in map order.
    public var key: ConsentKey?

    /// A scope withholding `withheldIDs` beyond each map's own, with codes from `key`.
    public init(withheldIDs: Set<String> = [], key: ConsentKey? = nil) {
        self.withheldIDs = withheldIDs
        self.key = key
    }

    /// Nothing known beyond the map: only its own non-consenting actors are withheld,
    /// numbered in map order.
    public static let mapOnly = ConsentScope()

    /// This scope with the ids of every actor of `maps` whose consent is false added.
    public func including(_ maps: [StakeholderMap]) -> ConsentScope {
        var scope = self
        for map in maps {
            for actor in map.actors where !actor.mayBeNamed { scope.withheldIDs.insert(actor.id) }
        }
        return scope
    }
}
