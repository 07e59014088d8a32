import InclusionMap

/// How the command line names an actor: "Samira Haddad (eh07)", or just the id when the actor
/// has no name. An actor who did not consent to be named is never named: on the masked map
/// their id is their ``ConsentMask`` code, so the label is the code (`withheld-1`) in text and
/// the name field is empty in CSV and JSON.
enum ActorLabel {
    static func text(_ id: String, in map: StakeholderMap) -> String { map.label(ofActor: id) }

    /// The name field of CSV and JSON rows: empty when there is none or it may not be shown.
    static func name(_ id: String, in map: StakeholderMap) -> String {
        map.actor(withID: id)?.shownName ?? ""
    }
}
