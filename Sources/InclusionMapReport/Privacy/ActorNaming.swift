import InclusionMap

/// How the report names an actor, in the page and in its CSV tables.
///
/// An actor with a name reads "Samira Haddad (eh07)", one without reads by id. An actor whose
/// consent is false is never named and its id is not shown either (an id can be a name): on
/// the report's masked map its id is its ``ConsentMask`` code, so the page and the CSV tables
/// show the code (`withheld-1`, or `P087` when pseudonymised) and leave the name empty. The
/// maps label the same node with the same code.
struct ActorNaming: Sendable {
    let map: StakeholderMap

    /// Whether the actor with `id` may be named.
    func mayBeNamed(_ id: String) -> Bool {
        map.actor(withID: id)?.mayBeNamed ?? true
    }

    /// The label in the page's text.
    func label(_ id: String) -> String {
        guard let actor = map.actor(withID: id) else { return id }
        guard actor.mayBeNamed else { return actor.id }
        guard let name = actor.name, !Self.nameShowsID(name, id) else { return actor.name ?? id }
        return "\(name) (\(id))"
    }

    /// The label as markup: the name, then the id in a quieter style.
    func markup(_ id: String) -> Markup {
        guard let actor = map.actor(withID: id) else { return Markup(text: id) }
        guard actor.mayBeNamed else { return "<em class=\"withheld\" title=\"asked not to be named\">\(actor.id)</em>" }
        guard let name = actor.name, !Self.nameShowsID(name, id) else { return Markup(text: actor.name ?? id) }
        return "\(name) <span class=\"id\">\(id)</span>"
    }

    /// Whether the name already ends with the id ("Lawyer 31" for id 31), so showing the id
    /// again would only repeat it.
    static func nameShowsID(_ name: String, _ id: String) -> Bool {
        name == id || name.hasSuffix(" " + id)
    }

    /// The `id` field of a CSV row: the id, which for an actor who may not be named is its code.
    func csvID(_ id: String) -> String { id }

    /// The `name` field of a CSV row: empty when there is none or it may not be shown.
    func csvName(_ id: String) -> String { map.actor(withID: id)?.shownName ?? "" }
}
