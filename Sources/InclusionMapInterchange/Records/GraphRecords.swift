import InclusionMap

/// Actors and ties read from another tool's graph file, with where each came from, checked
/// and assembled into a map whole or not at all.
///
/// Every graph format reader (GraphML, GEXF, Pajek, node-link JSON, …) fills one. Values
/// arrive as named fields, and ``actor(id:fields:line:)`` and
/// ``tie(source:target:isDirected:fields:line:)`` give each field its meaning in the model the
/// same way for every format, comparing names without regard to case:
///
/// | field | actor | tie |
/// | --- | --- | --- |
/// | `name`, else `label` | `Actor/name` | |
/// | `kind`, else `type` | `Actor/kind` when it is a kind, otherwise kept as written | |
/// | `department`, `organisation` (`organization`), `sector` | the field of that name | |
/// | `roles` | `Actor/roles`, split on `;` | |
/// | `consent` | `Actor/consent` (true/false, yes/no, 1/0) | |
/// | `relation`, else `label` | | `Tie/relation` |
/// | `weight` | | `Tie/weight` (a finite number; below 0 a negative tie) |
/// | `directed` | | `Tie/isDirected` |
/// | `wave`, `date`, `source_of_evidence` | | the field of that name |
///
/// Every other field is kept as a free attribute under its own name. A problem (a duplicate
/// id, an edge to an unknown node, a weight that is not a number) is noted with its line and
/// column, and ``map()`` reports them all at once.
public struct GraphRecords: Sendable {
    /// The file's name, for issues.
    public let fileName: String
    /// The actors in the order read.
    public private(set) var actors: [Actor] = []
    /// The ties in the order read.
    public private(set) var ties: [Tie] = []
    /// Every problem noted so far.
    public private(set) var issues: [DatasetIssue] = []
    /// The order of free actor and tie columns, as first met.
    public private(set) var extraColumns = ExtraColumns()

    private var actorIndex: [String: Int] = [:]
    private var tieLines: [Int?] = []
    private var knownActorExtras: Set<String> = []
    private var knownTieExtras: Set<String> = []

    /// Records for the file `fileName`.
    public init(fileName: String) {
        self.fileName = fileName
    }

    /// Whether an actor with `id` has been added.
    public func hasActor(_ id: String) -> Bool { actorIndex[id] != nil }

    /// The weight written as `text`: 1 when there is none, else a number (negative for a
    /// negative tie of a signed network); `nil`,
    /// with an issue at `line` and `column`, when it is not one. For formats whose weights
    /// are bare words (Pajek, NCOL, LGL).
    package mutating func weight(_ text: String?, line: Int, column: Int?) -> Double? {
        guard let text else { return 1 }
        guard case .success(let value) = DecimalNumber.parse(text) else {
            note("weight \"\(text)\" is not a number", line: line, column: column)
            return nil
        }
        return value
    }

    /// Notes a problem at a place in the file.
    public mutating func note(_ message: String, line: Int? = nil, column: Int? = nil, severity: DatasetIssue.Severity = .error) {
        issues.append(DatasetIssue(file: fileName, line: line, column: column, severity: severity, message: message))
    }

    /// Adds an actor; a blank or repeated id is noted instead.
    public mutating func add(_ actor: Actor, line: Int? = nil, column: Int? = nil) {
        // Blank: nothing but spaces and tabs (`CharacterSet.whitespaces`: tab and Unicode's
        // space separators), checked scalar by scalar.
        if actor.id.unicodeScalars.allSatisfy({ $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }) {
            note("a node without an id; expected every node to have one", line: line, column: column)
            return
        }
        if actorIndex[actor.id] != nil {
            note("node \"\(actor.id)\" is listed twice; expected each id once", line: line, column: column)
            return
        }
        actorIndex[actor.id] = actors.count
        actors.append(actor)
        for key in actor.attributes.keys.sorted() where knownActorExtras.insert(key).inserted {
            extraColumns.actors.append(key)
        }
    }

    /// Adds a tie; its ends are checked in ``map()``, so edges may come before their nodes.
    public mutating func add(_ tie: Tie, line: Int? = nil) {
        ties.append(tie)
        tieLines.append(line)
        for key in tie.attributes.keys.sorted() where knownTieExtras.insert(key).inserted {
            extraColumns.ties.append(key)
        }
    }

    /// Changes the actor with `id`, if there is one.
    public mutating func updateActor(_ id: String, _ change: (inout Actor) -> Void) {
        guard let index = actorIndex[id] else { return }
        change(&actors[index])
    }

    /// An actor from named fields, as the table above reads them; problems are noted at
    /// `line`.
    public mutating func actor(id: String, fields: [(name: String, value: String)], line: Int? = nil) -> Actor {
        var actor = Actor(id: id)
        var named = NamedFields(fields)
        actor.name = named.take("name") ?? named.take("label")
        if let kindField = named.peek("kind") ?? named.peek("type"), let kind = ActorKind(parsing: kindField.value) {
            actor.kind = kind
            named.markUsed(kindField.name)
        }
        actor.department = named.take("department")
        actor.organisation = named.take("organisation") ?? named.take("organization")
        actor.sector = named.take("sector")
        if let roles = named.take("roles") {
            actor.roles = roles.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        if let consent = named.take("consent") {
            actor.consent = BooleanText.parse(consent)
            if actor.consent == nil { note("consent: \(QuotedValue.quoted(consent)) is not true or false; expected true, false, yes, no, 1 or 0", line: line) }
        }
        if let responded = named.take("responded") {
            actor.responded = BooleanText.parse(responded)
            if actor.responded == nil { note("responded: \(QuotedValue.quoted(responded)) is not true or false; expected true, false, yes, no, 1 or 0", line: line) }
        }
        for field in named.unused(of: fields) where field.name.lowercased() != "id" {
            actor.attributes[field.name] = field.value
        }
        return actor
    }

    /// A tie from named fields, as the table above reads them; `isDirected` is the file's
    /// default, which a `directed` field overrides.
    public mutating func tie(source: String, target: String, isDirected: Bool, fields: [(name: String, value: String)], line: Int? = nil) -> Tie {
        var tie = Tie(source: source, target: target, isDirected: isDirected)
        var named = NamedFields(fields)
        if let relation = named.take("relation") ?? named.take("label") { tie.relation = relation }
        if let weight = named.take("weight") {
            switch DecimalNumber.parse(weight) {
            case .success(let number): tie.weight = number
            case .failure(let problem): note("weight: \(QuotedValue.quoted(weight)) \(problem == .notDecimal ? "is not a weight" : problem.description); expected a number, such as 1, 2.5 or -1 (a negative tie)", line: line)
            }
        }
        if let directed = named.take("directed") {
            if let value = BooleanText.parse(directed) { tie.isDirected = value } else {
                note("directed: \(QuotedValue.quoted(directed)) is not true or false", line: line)
            }
        }
        tie.wave = named.take("wave")
        if let date = named.take("date") {
            if let parsed = CalendarDate(parsing: date) { tie.date = parsed } else {
                note("date: \(QuotedValue.quoted(date)) is not a date; expected YYYY-MM-DD, such as 2024-03-18", line: line)
            }
        }
        tie.provenance = named.take("source_of_evidence")
        for field in named.unused(of: fields) {
            tie.attributes[field.name] = field.value
        }
        return tie
    }

    /// The map, when nothing was noted as an error and every tie joins two actors.
    ///
    /// - Throws: `DatasetError` with every problem, in line order.
    public func map() throws(DatasetError) -> StakeholderMap {
        var issues = issues
        // The ties numbered by the actors' order: each end's id is hashed once here, and the
        // map takes the numbers as positions. An end numbered past the actors is no actor.
        var list = TieList(names: actors.map(\.id), capacity: ties.count)
        list.append(contentsOf: ties)
        let known = actors.count
        for position in list.indices where list.sourceNumber(at: position) >= known || list.targetNumber(at: position) >= known {
            let tie = ties[position]
            for (end, role) in [(tie.source, "source"), (tie.target, "target")] where actorIndex[end] == nil {
                issues.append(DatasetIssue(
                    file: fileName, line: tieLines[position],
                    message: "an edge's \(role) \"\(end)\" is not a node of the file; expected the id of a node"))
            }
        }
        if issues.contains(where: { $0.severity == .error }) {
            throw DatasetError(issues: issues.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
        }
        do {
            return try StakeholderMap(actors: actors, ties: list, extraColumns: extraColumns)
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: fileName, message: "\(error)")])
        }
    }
}

/// Named fields looked up without regard to case, each taken at most once; what is not
/// taken becomes free attributes.
private struct NamedFields {
    private var byName: [String: (name: String, value: String)] = [:]
    private var used: Set<String> = []

    init(_ fields: [(name: String, value: String)]) {
        for field in fields where byName[field.name.lowercased()] == nil { byName[field.name.lowercased()] = field }
    }

    /// The field `name` (lower case), without taking it.
    func peek(_ name: String) -> (name: String, value: String)? {
        used.contains(name) ? nil : byName[name]
    }

    mutating func markUsed(_ name: String) { used.insert(name.lowercased()) }

    /// The trimmed value of `name` (lower case), taken; `nil` when absent or empty.
    mutating func take(_ name: String) -> String? {
        guard let field = peek(name) else { return nil }
        used.insert(name)
        let value = field.value.trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// The fields not taken, in order.
    func unused(of fields: [(name: String, value: String)]) -> [(name: String, value: String)] {
        fields.filter { !used.contains($0.name.lowercased()) }
    }
}
