/// Whether a tie's relation is among a view's relations, remembering the last answer: ties
/// come in long runs of one relation, and comparing a relation with the one before costs far
/// less than hashing it into the set.
struct RelationFilter {
    private let relations: Set<String>?
    private var last: (relation: String, selected: Bool)?

    init(_ relations: Set<String>?) {
        self.relations = relations
    }

    /// Whether ties of `relation` are selected (all are when the view names no relations).
    mutating func callAsFunction(_ relation: String) -> Bool {
        guard let relations else { return true }
        if let last, last.relation == relation { return last.selected }
        let selected = relations.contains(relation)
        last = (relation, selected)
        return selected
    }
}
