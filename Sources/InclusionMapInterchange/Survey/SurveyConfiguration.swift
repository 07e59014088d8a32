import Foundation
import InclusionMap

/// How to read one survey export: who the respondent is, where the staff list keeps each
/// field, and what each question asks. Stored as JSON (`survey init` writes a template whose
/// `about` fields explain each part).
///
/// ```json
/// {
///   "respondent": {"column": "Email", "matchBy": "email"},
///   "roster": {"id": "staff_id", "name": "name", "email": "email", "department": "department"},
///   "questions": [
///     {"kind": "name-generator", "column": "Who do you go to for advice?", "relation": "advice", "directed": true,
///      "otherColumn": "Other (please specify)"},
///     {"kind": "roster-grid", "columnPrefix": "How often do you work with ", "relation": "collaboration",
///      "directed": false, "scale": {"Never": 0, "Monthly": 1, "Weekly": 2, "Daily": 3}},
///     {"kind": "roster-grid", "table": "contact.csv", "respondentColumn": "Email", "personColumn": "Colleague",
///      "answerColumn": "How often", "relation": "contact", "directed": true, "scale": {"Never": 0, "Often": 2}}
///   ],
///   "attributes": [{"column": "Which department are you in?", "actorColumn": "department"}],
///   "threshold": 0.92
/// }
/// ```
public struct SurveyConfiguration: Codable, Hashable, Sendable {
    /// The column of the responses that identifies who answered, and what it holds.
    public struct Respondent: Codable, Hashable, Sendable {
        /// The column's header.
        public var column: String
        /// `email`, `id` (the staff id) or `name`.
        public var matchBy: MatchBy

        /// The respondent column `column`, holding `matchBy`.
        public init(column: String, matchBy: MatchBy) {
            self.column = column
            self.matchBy = matchBy
        }
    }

    /// What identifies a respondent.
    public enum MatchBy: String, Codable, Hashable, Sendable {
        /// An e-mail address, matched to the roster's email column without regard to case.
        case email
        /// A staff id, matched to the roster's id column.
        case id
        /// A name, matched to the roster's names as normalised by ``PersonName``.
        case name
    }

    /// The staff list's columns, by header.
    public struct Roster: Codable, Hashable, Sendable {
        /// The id column (required).
        public var id: String
        /// The name column.
        public var name: String?
        /// The e-mail column (kept as the actor attribute `email`).
        public var email: String?
        /// The department column.
        public var department: String?
        /// The organisation column.
        public var organisation: String?
        /// The sector column.
        public var sector: String?
        /// The kind column (person, team, organisation, group; person when empty).
        public var kind: String?
        /// The consent column (true/false, yes/no, 1/0; empty for not recorded): whoever it
        /// says declined is withheld, under a code, in every output. When not named, a roster
        /// column headed `consent` (in any case) is used, and the import says so.
        public var consent: String?

        /// The roster's columns by header.
        public init(id: String, name: String? = nil, email: String? = nil, department: String? = nil,
                    organisation: String? = nil, sector: String? = nil, kind: String? = nil, consent: String? = nil) {
            self.id = id
            self.name = name
            self.email = email
            self.department = department
            self.organisation = organisation
            self.sector = sector
            self.kind = kind
            self.consent = consent
        }
    }

    /// How a relational question is asked.
    public enum QuestionKind: String, Codable, Hashable, Sendable {
        /// One cell of names, separated by `;`, line breaks or `, `.
        case nameGenerator = "name-generator"
        /// One column per roster person, each cell a point of a scale.
        case rosterGrid = "roster-grid"
    }

    /// A relational question.
    public struct Question: Codable, Hashable, Sendable {
        /// How the question is asked.
        public var kind: QuestionKind
        /// A name generator's column.
        public var column: String?
        /// A name generator's "other (please specify)" column, read as more names.
        public var otherColumn: String?
        /// A roster grid's columns: every header that starts with this text; the rest of the
        /// header names the roster person.
        public var columnPrefix: String?
        /// A roster grid's scale: each answer's weight; 0 means no tie.
        public var scale: [String: Double]?
        /// A roster grid kept in long form, one row per respondent × person: the table's file
        /// (CSV or XLSX, relative to the responses file), and its respondent, person and
        /// answer columns. Without it a grid is wide (``columnPrefix``).
        public var table: String?
        /// A long-form grid table's column naming the respondent (as ``Respondent/matchBy`` reads it).
        public var respondentColumn: String?
        /// A long-form grid table's column naming the person rated.
        public var personColumn: String?
        /// A long-form grid table's column holding the answer on the scale.
        public var answerColumn: String?
        /// The relation the answers become.
        public var relation: String
        /// Whether a tie runs from the respondent to the person named.
        public var directed: Bool

        /// A question.
        public init(kind: QuestionKind, column: String? = nil, otherColumn: String? = nil, columnPrefix: String? = nil,
                    scale: [String: Double]? = nil, table: String? = nil, respondentColumn: String? = nil, personColumn: String? = nil,
                    answerColumn: String? = nil, relation: String, directed: Bool) {
            self.table = table
            self.respondentColumn = respondentColumn
            self.personColumn = personColumn
            self.answerColumn = answerColumn
            self.kind = kind
            self.column = column
            self.otherColumn = otherColumn
            self.columnPrefix = columnPrefix
            self.scale = scale
            self.relation = relation
            self.directed = directed
        }
    }

    /// An attribute question: its answer becomes an actor column of the respondent.
    public struct Attribute: Codable, Hashable, Sendable {
        /// The question's column in the responses.
        public var column: String
        /// `department`, `organisation`, `sector`, `kind` or any free column name.
        public var actorColumn: String

        /// The answers of `column` into the actor column `actorColumn`.
        public init(column: String, actorColumn: String) {
            self.column = column
            self.actorColumn = actorColumn
        }
    }

    /// Who answered.
    public var respondent: Respondent
    /// The staff list's columns.
    public var roster: Roster
    /// The relational questions.
    public var questions: [Question]
    /// The attribute questions.
    public var attributes: [Attribute]
    /// The Jaro–Winkler similarity at or above which a name matches a roster name: 0.92.
    public var threshold: Double
    /// Answers that nominate nobody, compared after normalising.
    public var noNomination: [String]
    /// Words that make a nominee an organisation rather than a person.
    public var organisationKeywords: [String]
    /// How a partial submission counts: one the survey tool marks unfinished (Qualtrics
    /// `Finished` false) or one with no answer to any relational question.
    public var partialResponses: PartialResponses

    /// How a partial submission counts.
    public enum PartialResponses: String, Codable, Hashable, Sendable {
        /// As non-response (the default): the person is `responded` false, so their missing
        /// nominations are not read as "no ties"; the ties they did give are kept.
        case nonResponse = "non-response"
        /// As a response, like any other.
        case response
    }

    /// The defaults for ``noNomination``.
    public static let defaultNoNomination = ["n/a", "na", "none", "no one", "nobody", "-", "--", "nil", "don't know", "dont know", "not sure", "no", "not applicable"]
    /// The defaults for ``organisationKeywords``.
    public static let defaultOrganisationKeywords = ["council", "trust", "nhs", "university", "college", "school", "ltd", "limited", "plc", "charity", "cic", "association", "foundation", "forum", "partnership", "service", "police", "church", "mosque", "centre", "center"]

    /// A configuration; the thresholds and word lists default as documented.
    public init(respondent: Respondent, roster: Roster, questions: [Question], attributes: [Attribute] = [],
                threshold: Double = 0.92, noNomination: [String] = defaultNoNomination,
                organisationKeywords: [String] = defaultOrganisationKeywords, partialResponses: PartialResponses = .nonResponse) {
        self.respondent = respondent
        self.roster = roster
        self.questions = questions
        self.attributes = attributes
        self.threshold = threshold
        self.noNomination = noNomination
        self.organisationKeywords = organisationKeywords
        self.partialResponses = partialResponses
    }

    private enum CodingKeys: String, CodingKey {
        case respondent, roster, questions, attributes, threshold, noNomination, organisationKeywords, partialResponses
    }

    /// Decodes a configuration; `attributes`, `threshold`, `noNomination`,
    /// `organisationKeywords` and `partialResponses` may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            respondent: try c.decode(Respondent.self, forKey: .respondent),
            roster: try c.decode(Roster.self, forKey: .roster),
            questions: try c.decode([Question].self, forKey: .questions),
            attributes: try c.decodeIfPresent([Attribute].self, forKey: .attributes) ?? [],
            threshold: try c.decodeIfPresent(Double.self, forKey: .threshold) ?? 0.92,
            noNomination: try c.decodeIfPresent([String].self, forKey: .noNomination) ?? Self.defaultNoNomination,
            organisationKeywords: try c.decodeIfPresent([String].self, forKey: .organisationKeywords) ?? Self.defaultOrganisationKeywords,
            partialResponses: try c.decodeIfPresent(PartialResponses.self, forKey: .partialResponses) ?? .nonResponse)
    }

    /// Reads a configuration file.
    ///
    /// - Throws: `DatasetError` naming the file and the field that is missing or wrong.
    public static func read(_ data: Data, fileName: String) throws(DatasetError) -> SurveyConfiguration {
        do {
            return try JSONDecoder().decode(SurveyConfiguration.self, from: data)
        } catch let error as DecodingError {
            var path = "the document"
            var reason = "not valid"
            switch error {
            case .keyNotFound(let key, let context):
                path = (context.codingPath + [key]).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                reason = "missing"
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                reason = context.debugDescription
            @unknown default: break
            }
            throw DatasetError(issues: [DatasetIssue(file: fileName, message: "\(path.isEmpty ? "the document" : path): \(reason)")])
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: fileName, message: "not valid JSON: \(error.localizedDescription)")])
        }
    }
}
