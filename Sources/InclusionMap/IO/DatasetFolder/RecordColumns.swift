extension Actor {
    /// The known columns of `actors.csv` after `id`, in the order they are written.
    public static let knownFields = ["name", "kind", "department", "organisation", "sector", "roles", "consent", "responded"]

    /// The known columns that hold true or false (`consent`, `responded`): formats with typed
    /// values (GraphML, node-link JSON) write these as booleans.
    package static let booleanFields: Set<String> = ["consent", "responded"]

    /// The actor's value in a known column of `actors.csv` as written there: roles joined by
    /// `;`, consent and responded as `true`/`false`; `nil` when empty or the column is not a known one.
    /// Every format writer shares this, so a value reads the same in each.
    public func datasetValue(ofColumn column: String) -> String? {
        switch column {
        case "id": id
        case "name": name
        case "kind": kind?.rawValue
        case "department": department
        case "organisation": organisation
        case "sector": sector
        case "roles": roles.isEmpty ? nil : roles.joined(separator: ";")
        case "consent": consent.map { $0 ? "true" : "false" }
        case "responded": responded.map { $0 ? "true" : "false" }
        default: nil
        }
    }
}

extension Tie {
    /// The known columns of `ties.csv` after `source` and `target`, in the order they are
    /// written.
    public static let knownFields = ["relation", "weight", "directed", "wave", "date", "source_of_evidence"]

    /// The tie's value in a known column of `ties.csv` as written there: the weight an
    /// integer when whole, else the shortest text that reads back the same; `nil` when empty.
    public func datasetValue(ofColumn column: String) -> String? {
        switch column {
        case "source": source
        case "target": target
        case "relation": relation
        case "weight": Tie.text(ofWeight: weight)
        case "directed": isDirected ? "true" : "false"
        case "wave": wave
        case "date": date?.description
        case "source_of_evidence": provenance
        default: nil
        }
    }

    /// A weight as text: an integer when whole, else Swift's shortest round-tripping form.
    public static func text(ofWeight number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
