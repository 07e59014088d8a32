import Foundation
import InclusionMap

/// Kumu (kumu.io): the spreadsheet with Elements and Connections sheets that Kumu imports and
/// exports, its JSON blueprint (`{"elements": [...], "connections": [...]}`), and the project
/// backup Kumu's "Export JSON" writes, where each element and connection has an `_id`, its
/// fields nest under `attributes` (`label`, `element type`, `connection type` …), connections
/// name their ends by `_id` and carry `direction` and `reversed` (the arrow drawn the other
/// way) themselves. A backup's loops, maps (element positions) and views are not kept, and a
/// warning says how many.
///
/// Reading, by Kumu's column rules (names compared without regard to case):
/// - Elements: `Label` is the name; `ID`, when present, the id, else an id made from the
///   label (lower case, letters and digits kept, other runs of characters one `-`; a second
///   element with the same made id gets `-2`, and so on), so the same label gives the same id
///   in every wave. `Type` is the kind where it is one (person, team, organisation, group),
///   otherwise kept as the attribute `type` (never an error). `Tags`, split on `|` (or a JSON
///   list): a tag that is a designated boundary-spanner role (``Kumu/spannerRoles``) becomes
///   a role, the others are kept, `|`-joined, as the attribute `tags`. `Description` and every
///   other field are read as `GraphRecords` says (`Department`, `Sector`, … or a free
///   attribute).
/// - Connections: `From` and `To` name elements by label (or id), and `|` in either fans out
///   into one tie per pair; a name no element has becomes an element, as in Kumu, and one
///   warning counts them. `Type` is the relation, `Direction` `directed` (Kumu's default),
///   `mutual` or `undirected` (the last two read as undirected ties), `Strength` or `Weight`
///   the weight; other fields are kept.
///
/// Writing (JSON or workbook): elements with `ID`, `Label`, `Type`, `Tags` (roles), and every
/// other field; connections with `From` and `To` (ids), `Type`, `Direction`, `Strength` and
/// the other fields.
public enum Kumu {
    /// The designated roles a Kumu tag can be: the domain's boundary-spanning roles.
    public static let spannerRoles: Set<String> = [
        "embedded researcher", "evidence champion", "knowledge broker", "community organiser", "community organizer",
        "sponsor", "implementor", "implementer", "methodology expert", "boundary spanner",
    ]

    /// Reads Kumu's two tables: each row a list of named fields. `place` names a row for
    /// issues (`Elements!5`, `elements[4]`).
    static func read(
        elements: [[(name: String, value: String)]], connections: [[(name: String, value: String)]], fileName: String,
        place: (_ table: String, _ index: Int) -> String
    ) throws(DatasetError) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        var records = GraphRecords(fileName: fileName)
        var idOfName: [String: String] = [:]
        var used: Set<String> = []
        func madeID(_ label: String) -> String {
            let base = slug(label)
            var id = base.isEmpty ? "element" : base, n = 1
            while used.contains(id) { n += 1; id = "\(base.isEmpty ? "element" : base)-\(n)" }
            return id
        }
        for (index, row) in elements.enumerated() {
            var fields: [(name: String, value: String)] = []
            var label: String?, given: String?, type: String?
            var roles: [String] = [], tags: [String] = []
            // A backup's `_id`, by which its connections name the element.
            var aliases: [String] = []
            for field in row {
                switch field.name.lowercased() {
                case "label": label = field.value.trimmingCharacters(in: .whitespacesAndNewlines)
                case "id": given = field.value.trimmingCharacters(in: .whitespacesAndNewlines)
                case "_id": aliases.append(field.value.trimmingCharacters(in: .whitespacesAndNewlines))
                case "type": type = field.value.trimmingCharacters(in: .whitespacesAndNewlines)
                case "tags":
                    for tag in field.value.split(separator: "|").map({ $0.trimmingCharacters(in: .whitespaces) }) where !tag.isEmpty {
                        if spannerRoles.contains(tag.lowercased()) { roles.append(tag.lowercased()) } else { tags.append(tag) }
                    }
                case "roles":
                    roles += field.value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                default: fields.append(field)
                }
            }
            guard let name = (label?.isEmpty == false ? label : nil) ?? (given?.isEmpty == false ? given : nil) ?? aliases.first(where: { !$0.isEmpty }) else {
                records.note("\(place("elements", index)): an element without a Label; expected every element to have one")
                continue
            }
            let id = given?.isEmpty == false ? given! : madeID(name)
            used.insert(id)
            if let label, !label.isEmpty { fields.insert(("name", label), at: 0) }
            if let type, !type.isEmpty {
                if ActorKind(parsing: type) != nil { fields.append(("kind", type)) } else { fields.append(("type", type)) }
            }
            if !roles.isEmpty { fields.append(("roles", roles.joined(separator: ";"))) }
            if !tags.isEmpty { fields.append(("tags", tags.joined(separator: "|"))) }
            let actor = records.actor(id: id, fields: fields)
            if records.hasActor(id) {
                records.note("\(place("elements", index)): element id \"\(id)\" is used twice; expected each element once")
                continue
            }
            records.add(actor)
            idOfName[id.lowercased()] = idOfName[id.lowercased()] ?? id
            idOfName[name.lowercased()] = idOfName[name.lowercased()] ?? id
            // An `_id` names exactly this element, before any label.
            for alias in aliases where !alias.isEmpty { idOfName[alias.lowercased()] = id }
        }
        var created: [String] = []
        func element(_ name: String) -> String {
            if let id = idOfName[name.lowercased()] { return id }
            let id = madeID(name)
            used.insert(id)
            records.add(Actor(id: id, name: name))
            idOfName[name.lowercased()] = id
            created.append(id)
            return id
        }
        for (index, row) in connections.enumerated() {
            var from: [String] = [], to: [String] = []
            var fields: [(name: String, value: String)] = []
            var directed = true, reversed = false
            for field in row {
                let value = field.value.trimmingCharacters(in: .whitespacesAndNewlines)
                switch field.name.lowercased() {
                case "from": from = value.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                case "to": to = value.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                case "type": if !value.isEmpty { fields.insert(("relation", value), at: 0) }
                case "direction":
                    switch value.lowercased() {
                    case "", "directed": directed = true
                    case "mutual", "undirected": directed = false
                    default: records.note("\(place("connections", index)): Direction \"\(value)\"; expected directed, mutual or undirected")
                    }
                case "strength", "weight": if !value.isEmpty { fields.append(("weight", value)) }
                case "reversed": reversed = BooleanText.parse(value) ?? false
                case "_id": continue
                case "delayed": if BooleanText.parse(value) == true { fields.append(("delayed", "true")) }
                default: fields.append(field)
                }
            }
            guard !from.isEmpty, !to.isEmpty else {
                records.note("\(place("connections", index)): a connection needs From and To; expected the labels of two elements")
                continue
            }
            if reversed { swap(&from, &to) }
            for source in from {
                for target in to {
                    let tie = records.tie(source: element(source), target: element(target), isDirected: directed, fields: fields)
                    records.add(tie)
                }
            }
        }
        if !created.isEmpty {
            records.note("\(created.count) elements named only in connections were added, as Kumu adds them", severity: .warning)
        }
        let map = try records.map()
        return (map, records.issues.filter { $0.severity == .warning })
    }

    /// Kumu's id made from a label: lower case, letters and digits kept, other runs one `-`.
    static func slug(_ label: String) -> String {
        var out = "", pendingDash = false
        for character in label.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(character)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// The JSON blueprint, or a project backup, in `data`.
    public static func readJSON(_ data: Data, fileName: String = "kumu.json") throws(DatasetError) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw DatasetError(issues: [DatasetIssue(file: fileName, message: "not a Kumu blueprint: expected a JSON object with elements and connections")])
        }
        /// A field's value as text: a list joined with `|`.
        func text(_ value: Any) -> String? {
            if let list = value as? [Any] { return list.compactMap(NodeLinkJSON.text).joined(separator: "|") }
            return NodeLinkJSON.text(value)
        }
        func rows(_ key: String) -> [[(name: String, value: String)]] {
            let list = object.first { $0.key.lowercased() == key }?.value as? [Any] ?? []
            return list.map { item in
                guard let fields = item as? [String: Any] else { return [] }
                var row: [(name: String, value: String)] = []
                // A backup nests the fields under `attributes`, with Kumu's own field names.
                if let nested = fields["attributes"] as? [String: Any] {
                    for name in nested.keys.sorted() {
                        guard let value = text(nested[name]!) else { continue }
                        switch name.lowercased() {
                        case "element type", "connection type": row.append(("type", value))
                        default: row.append((name, value))
                        }
                    }
                }
                for name in fields.keys.sorted() where name != "attributes" {
                    if let value = text(fields[name]!) { row.append((name, value)) }
                }
                return row
            }
        }
        var (map, warnings) = try read(elements: rows("elements"), connections: rows("connections"), fileName: fileName) { "\($0)[\($1)]" }
        // What a project backup holds beyond the graph.
        let extras = [("loops", "loop", ""), ("maps", "map", " (with element positions)"), ("perspectives", "view", "")].compactMap { key, word, note -> String? in
            guard let list = object[key] as? [Any], !list.isEmpty else { return nil }
            return "\(list.count) \(word)\(list.count == 1 ? "" : "s")\(note)"
        }
        if !extras.isEmpty {
            warnings.append(DatasetIssue(file: fileName, severity: .warning, message: "a Kumu project backup: its \(extras.joined(separator: ", ")) are not kept; elements, connections and their fields are"))
        }
        return (map, warnings)
    }

    /// The Kumu spreadsheet in `workbook` (its Elements and Connections sheets).
    public static func read(_ workbook: Workbook, fileName: String = "kumu.xlsx") throws(DatasetError) -> (map: StakeholderMap, warnings: [DatasetIssue]) {
        func rows(_ name: String) -> (rows: [[(name: String, value: String)]], numbers: [Int]) {
            guard let sheet = workbook.sheet(named: name), let header = sheet.rows.first else { return ([], []) }
            let body = sheet.rows.dropFirst()
            return (body.map { row in
                header.cells.enumerated().compactMap { column, title in
                    title.isEmpty ? nil : (title, column < row.cells.count ? row.cells[column] : "")
                }
            }, body.map(\.number))
        }
        let elements = rows("Elements"), connections = rows("Connections")
        let names = [workbook.sheet(named: "Elements")?.name ?? "Elements", workbook.sheet(named: "Connections")?.name ?? "Connections"]
        return try read(elements: elements.rows, connections: connections.rows, fileName: fileName) { table, index in
            table == "elements" ? "\(names[0])!\(elements.numbers[index])" : "\(names[1])!\(connections.numbers[index])"
        }
    }

    /// The element and connection tables of `map`, as Kumu's columns.
    static func tables(_ map: StakeholderMap) -> (elements: (header: [String], rows: [[String]]), connections: (header: [String], rows: [[String]])) {
        let actorFields = ["department", "organisation", "sector", "consent", "responded"].filter { field in map.actors.contains { $0.datasetValue(ofColumn: field) != nil } }
        let extras = ExtraColumns.columns(listed: map.extraColumns.actors, used: map.actors.map(\.attributes)).filter { $0 != "tags" && $0 != "type" }
        let elementHeader = ["ID", "Label", "Type", "Tags"] + actorFields + extras
        let elementRows = map.actors.map { actor -> [String] in
            let tags = (actor.roles + (actor.attributes["tags"].map { [$0] } ?? [])).joined(separator: "|")
            let type = actor.kind?.rawValue ?? actor.attributes["type"] ?? ""
            let known: [String] = actorFields.map { actor.datasetValue(ofColumn: $0) ?? "" }
            let free: [String] = extras.map { actor.attributes[$0] ?? "" }
            return [actor.id, actor.name ?? actor.id, type, tags] + known + free
        }
        let tieFields = ["wave", "date", "source_of_evidence"].filter { field in map.ties.contains { $0.datasetValue(ofColumn: field) != nil } }
        let tieExtras = ExtraColumns.columns(listed: map.extraColumns.ties, used: map.ties.map(\.attributes))
        let connectionHeader = ["From", "To", "Type", "Direction", "Strength"] + tieFields + tieExtras
        let connectionRows = map.ties.map { tie -> [String] in
            let first: [String] = [tie.source, tie.target, tie.relation, tie.isDirected ? "directed" : "undirected", Tie.text(ofWeight: tie.weight)]
            let known: [String] = tieFields.map { tie.datasetValue(ofColumn: $0) ?? "" }
            let free: [String] = tieExtras.map { tie.attributes[$0] ?? "" }
            return first + known + free
        }
        return ((elementHeader, elementRows), (connectionHeader, connectionRows))
    }

    /// What Kumu's tables cannot hold of `map`.
    static func losses(_ map: StakeholderMap) -> [ConversionLoss] {
        var losses = LossTally()
        losses.add("roles that are not Kumu spanner tags, written as tags (they read back as tags)", count: map.actors.reduce(0) { $0 + $1.roles.count { !spannerRoles.contains($0.lowercased()) } })
        losses.add("actors whose name is their id or who have no name: Kumu's Label is the id, which reads back as their name", count: map.actors.count { $0.name == nil })
        losses.add("tie ends with a | in their id, which Kumu reads as several elements", count: map.ties.count { $0.source.contains("|") || $0.target.contains("|") })
        losses.addRecordsOutsideAGraph(of: map, format: "Kumu")
        return losses.losses
    }

    /// The JSON blueprint of `map`.
    public static func writeJSON(_ map: StakeholderMap) -> ConvertedMap {
        let (elements, connections) = tables(map)
        func objects(_ table: (header: [String], rows: [[String]])) -> [[String: Any]] {
            table.rows.map { row in
                var object: [String: Any] = [:]
                for (name, value) in zip(table.header, row) where !value.isEmpty {
                    object[name.lowercased()] = name == "Tags" ? value.split(separator: "|").map(String.init) : value
                }
                return object
            }
        }
        let document: [String: Any] = ["elements": objects(elements), "connections": objects(connections)]
        let data = try! JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return ConvertedMap(data: data, losses: losses(map))
    }

    /// The Kumu spreadsheet of `map`: Elements and Connections sheets.
    public static func writeWorkbook(_ map: StakeholderMap) -> ConvertedMap {
        let (elements, connections) = tables(map)
        let sheets = [("Elements", elements), ("Connections", connections)].map { name, table in
            Workbook.Sheet(name: name, rows: ([table.header] + table.rows).enumerated().map { ($0 + 1, $1) })
        }
        return ConvertedMap(data: Workbook(sheets: sheets).data(), losses: losses(map))
    }
}
