import Foundation
import InclusionMap

/// One person of the staff list, and the forms their name is matched in.
struct RosterPerson {
    var id: String
    var name: PersonName
    var displayName: String?
    var email: String?
    var department: String?
    var actor: Actor
    var line: Int
}

/// The staff list, indexed for matching: by normalised full name, by e-mail, by first name and
/// by surname within each department, and by two-letter prefix of each word, which blocks the
/// string-similarity search so it never compares every nomination with every person.
struct RosterIndex {
    var people: [RosterPerson]
    private var byFullName: [String: [Int]] = [:]
    private var byEmail: [String: [Int]] = [:]
    private var byID: [String: Int] = [:]
    private var byFirstName: [String: [Int]] = [:]
    private var bySurname: [String: [Int]] = [:]
    private var byPrefix: [String: [Int]] = [:]
    /// Each person's normalised name as Unicode scalars, split once for the similarity search.
    private var scalars: [[Unicode.Scalar]] = []

    init(people: [RosterPerson]) {
        self.people = people
        scalars = people.map { Array($0.name.normalised.unicodeScalars) }
        for (index, person) in people.enumerated() {
            byID[person.id] = index
            byFullName[person.name.normalised, default: []].append(index)
            if let email = person.email?.lowercased(), !email.isEmpty { byEmail[email, default: []].append(index) }
            if !person.name.first.isEmpty { byFirstName[person.name.first, default: []].append(index) }
            if !person.name.last.isEmpty { bySurname[person.name.last, default: []].append(index) }
            for token in Set(person.name.tokens) { byPrefix[String(token.prefix(2)), default: []].append(index) }
        }
    }

    func person(withID id: String) -> Int? { byID[id] }
    /// The one person with this e-mail address; `nil` when none or several share it (a
    /// shared mailbox identifies nobody).
    func person(withEmail email: String) -> Int? { people(withEmail: email).onlyElement }
    /// Everyone with this e-mail address, in roster order.
    func people(withEmail email: String) -> [Int] { byEmail[email.lowercased()] ?? [] }
    func people(named name: PersonName) -> [Int] { byFullName[name.normalised] ?? [] }

    /// The one person a name in a grid header or table names: the one with that normalised
    /// name, else the most similar at or above `threshold`.
    func person(named text: String, threshold: Double) -> Int? {
        let name = PersonName(text)
        return people(named: name).onlyElement ?? similar(to: name, floor: threshold).first?.index
    }

    /// People whose first name is `word`, in `department` when given.
    func people(withFirstName word: String, in department: String?) -> [Int] {
        (byFirstName[word] ?? []).filter { department == nil || people[$0].department == department }
    }

    /// People whose surname is `word`, in `department` when given.
    func people(withSurname word: String, in department: String?) -> [Int] {
        (bySurname[word] ?? []).filter { department == nil || people[$0].department == department }
    }

    /// The people with a word starting with the same two letters as a word of `name`, each
    /// with its Jaro–Winkler similarity to `name`, best first; only those scoring at least
    /// `floor` (a name less than a quarter the length of another cannot reach 0.75, so such
    /// pairs are not compared when the floor is 0.75 or more).
    func similar(to name: PersonName, floor: Double = 0) -> [(index: Int, score: Double)] {
        var candidates = Set<Int>()
        for token in name.tokens { candidates.formUnion(byPrefix[String(token.prefix(2))] ?? []) }
        let target = Array(name.normalised.unicodeScalars)
        var scored: [(index: Int, score: Double)] = []
        for candidate in candidates {
            let other = scalars[candidate]
            if floor >= 0.75, min(target.count, other.count) * 4 < max(target.count, other.count) { continue }
            let score = JaroWinkler.similarity(target, other)
            if score >= floor { scored.append((candidate, score)) }
        }
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : people[$0.index].id < people[$1.index].id }
    }
}

extension Array {
    /// The element of a one-element array; `nil` for none or several.
    var onlyElement: Element? { count == 1 ? first : nil }
}
