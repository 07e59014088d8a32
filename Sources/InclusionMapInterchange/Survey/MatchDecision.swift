import Foundation
import InclusionMap

/// One decision the survey import made about a name in an answer: the record `matches.csv`
/// keeps, so a person can review it and correct it.
public struct MatchDecision: Hashable, Sendable {
    /// How a name was resolved, in the order the rules are tried.
    public enum Rule: String, Hashable, Sendable, CaseIterable {
        /// The normalised name is one roster person's (titles, case, accents, punctuation aside).
        case exact
        /// "Surname, First" is one roster person's name.
        case surnameFirst = "surname-first"
        /// The answer is a roster person's e-mail address.
        case email
        /// One word that is the first name of one person in the respondent's department.
        case firstNameInDepartment = "first-name-in-department"
        /// One word that is the surname of one person in the respondent's department.
        case surnameInDepartment = "surname-in-department"
        /// Jaro–Winkler similarity at or above the threshold, clearly ahead of the next name.
        case similar
        /// Not on the roster: a nominee, with an id made from the name.
        case nominee
        /// Not on the roster, and a near miss (similarity above the review floor): a nominee,
        /// listed for review.
        case nearMiss = "near-miss"
        /// Two or more roster people fit equally: no tie until a person decides.
        case ambiguous
        /// A previous wave's nominee (`--known`).
        case known
        /// Decided by a person in `matches.csv` (`--matches`).
        case corrected
    }

    /// Who answered (their actor id).
    public var respondent: String
    /// The question's column (or grid prefix).
    public var question: String
    /// The name as written.
    public var answer: String
    /// The actor the name became; empty when it became no tie.
    public var matchedID: String
    /// The rule that decided it.
    public var rule: Rule
    /// The similarity score where one was computed.
    public var score: Double?
    /// Whether a person should look at it: ambiguous names and near misses.
    public var needsReview: Bool { rule == .ambiguous || rule == .nearMiss }
    /// Other roster ids that fit, for an ambiguous decision.
    public var candidates: [String]

    /// A decision.
    public init(respondent: String, question: String, answer: String, matchedID: String, rule: Rule, score: Double? = nil, candidates: [String] = []) {
        self.respondent = respondent
        self.question = question
        self.answer = answer
        self.matchedID = matchedID
        self.rule = rule
        self.score = score
        self.candidates = candidates
    }

    /// The key a correction is found by.
    var key: String { [respondent, question, answer].joined(separator: "\u{1F}") }

    /// The columns of `matches.csv`.
    public static let header = ["review", "respondent", "question", "answer", "matched_id", "rule", "score", "candidates"]

    /// `matches.csv`: decisions needing review first, then the rest, each group in answer order.
    public static func csv(_ decisions: [MatchDecision]) -> String {
        let ordered = decisions.filter(\.needsReview) + decisions.filter { !$0.needsReview }
        let rows = ordered.map { d in
            [d.needsReview ? "review" : "", d.respondent, d.question, d.answer, d.matchedID, d.rule.rawValue,
             d.score.map { String(format: "%.3f", $0) } ?? "", d.candidates.joined(separator: ";")]
        }
        return CSVWriter.text(header: header, rows: rows, cells: .prefixed)
    }

    /// The corrections in an edited `matches.csv`: each row's matched id, by key.
    static func corrections(_ data: Data, fileName: String) throws(DatasetError) -> [String: (id: String, line: Int)] {
        let records = try CSVRecords.read(data, fileName: fileName, unprefixing: true)
        guard let header = records.first?.fields else { return [:] }
        func index(_ name: String) throws(DatasetError) -> Int {
            guard let i = header.firstIndex(of: name) else {
                throw DatasetError(issues: [DatasetIssue(file: fileName, line: 1, message: "no column \"\(name)\"; expected the columns of matches.csv: \(Self.header.joined(separator: ", "))")])
            }
            return i
        }
        let (r, q, a, m) = (try index("respondent"), try index("question"), try index("answer"), try index("matched_id"))
        var result: [String: (id: String, line: Int)] = [:]
        for record in records.dropFirst() {
            let f = record.fields
            guard f.count > max(r, q, a, m) else { continue }
            result[[f[r], f[q], f[a]].joined(separator: "\u{1F}")] = (f[m].trimmingCharacters(in: .whitespaces), record.line)
        }
        return result
    }
}
