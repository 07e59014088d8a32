import Foundation
import InclusionMap

/// A table read from a CSV file or an Excel workbook's first sheet: the header and the rows,
/// each with its line (row number).
struct SurveyTable {
    var fileName: String
    var header: [String]
    var rows: [(line: Int, cells: [String])]

    static func read(_ url: URL) throws(DatasetError) -> SurveyTable {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: url.path, message: "cannot be read: \(error.localizedDescription)")])
        }
        return try read(data, fileName: url.path, isWorkbook: url.pathExtension.lowercased() == "xlsx")
    }

    static func read(_ data: Data, fileName: String, isWorkbook: Bool) throws(DatasetError) -> SurveyTable {
        var records: [(line: Int, cells: [String])]
        if isWorkbook {
            let workbook = try Workbook(data: data, fileName: fileName) { position, _ in position == 0 }
            guard let sheet = workbook.sheets.first else {
                throw DatasetError(issues: [DatasetIssue(file: fileName, message: "the workbook has no sheet")])
            }
            records = sheet.rows.map { ($0.number, $0.cells) }
        } else {
            // Excel saves "CSV" with semicolons where the decimal mark is a comma (much of
            // Europe); read as commas, its first quoted answer gave a misleading quote error.
            let firstLine = data.prefix { $0 != 0x0A }
            if firstLine.contains(UInt8(ascii: ";")), !firstLine.contains(UInt8(ascii: ",")) {
                throw DatasetError(issues: [DatasetIssue(
                    file: fileName, line: 1,
                    message: "the columns are separated by semicolons (as Excel saves CSV where the decimal mark is a comma); save the export as CSV with commas (\"CSV UTF-8\"), or give the .xlsx")])
            }
            records = try CSVRecords.read(data, fileName: fileName).map { ($0.line, $0.fields) }
        }
        guard let header = records.first else {
            throw DatasetError(issues: [DatasetIssue(file: fileName, line: 1, message: "empty; expected a header row")])
        }
        let names = header.cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let rows = records.dropFirst().map { row in
            (row.line, row.cells.count < names.count ? row.cells + Array(repeating: "", count: names.count - row.cells.count) : row.cells)
        }
        return SurveyTable(fileName: fileName, header: names, rows: Array(rows))
    }

    /// The 0-based index of a column, compared after trimming and without regard to case.
    func column(_ name: String) -> Int? {
        let wanted = name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return header.firstIndex { $0.lowercased() == wanted }
    }

    /// The index of `name`, or an issue naming the header row and the columns there are.
    func require(_ name: String, for purpose: String) throws(DatasetError) -> Int {
        guard let index = column(name) else {
            throw DatasetError(issues: [DatasetIssue(
                file: fileName, line: 1,
                message: "no column \"\(name)\" (\(purpose)); the columns are \(header.prefix(12).map { "\"\($0)\"" }.joined(separator: ", "))\(header.count > 12 ? " …" : "")")])
        }
        return index
    }
}

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
