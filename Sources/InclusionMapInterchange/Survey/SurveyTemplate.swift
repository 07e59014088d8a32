import Foundation
import InclusionMap

/// A first configuration for a survey, guessed from its responses and roster, with an
/// `about` field in each part that says what to check. The import ignores `about`, and what
/// the template proposes is found in the data, so it runs as written.
public struct SurveyTemplate: Sendable {
    /// The configuration as JSON text.
    public let json: Data

    /// Guesses from the tables:
    ///
    /// - the respondent: the survey tool's own e-mail column when the export is one
    ///   (``SurveyExportLayout``), else the first column that mentions e-mail, else a name column;
    /// - the roster's id, name, e-mail, department, organisation, sector and consent columns by
    ///   their usual names;
    /// - a name-generator question for every column whose header (or, in a Qualtrics export,
    ///   question text) asks "who", with the next column as its "other" text when its header
    ///   says "other";
    /// - a roster grid for every run of two or more columns whose headers end with a roster
    ///   person's name after a shared prefix, its scale made of the answers found there (the
    ///   usual frequency words weighted 0 to 4, any other answer 1).
    public init(responses: URL, roster: URL) throws(DatasetError) {
        let answers = try SurveyTable.read(responses), staff = try SurveyTable.read(roster)
        func find(_ table: SurveyTable, _ words: [String]) -> String? {
            table.header.first { header in words.contains { header.lowercased().contains($0) } }
        }
        let layout = answers.layout
        let email = layout.emailColumn.flatMap { answers.column($0).map { answers.header[$0] } } ?? find(answers, ["email", "e-mail"])
        let respondent: [String: Any] = [
            "about": "The column that says who answered, and whether it holds an email, a staff id or a name."
                + (layout == .plain ? "" : " Read as a \(layout.toolName) export: its own header rows and columns are recognised."),
            "column": email ?? find(answers, ["name"]) ?? answers.header.first ?? "",
            "matchBy": email != nil ? "email" : "name",
        ]
        var rosterColumns: [String: Any] = ["about": "The staff list's columns. id is required; the others are optional."]
        rosterColumns["id"] = find(staff, ["staff id", "staff_id", "employee", "id"]) ?? staff.header.first ?? "id"
        for (key, words) in [("name", ["name"]), ("email", ["email", "e-mail"]), ("department", ["department", "dept", "directorate", "team"]),
                             ("organisation", ["organisation", "organization", "employer"]), ("sector", ["sector"]), ("consent", ["consent"])] {
            if let column = find(staff, words), column != rosterColumns["id"] as? String { rosterColumns[key] = column }
        }
        let questions = Self.nameGenerators(answers) + Self.rosterGrids(answers, staff: staff, nameColumn: rosterColumns["name"] as? String)
        var document: [String: Any] = [
            "about": "InclusionMap survey configuration. Every \"about\" field is a note for you; the import ignores them. threshold is the Jaro–Winkler similarity at or above which a name matches a roster name. partialResponses says whether an unfinished submission, or one answering no relational question, counts as an answer (\"response\") or as non-response (\"non-response\").",
            "respondent": respondent, "roster": rosterColumns, "questions": questions, "attributes": [[String: Any]](),
            "threshold": 0.92, "noNomination": SurveyConfiguration.defaultNoNomination,
            "organisationKeywords": SurveyConfiguration.defaultOrganisationKeywords, "partialResponses": "non-response",
        ]
        if questions.isEmpty {
            document["about"] = (document["about"] as! String) + " No column asks \"who\" and no run of columns names roster people: add the questions by hand (kind name-generator with a column, or roster-grid with a columnPrefix and a scale)."
        }
        do {
            json = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: responses.path, message: "the configuration cannot be written as JSON: \(error)")])
        }
    }

    /// A name generator for each column asking "who" (not the tool's own columns).
    static func nameGenerators(_ answers: SurveyTable) -> [[String: Any]] {
        let metadata = answers.layout.metadataColumns
        var questions: [[String: Any]] = []
        for (index, header) in answers.header.enumerated() where !metadata.contains(header.lowercased()) {
            let text = answers.questionText?[index] ?? header
            guard text.lowercased().contains("who") else { continue }
            var question: [String: Any] = [
                "about": "A name generator: one cell of names\(text == header ? "" : " (\(header): \"\(text)\")"). Set the relation's name and whether it runs from the respondent to the person named.",
                "kind": "name-generator", "column": header, "relation": "relation \(questions.count + 1)", "directed": true,
            ]
            if index + 1 < answers.header.count, answers.header[index + 1].lowercased().contains("other") {
                question["otherColumn"] = answers.header[index + 1]
            }
            questions.append(question)
        }
        return questions
    }

    /// The usual answers of a frequency scale and their weights; 0 means no tie.
    static let frequencyWords: [String: Double] = [
        "never": 0, "no": 0, "not at all": 0, "rarely": 1, "yearly": 1, "annually": 1, "less than monthly": 1, "quarterly": 1,
        "sometimes": 2, "monthly": 2, "fortnightly": 3, "often": 3, "weekly": 3, "daily": 4, "very often": 4, "yes": 1,
    ]

    /// A roster grid for each prefix that two or more headers share before a roster name.
    static func rosterGrids(_ answers: SurveyTable, staff: SurveyTable, nameColumn: String?) -> [[String: Any]] {
        guard let nameIndex = nameColumn.flatMap(staff.column) else { return [] }
        let names = Set(staff.rows.map { $0.cells[nameIndex].trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }.filter { !$0.isEmpty })
        var columnsOfPrefix: [String: [Int]] = [:], prefixes: [String] = []
        for (index, header) in answers.header.enumerated() {
            let trimmed = header.trimmingCharacters(in: CharacterSet(charactersIn: " ]):?"))
            let lowered = trimmed.lowercased()
            // The longest roster name the header ends with, after a separator.
            guard let name = names.filter({ lowered.hasSuffix($0) && lowered.count > $0.count }).max(by: { $0.count < $1.count }) else { continue }
            let prefix = String(trimmed.dropLast(name.count))
            guard let last = prefix.last, !last.isLetter else { continue }
            if columnsOfPrefix[prefix] == nil { prefixes.append(prefix) }
            columnsOfPrefix[prefix, default: []].append(index)
        }
        let grids = prefixes.filter { columnsOfPrefix[$0]!.count >= 2 }
        return grids.enumerated().map { number, prefix -> [String: Any] in
            let columns = columnsOfPrefix[prefix]!
            var scale: [String: Double] = [:], unknown: [String] = []
            for row in answers.rows {
                for column in columns {
                    let answer = row.cells[column].trimmingCharacters(in: .whitespacesAndNewlines)
                    guard !answer.isEmpty, Double(answer) == nil, scale[answer] == nil else { continue }
                    if let weight = frequencyWords[answer.lowercased()] {
                        scale[answer] = weight
                    } else {
                        scale[answer] = 1
                        unknown.append(answer)
                    }
                }
            }
            var about = "A roster grid: \(columns.count) columns starting \"\(prefix)\", one per roster person. Each answer's weight is on the scale; 0 means no tie."
            if !unknown.isEmpty { about += " Check the weights of \(unknown.map { "\"\($0)\"" }.joined(separator: ", ")): set to 1 as a guess." }
            return ["about": about, "kind": "roster-grid", "columnPrefix": prefix, "relation": number == 0 ? "collaboration" : "collaboration \(number + 1)",
                    "directed": false, "scale": scale]
        }
    }
}
