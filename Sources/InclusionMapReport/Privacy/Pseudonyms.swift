import InclusionMap

/// Stable codes in place of actors' names and ids, for a report that is shared beyond the
/// people who made the map.
///
/// Each actor gets the code `P` followed by the place of its id in sorted order (`P001`,
/// `P002`, …, with as many digits as the count needs, at least three). Codes sort as the ids
/// do, so every result that breaks ties by id (rankings, the usual panel) is the same on the
/// coded map, and the same input always gives the same codes. The codes follow that order
/// rather than a hash of the id, so nobody can recover an id by hashing guesses; they do keep
/// the ids' alphabetical order.
///
/// ``applied(to:)`` gives a copy of the map in which every actor's id and name are its code,
/// with ties and attendance rewritten to match; departments, sectors, roles, engagements and
/// free attributes are kept, so every measure is the same as on the original map. The key
/// (code, id, name) is written to a separate file. The report builds pseudonyms on the map
/// after `ConsentMask`, so an actor whose consent is false appears in the key with its
/// withheld code (`withheld-1`) as its id and no name: not even the key holds their id.
public struct Pseudonyms: Sendable {
    /// One line of the key.
    public struct Entry: Hashable, Sendable {
        /// The code that replaces the actor's id and name.
        public var code: String
        /// The actor's id in the original map.
        public var id: String
        /// The actor's name when it may be shown; empty otherwise.
        public var name: String
    }

    /// The key, in map order.
    public let entries: [Entry]
    private let codeOfID: [String: String]

    /// Codes for the actors of `map`.
    public init(for map: StakeholderMap) {
        let width = max(3, String(map.actors.count).count)
        var entries: [Entry] = []
        var codes: [String: String] = [:]
        for (position, id) in map.actors.map(\.id).sorted().enumerated() {
            let number = String(position + 1)
            codes[id] = "P" + String(repeating: "0", count: width - number.count) + number
        }
        for actor in map.actors {
            entries.append(Entry(code: codes[actor.id]!, id: actor.id, name: actor.shownName ?? ""))
        }
        self.entries = entries
        codeOfID = codes
    }

    /// The code of the actor with `id`, if the map has one.
    public func code(of id: String) -> String? { codeOfID[id] }

    /// A copy of `map` with every actor's id and name replaced by its code.
    public func applied(to map: StakeholderMap) -> StakeholderMap {
        let actors = map.actors.map { actor -> Actor in
            var actor = actor
            let code = codeOfID[actor.id] ?? actor.id
            actor.id = code
            actor.name = code
            return actor
        }
        let ties = map.ties.map { tie -> Tie in
            var tie = tie
            tie.source = codeOfID[tie.source] ?? tie.source
            tie.target = codeOfID[tie.target] ?? tie.target
            return tie
        }
        let attendance = map.attendance.map { record -> Attendance in
            var record = record
            record.actor = codeOfID[record.actor] ?? record.actor
            return record
        }
        // Every record of a valid map stays valid: ids are renamed one to one.
        return try! StakeholderMap(
            actors: actors, departments: map.departments, ties: ties, engagements: map.engagements,
            attendance: attendance, extraColumns: map.extraColumns)
    }

    /// The key as CSV text: `code,id,name`.
    public var keyCSV: String {
        CSVWriter.text(header: ["code", "id", "name"], rows: entries.map { [$0.code, $0.id, $0.name] })
    }
}
