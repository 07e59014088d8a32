/// The privacy rule every output of InclusionMap applies: an actor whose `consent` is false
/// appears only under an opaque code, never by id or name.
///
/// An id is often a staff number or an e-mail address, so showing it is naming the person.
/// Who is withheld: every actor whose consent is false, and everyone a ``ConsentScope`` names
/// (people who declined in another wave of a register or in the other map of a comparison:
/// consent belongs to the person, not to a wave).
///
/// The codes come in two kinds:
/// - **keyed** (a scope with a ``ConsentKey``, as every register has): `withheld-` and the
///   first ten hex digits of HMAC-SHA-256(key, id), more when two people would share them.
///   One person has one code in every wave, command and run of the register; without the key
///   a code cannot be tested against a guessed id, and codes reveal neither count nor order.
/// - **numbered** (no key: a dataset folder or file): `withheld-<k>`, numbering withheld
///   actors in the order they are listed (1, 2, …, zero-padded to the width of their count).
///   The number is not computed from the id, so it cannot be reversed by hashing guesses; the
///   same input always gives the same codes, so one run's table, JSON, map and report agree.
///
/// A code never equals the id of another actor: when one would, the prefix gains a hyphen
/// (`withheld--1`) until none does.
///
/// ``applied(to:)`` returns a copy of the map in which each withheld actor's id is its code,
/// its name is removed and every free attribute value that no other actor shares (an e-mail
/// address, a staff number, a job title only they hold) is removed, because such a value
/// names them as surely as the id. Department, organisation, sector, kind, roles, ties and
/// attendance are kept, so every measure of every actor is the same as on the original map
/// (only ties broken by id may order differently). Applying the mask to a masked map changes
/// nothing.
///
/// The command line prepares every map it reads through ``PreparedMap`` (the mask first, over
/// every actor of every map involved, then the missing-data policy), the report does the same
/// with the map it is given, and the map renderer masks the map it draws, so nothing downstream
/// can show a withheld id. A program that embeds the library and writes its own output
/// should do the same.
///
/// Complexity: O(a · c + m) for a actors with c free columns and m ties and attendance
/// records.
public struct ConsentMask: Sendable, Hashable {
    /// The start of every code.
    public static let basePrefix = "withheld-"

    /// The code of each withheld actor, by original id.
    private let codeOfID: [String: String]
    /// The original ids of withheld actors, by code.
    private let idOfCode: [String: String]
    /// The prefix in use: ``basePrefix``, lengthened if a code would equal another actor's id.
    public let prefix: String

    /// The mask for the actors of `map`, withholding also everyone `scope` names.
    public init(for map: StakeholderMap, scope: ConsentScope = .mapOnly) {
        self.init(actors: map.actors, scope: scope)
    }

    /// The number of hex digits a keyed code starts with: 40 bits, so two of a hundred
    /// thousand withheld people share a first guess about once in 200 registers, and then
    /// the later one in id order takes more digits.
    public static let keyedCodeDigits = 10

    /// The mask for `actors`, in the order given: every actor whose consent is false, and
    /// every actor `scope` withholds, gets a code.
    public init(actors: [Actor], scope: ConsentScope = .mapOnly) {
        var withheld: [String] = []
        var seen = Set<String>()
        for actor in actors where (!actor.mayBeNamed || scope.withheldIDs.contains(actor.id)) && seen.insert(actor.id).inserted {
            withheld.append(actor.id)
        }
        guard !withheld.isEmpty else {
            // Nobody withheld: nothing to code, and no set of every other id to build.
            codeOfID = [:]
            idOfCode = [:]
            prefix = Self.basePrefix
            return
        }
        let otherIDs = Set(actors.map(\.id)).subtracting(withheld)
        let width = String(withheld.count).count
        func ordinal(_ position: Int, _ prefix: String) -> String {
            let number = String(position + 1)
            return prefix + String(repeating: "0", count: width - number.count) + number
        }
        var prefix = Self.basePrefix
        if scope.key != nil {
            // Keyed codes cannot be foreseen, so the prefix only grows when an id of the map
            // already starts like a code.
            while otherIDs.contains(where: { $0.hasPrefix(prefix) && Self.isCodeSuffix($0.dropFirst(prefix.count)) }) {
                prefix = String(prefix.dropLast()) + "--"
            }
        } else {
            while withheld.indices.contains(where: { otherIDs.contains(ordinal($0, prefix)) }) {
                prefix = String(prefix.dropLast()) + "--"
            }
        }
        // An id already of this form keeps it, so masking a masked map changes nothing, and a
        // wave masked with the codes of several waves keeps those codes when masked again.
        let isCode = { (id: String) in id.hasPrefix(prefix) && Self.isCodeSuffix(id.dropFirst(prefix.count)) }
        var codes: [String: String] = [:], ids: [String: String] = [:]
        var taken = Set(withheld.filter(isCode))
        var next = 0
        // Keyed codes are given in id order, so which of two colliding people takes the
        // longer code does not depend on the order of the map.
        let order = scope.key == nil ? withheld : withheld.sorted()
        for id in order where codes[id] == nil {
            var assigned = id
            if !isCode(id) {
                if let key = scope.key {
                    var digits = Self.keyedCodeDigits
                    repeat {
                        assigned = prefix + key.hexCode(of: id, digits: digits)
                        digits += 2
                    } while (taken.contains(assigned) || otherIDs.contains(assigned)) && digits <= 64
                } else {
                    repeat {
                        assigned = ordinal(next, prefix)
                        next += 1
                    } while taken.contains(assigned) || otherIDs.contains(assigned)
                }
                taken.insert(assigned)
            }
            codes[id] = assigned
            ids[assigned] = id
        }
        codeOfID = codes
        idOfCode = ids
        self.prefix = prefix
    }

    /// Whether `suffix` is what follows the prefix in a code: decimal or lower-case hex digits.
    private static func isCodeSuffix(_ suffix: Substring) -> Bool {
        !suffix.isEmpty && suffix.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// Whether the map has any withheld actor.
    public var isEmpty: Bool { codeOfID.isEmpty }

    /// The number of withheld actors.
    public var count: Int { codeOfID.count }

    /// The code of the withheld actor with original id `id`, or `nil` when that actor may be
    /// named (or is not on the map).
    public func code(of id: String) -> String? { codeOfID[id] }

    /// Whether `id` is the original id of a withheld actor.
    public func withholds(_ id: String) -> Bool { codeOfID[id] != nil }

    /// `id` as it stands on the masked map: its code when it is a withheld actor's original
    /// id, otherwise unchanged (a code stays a code). This is how outputs show an id, and how
    /// an id the user typed on the command line is found, so the data owner can refer to
    /// people by the ids in their own files.
    public func shown(_ id: String) -> String { codeOfID[id] ?? id }

    /// A copy of `map` in which withheld actors carry their codes and no name, and lose every
    /// free attribute value nobody else holds.
    public func applied(to map: StakeholderMap) -> StakeholderMap {
        guard !codeOfID.isEmpty else { return map }
        let holders = Self.holdersOfAttributeValues(map.actors)
        let actors = map.actors.map { actor -> Actor in
            guard let code = codeOfID[actor.id] else { return actor }
            var actor = actor
            actor.id = code
            actor.name = nil
            // Withheld by the scope (another wave, the other map): the copy says so itself,
            // so any later mask of it withholds them too.
            actor.consent = false
            actor.attributes = actor.attributes.filter { column, value in
                value.isEmpty || (holders[column]?[value] ?? 0) > 1
            }
            return actor
        }
        let ties = map.ties.map { tie -> Tie in
            var tie = tie
            tie.source = shown(tie.source)
            tie.target = shown(tie.target)
            return tie
        }
        let attendance = map.attendance.map { record -> Attendance in
            var record = record
            record.actor = shown(record.actor)
            return record
        }
        // Ids are renamed one to one and no code equals a kept id, so every record stays valid.
        do {
            return try StakeholderMap(
                actors: actors, departments: map.departments, ties: ties, engagements: map.engagements,
                attendance: attendance, extraColumns: map.extraColumns)
        } catch {
            preconditionFailure("masking broke a valid map: \(error)")
        }
    }

    /// For each free column, how many actors hold each value.
    private static func holdersOfAttributeValues(_ actors: [Actor]) -> [String: [String: Int]] {
        var holders: [String: [String: Int]] = [:]
        for actor in actors {
            for (column, value) in actor.attributes where !value.isEmpty {
                holders[column, default: [:]][value, default: 0] += 1
            }
        }
        return holders
    }
}
