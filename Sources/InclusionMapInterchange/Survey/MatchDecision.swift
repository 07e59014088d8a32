import Foundation
import InclusionMap

/// One decision the survey import made about a name in an answer: the record `matches.csv`
/// keeps, so a person can review it and correct it.
public struct MatchDecision: Hashable, Sendable {
    /// How a name was resolved, in the order the rules are tried. A *certain* rule makes its tie
    /// silently; every other rule is listed for review in `matches.csv` (``needsReview``), and
    /// the summary counts each.
    public enum Rule: String, Hashable, Sendable, CaseIterable {
        /// The normalised name is one roster person's (titles, case, accents, punctuation aside). Certain.
        case exact
        /// "Surname, First", or a surname written first in capitals ("COLLINS Andrew"), is one
        /// roster person's name. Certain.
        case surnameFirst = "surname-first"
        /// The answer is a roster person's e-mail address. Certain.
        case email
        /// A nickname or a full given name with the surname of exactly one roster person whose
        /// given name it stands for (Bob Jones → Robert Jones; ``NicknameTable``). Certain.
        case nickname
        /// Initials and a surname that fit exactly one roster person ("T. Brennan", "J.-P.
        /// Martin", "Brennan, T."). Certain.
        case initials
        /// A surname alone after a title, or a hyphenated or double surname alone, that is
        /// exactly one roster person's ("Dr Okonkwo-Reid"). Certain.
        case surnameAlone = "surname-alone"
        /// A name two roster people share, one of them the respondent: the other. For review.
        case namesake
        /// A name several roster people share, one of them in the respondent's department:
        /// that one. For review.
        case sharedNameInDepartment = "shared-name-in-department"
        /// One word that is the first name of one person in the respondent's department. For review.
        case firstNameInDepartment = "first-name-in-department"
        /// One word that is the surname of one person in the respondent's department. For review.
        case surnameInDepartment = "surname-in-department"
        /// Jaro–Winkler similarity at or above the threshold, clearly ahead of the next name,
        /// with no contradicting first name or initial. For review.
        case similar
        /// Another spelling of a roster person's given name (Mohammed / Muhammad;
        /// ``SpellingVariants``) with their surname: no tie until a person decides.
        case spellingVariant = "spelling-variant"
        /// Not a person's name ("my manager", "Tom's team", "see above"): no tie, no nominee.
        case notAName = "not-a-name"
        /// The respondent named themself: no tie, and a warning with its place.
        case selfNomination = "self-nomination"
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

        /// Whether a decision by this rule is listed for review.
        public var needsReview: Bool {
            switch self {
            case .exact, .surnameFirst, .email, .nickname, .initials, .surnameAlone, .nominee, .known, .corrected: false
            case .namesake, .sharedNameInDepartment, .firstNameInDepartment, .surnameInDepartment, .similar, .spellingVariant,
                 .notAName, .selfNomination, .nearMiss, .ambiguous: true
            }
        }
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
    /// Whether a person should look at it: every decision not made by a certain rule.
    public var needsReview: Bool { rule.needsReview }
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
