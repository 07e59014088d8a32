import InclusionMap

/// What a new revision changes in a wave, record by record: the register's change log.
///
/// Actors, departments and engagements are matched by id, attendance by (engagement, actor),
/// ties by relation and ends (both ends sorted for an undirected tie) and wave. A record in
/// both versions whose fields differ is an edit, named with the fields that changed.
///
/// Complexity: O(*n* + *m*) hash lookups for *n* records and *m* ties.
enum RecordChanges {
    /// The lines that turn `old` into `new`.
    static func between(_ old: StakeholderMap, _ new: StakeholderMap) -> [RegisterChange] {
        var changes: [RegisterChange] = []
        compare(old.actors, new.actors, record: .actor, key: \.id, fields: actorFields, into: &changes)
        compare(old.departments, new.departments, record: .department, key: \.id, fields: departmentFields, into: &changes)
        compare(old.engagements, new.engagements, record: .engagement, key: \.id, fields: engagementFields, into: &changes)
        compare(old.attendance, new.attendance, record: .attendance, key: { "\($0.engagement): \($0.actor)" },
                fields: { [("role", $0.role ?? ""), ("attributes", AttributeText.encoded($0.attributes) ?? "")] }, into: &changes)
        compare(Array(old.ties), Array(new.ties), record: .tie, key: tieKey, fields: tieFields, into: &changes)
        return changes
    }

    /// One count line per kind of record: a wave's first revision.
    static func counts(of map: StakeholderMap) -> [RegisterChange] {
        [
            (RegisterChange.Record.actor, map.actors.count), (.department, map.departments.count),
            (.engagement, map.engagements.count), (.attendance, map.attendance.count), (.tie, map.ties.count),
        ].map { RegisterChange(kind: .added, record: $0.0, key: nil, detail: "\($0.1) \($0.0.rawValue) records") }
    }

    /// A tie's key: `relation: source–target`, the ends sorted when undirected, and the wave.
    static func tieKey(_ tie: Tie) -> String {
        let ends = tie.isDirected ? [tie.source, tie.target] : [tie.source, tie.target].sorted()
        let arrow = tie.isDirected ? "→" : "–"
        return "\(tie.relation): \(ends[0])\(arrow)\(ends[1])" + (tie.wave.map { " (wave \($0))" } ?? "")
    }

    private static func compare<Record>(
        _ old: [Record], _ new: [Record], record: RegisterChange.Record, key: (Record) -> String,
        fields: (Record) -> [(String, String)], into changes: inout [RegisterChange]
    ) {
        // Repeated keys (the same tie listed twice) are matched in order.
        var oldByKey: [String: [Int]] = [:]
        for (index, item) in old.enumerated() { oldByKey[key(item), default: []].append(index) }
        var matched = [Bool](repeating: false, count: old.count)
        for item in new {
            let itemKey = key(item)
            guard var candidates = oldByKey[itemKey], !candidates.isEmpty else {
                changes.append(RegisterChange(kind: .added, record: record, key: itemKey, detail: "added"))
                continue
            }
            let index = candidates.removeFirst()
            oldByKey[itemKey] = candidates
            matched[index] = true
            let before = fields(old[index]), after = fields(item)
            let changed = zip(before, after).filter { $0.0.1 != $0.1.1 }.map { "\($0.0.0): \"\($0.0.1)\" → \"\($0.1.1)\"" }
            if !changed.isEmpty {
                changes.append(RegisterChange(kind: .edited, record: record, key: itemKey, detail: changed.joined(separator: "; ")))
            }
        }
        for (index, item) in old.enumerated() where !matched[index] {
            changes.append(RegisterChange(kind: .removed, record: record, key: key(item), detail: "removed"))
        }
    }

    private static func actorFields(_ actor: Actor) -> [(String, String)] {
        [
            ("name", actor.name ?? ""), ("kind", actor.kind?.rawValue ?? ""), ("department", actor.department ?? ""),
            ("organisation", actor.organisation ?? ""), ("sector", actor.sector ?? ""),
            ("roles", actor.roles.joined(separator: ";")), ("consent", actor.consent.map { $0 ? "true" : "false" } ?? ""),
            ("responded", actor.responded.map { $0 ? "true" : "false" } ?? ""),
            ("attributes", AttributeText.encoded(actor.attributes) ?? ""),
        ]
    }

    private static func departmentFields(_ department: Department) -> [(String, String)] {
        [
            ("name", department.name ?? ""), ("organisation", department.organisation ?? ""),
            ("parent", department.parent ?? ""), ("attributes", AttributeText.encoded(department.attributes) ?? ""),
        ]
    }

    private static func engagementFields(_ engagement: Engagement) -> [(String, String)] {
        [
            ("name", engagement.name ?? ""), ("date", engagement.date?.description ?? ""), ("kind", engagement.kind ?? ""),
            ("attributes", AttributeText.encoded(engagement.attributes) ?? ""),
        ]
    }

    private static func tieFields(_ tie: Tie) -> [(String, String)] {
        [
            ("weight", "\(tie.weight)"), ("date", tie.date?.description ?? ""), ("provenance", tie.provenance ?? ""),
            ("attributes", AttributeText.encoded(tie.attributes) ?? ""),
        ]
    }
}
