import Foundation

/// Reads a map saved as JSON (``StakeholderMap.jsonData()``) and reports every problem at
/// once, each with its line and column and its record path (`ties[12].target`), in the
/// project's own words: a missing or blank id, a value of the wrong type, an unknown field, a
/// key given twice, an unknown actor in a tie.
struct JSONMapReader {
    /// The keys an actor's record may have: its id, every known column, its attributes.
    private static let actorKeys = Set(["id", "attributes"] + Actor.knownFields)

    let fileName: String
    private(set) var issues: [DatasetIssue] = []

    init(fileName: String) {
        self.fileName = fileName
    }

    typealias Node = JSONDocument.Node

    mutating func read(_ data: Data) throws(DatasetError) -> StakeholderMap {
        let document: JSONDocument
        do {
            document = try JSONDocument(data)
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: fileName, line: error.line, column: error.column, message: error.message)])
        }
        guard case .object(let members) = document.root.value else {
            throw DatasetError(issues: [note(document.root, "the document", "is \(document.root.value.kind); expected an object with actors, ties and the other lists")])
        }
        let fields = Dictionary(members.map { ($0.key, $0.node) }, uniquingKeysWith: { a, _ in a })
        for (key, node) in members where !["actors", "departments", "ties", "engagements", "attendance", "extraColumns"].contains(key) {
            issues.append(note(node, key, "is not a part of a map; expected actors, departments, ties, engagements, attendance or extraColumns"))
        }
        guard let actorList = fields["actors"] else {
            throw DatasetError(issues: issues + [note(document.root, "actors", "missing; expected the list of actors")])
        }
        var lines: [String: [Node]] = [:]
        func records(_ key: String, _ make: (inout JSONMapReader, Node, String) -> Void) {
            guard let node = fields[key] else { return }
            guard case .array(let items) = node.value else {
                issues.append(note(node, key, "is \(node.value.kind); expected a list"))
                return
            }
            lines[key] = items
            for (index, item) in items.enumerated() { make(&self, item, "\(key)[\(index)]") }
        }
        var actors: [Actor] = [], departments: [Department] = [], ties: [Tie] = []
        var engagements: [Engagement] = [], attendance: [Attendance] = []
        _ = actorList
        records("actors") { reader, node, path in
            guard let f = reader.object(node, path, allowed: Self.actorKeys) else { return }
            var actor = Actor(id: reader.identifier(f, "id", path))
            actor.name = reader.text(f, "name", path)
            if let kind = reader.text(f, "kind", path) {
                if let parsed = ActorKind(rawValue: kind) { actor.kind = parsed } else {
                    reader.issues.append(reader.note(f["kind"]!, "\(path).kind", "\(QuotedValue.quoted(kind)) is not a kind of actor; expected \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))"))
                }
            }
            actor.department = reader.text(f, "department", path)
            actor.organisation = reader.text(f, "organisation", path)
            actor.sector = reader.text(f, "sector", path)
            actor.roles = reader.strings(f, "roles", path)
            actor.consent = reader.bool(f, "consent", path)
            actor.responded = reader.bool(f, "responded", path)
            actor.attributes = reader.attributes(f, path)
            actors.append(actor)
        }
        records("departments") { reader, node, path in
            guard let f = reader.object(node, path, allowed: ["id", "name", "organisation", "parent", "attributes"]) else { return }
            departments.append(Department(id: reader.identifier(f, "id", path), name: reader.text(f, "name", path), organisation: reader.text(f, "organisation", path),
                                          parent: reader.text(f, "parent", path), attributes: reader.attributes(f, path)))
        }
        records("ties") { reader, node, path in
            guard let f = reader.object(node, path, allowed: ["source", "target", "relation", "weight", "directed", "wave", "date", "provenance", "attributes"]) else { return }
            var tie = Tie(source: reader.identifier(f, "source", path), target: reader.identifier(f, "target", path))
            tie.relation = reader.text(f, "relation", path) ?? Tie.defaultRelation
            if let weight = f["weight"] {
                if case .number(let value, _) = weight.value { tie.weight = value } else {
                    reader.issues.append(reader.note(weight, "\(path).weight", "is \(weight.value.kind); expected a number"))
                }
            }
            tie.isDirected = reader.bool(f, "directed", path) ?? false
            tie.wave = reader.text(f, "wave", path)
            tie.date = reader.date(f, "date", path)
            tie.provenance = reader.text(f, "provenance", path)
            tie.attributes = reader.attributes(f, path)
            ties.append(tie)
        }
        records("engagements") { reader, node, path in
            guard let f = reader.object(node, path, allowed: ["id", "name", "date", "kind", "attributes"]) else { return }
            engagements.append(Engagement(id: reader.identifier(f, "id", path), name: reader.text(f, "name", path), date: reader.date(f, "date", path),
                                          kind: reader.text(f, "kind", path), attributes: reader.attributes(f, path)))
        }
        records("attendance") { reader, node, path in
            guard let f = reader.object(node, path, allowed: ["engagement", "actor", "role", "attributes"]) else { return }
            attendance.append(Attendance(engagement: reader.identifier(f, "engagement", path), actor: reader.identifier(f, "actor", path),
                                         role: reader.text(f, "role", path), attributes: reader.attributes(f, path)))
        }
        var extra = ExtraColumns()
        if let node = fields["extraColumns"], let f = object(node, "extraColumns", allowed: ["actors", "departments", "ties", "engagements", "attendance"]) {
            extra = ExtraColumns(actors: strings(f, "actors", "extraColumns"), departments: strings(f, "departments", "extraColumns"),
                                 ties: strings(f, "ties", "extraColumns"), engagements: strings(f, "engagements", "extraColumns"),
                                 attendance: strings(f, "attendance", "extraColumns"))
        }
        guard issues.isEmpty else { throw DatasetError(issues: issues) }
        let (map, problems) = StakeholderMap.assemble(actors: actors, departments: departments, ties: TieList(ties), engagements: engagements, attendance: attendance)
        for problem in problems {
            let key: String = switch problem.record {
            case .actor: "actors"
            case .department: "departments"
            case .tie: "ties"
            case .engagement: "engagements"
            case .attendance: "attendance"
            }
            let node = lines[key]?[problem.index]
            let path = "\(key)[\(problem.index)].\(problem.error.field)"
            issues.append(DatasetIssue(file: fileName, line: node?.line, column: node?.column, message: "\(path): \(problem.error)"))
        }
        guard issues.isEmpty else { throw DatasetError(issues: issues) }
        var result = map
        result.extraColumns = extra
        return result
    }

    func note(_ node: Node, _ path: String, _ message: String) -> DatasetIssue {
        DatasetIssue(file: fileName, line: node.line, column: node.column, message: "\(path): \(message)")
    }

    /// The fields of an object record; unknown fields are noted.
    mutating func object(_ node: Node, _ path: String, allowed: Set<String>) -> [String: Node]? {
        guard case .object(let members) = node.value else {
            issues.append(note(node, path, "is \(node.value.kind); expected an object"))
            return nil
        }
        var fields: [String: Node] = [:]
        for (key, value) in members {
            if allowed.contains(key) { fields[key] = value } else {
                issues.append(note(value, "\(path).\(key)", "is not a field of this record; expected \(allowed.sorted().joined(separator: ", "))"))
            }
        }
        return fields
    }

    /// An optional string field (null is absent).
    mutating func text(_ fields: [String: Node], _ key: String, _ path: String) -> String? {
        guard let node = fields[key] else { return nil }
        switch node.value {
        case .string(let text): return text
        case .null: return nil
        default:
            issues.append(note(node, "\(path).\(key)", "is \(node.value.kind); expected a string"))
            return nil
        }
    }

    /// A required id: a string that is not blank.
    mutating func identifier(_ fields: [String: Node], _ key: String, _ path: String) -> String {
        guard let node = fields[key] else {
            issues.append(DatasetIssue(file: fileName, message: "\(path).\(key): missing; expected an id"))
            return ""
        }
        guard case .string(let text) = node.value else {
            issues.append(note(node, "\(path).\(key)", "is \(node.value.kind); expected an id as a string"))
            return ""
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            issues.append(note(node, "\(path).\(key)", "is blank; expected an id"))
        }
        return text
    }

    mutating func bool(_ fields: [String: Node], _ key: String, _ path: String) -> Bool? {
        guard let node = fields[key] else { return nil }
        switch node.value {
        case .bool(let value): return value
        case .null: return nil
        default:
            issues.append(note(node, "\(path).\(key)", "is \(node.value.kind); expected true or false"))
            return nil
        }
    }

    mutating func date(_ fields: [String: Node], _ key: String, _ path: String) -> CalendarDate? {
        guard let text = text(fields, key, path) else { return nil }
        guard let date = CalendarDate(parsing: text) else {
            issues.append(note(fields[key]!, "\(path).\(key)", "\(QuotedValue.quoted(text)) is not a date; expected YYYY-MM-DD"))
            return nil
        }
        return date
    }

    mutating func strings(_ fields: [String: Node], _ key: String, _ path: String) -> [String] {
        guard let node = fields[key] else { return [] }
        guard case .array(let items) = node.value else {
            issues.append(note(node, "\(path).\(key)", "is \(node.value.kind); expected a list of strings"))
            return []
        }
        return items.enumerated().compactMap { index, item in
            if case .string(let text) = item.value { return text }
            issues.append(note(item, "\(path).\(key)[\(index)]", "is \(item.value.kind); expected a string"))
            return nil
        }
    }

    mutating func attributes(_ fields: [String: Node], _ path: String) -> [String: String] {
        guard let node = fields["attributes"] else { return [:] }
        guard case .object(let members) = node.value else {
            issues.append(note(node, "\(path).attributes", "is \(node.value.kind); expected an object of strings"))
            return [:]
        }
        var result: [String: String] = [:]
        for (key, value) in members {
            if case .string(let text) = value.value { result[key] = text } else {
                issues.append(note(value, "\(path).attributes.\(key)", "is \(value.value.kind); expected a string"))
            }
        }
        return result
    }
}
