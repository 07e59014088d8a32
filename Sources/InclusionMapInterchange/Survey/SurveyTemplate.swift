import Foundation
import InclusionMap

/// A first configuration for a survey, guessed from the columns of its responses and roster,
/// with an `about` field in each part that says what to check. The import ignores `about`.
public struct SurveyTemplate: Sendable {
    /// The configuration as JSON text.
    public let json: Data

    /// Guesses from the headers: the respondent is the first column that mentions e-mail (else
    /// a name column); the roster's id, name, e-mail and department columns are found by their
    /// usual names; every response column that asks "who" is a name-generator question.
    public init(responses: URL, roster: URL) throws(DatasetError) {
        let answers = try SurveyTable.read(responses), staff = try SurveyTable.read(roster)
        func find(_ table: SurveyTable, _ words: [String]) -> String? {
            table.header.first { header in words.contains { header.lowercased().contains($0) } }
        }
        let email = find(answers, ["email", "e-mail"])
        let respondent: [String: Any] = [
            "about": "The column that says who answered, and whether it holds an email, a staff id or a name.",
            "column": email ?? find(answers, ["name"]) ?? answers.header.first ?? "",
            "matchBy": email != nil ? "email" : "name",
        ]
        var rosterColumns: [String: Any] = ["about": "The staff list's columns. id is required; the others are optional."]
        rosterColumns["id"] = find(staff, ["staff id", "staff_id", "employee", "id"]) ?? staff.header.first ?? "id"
        for (key, words) in [("name", ["name"]), ("email", ["email", "e-mail"]), ("department", ["department", "dept", "directorate", "team"]),
                             ("organisation", ["organisation", "organization", "employer"]), ("sector", ["sector"]), ("consent", ["consent"])] {
            if let column = find(staff, words), column != rosterColumns["id"] as? String { rosterColumns[key] = column }
        }
        var questions: [[String: Any]] = []
        for header in answers.header where header.lowercased().contains("who") {
            questions.append([
                "about": "A name generator: one cell of names. Set the relation's name and whether it runs from the respondent to the person named.",
                "kind": "name-generator", "column": header, "relation": "relation \(questions.count + 1)", "directed": true,
            ])
        }
        questions.append([
            "about": "An example of a roster grid (one column per person, a scale per cell): keep and edit it, or delete it.",
            "kind": "roster-grid", "columnPrefix": "How often do you work with ", "relation": "collaboration", "directed": false,
            "scale": ["Never": 0, "Yearly": 1, "Monthly": 2, "Weekly": 3, "Daily": 4],
        ])
        let document: [String: Any] = [
            "about": "InclusionMap survey configuration. Every \"about\" field is a note for you; the import ignores them. threshold is the Jaro–Winkler similarity at or above which a name matches a roster name.",
            "respondent": respondent, "roster": rosterColumns, "questions": questions, "attributes": [[String: Any]](),
            "threshold": 0.92, "noNomination": SurveyConfiguration.defaultNoNomination,
            "organisationKeywords": SurveyConfiguration.defaultOrganisationKeywords,
        ]
        json = try! JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}
