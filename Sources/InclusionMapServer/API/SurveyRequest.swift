import Foundation
import InclusionMap
import InclusionMapInterchange

/// A survey export the page brings in, as `inclusion-map survey` takes it: the responses, the
/// roster and the configuration (files inside the workspace; the configuration by default
/// `survey.json` beside the responses), and the person's decisions on the names the import
/// listed for review — the same decisions an edited `matches.csv` records.
struct SurveyRequest: Decodable {
    /// One reviewed name: who wrote it, in which question, as written, and whom it is.
    struct Correction: Decodable {
        var respondent: String
        var question: String
        var answer: String
        /// The actor the name is; empty for no tie.
        var matchedID: String

        private enum CodingKeys: String, CodingKey { case respondent, question, answer, matchedID = "matched_id" }
    }

    var responses: String
    var roster: String
    var config: String?
    var corrections: [Correction]?
    /// For a build: the dataset folder to write inside the workspace (one name, new).
    var out: String?

    /// The import, with the corrections applied through a `matches.csv` of them.
    ///
    /// - Throws: ``WorkbenchFailure/unreadable(_:)`` with every problem the import found,
    ///   each with its file, line and column; ``WorkbenchFailure/badPath(_:)`` for a path
    ///   outside the workspace.
    func survey(in workspace: WorkspacePath) throws -> SurveyImport {
        let responsesURL = try workspace.resolve(responses)
        let rosterURL = try workspace.resolve(roster)
        let configURL = try config.map { path throws(WorkbenchFailure) in try workspace.resolve(path) }
            ?? responsesURL.deletingLastPathComponent().appendingPathComponent("survey.json")
        var matches: URL?
        defer { if let matches { try? FileManager.default.removeItem(at: matches) } }
        do {
            guard let data = try? Data(contentsOf: configURL) else {
                throw DatasetError(issues: [DatasetIssue(file: configURL.lastPathComponent, message: "cannot be read; choose the survey's configuration (write one with `inclusion-map survey init`)")])
            }
            let configuration = try SurveyConfiguration.read(data, fileName: configURL.lastPathComponent)
            if let corrections, !corrections.isEmpty {
                let decisions = corrections.map {
                    MatchDecision(respondent: $0.respondent, question: $0.question, answer: $0.answer, matchedID: $0.matchedID, rule: .corrected)
                }
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("inclusion-map-matches-\(UUID().uuidString).csv")
                try? Data(MatchDecision.csv(decisions).utf8).write(to: file)
                matches = file
            }
            return try SurveyImport(responses: responsesURL, roster: rosterURL, configuration: configuration, corrections: matches)
        } catch let error as DatasetError {
            throw WorkbenchFailure.unreadable(error.issues.map { Self.located($0, in: workspace).description })
        }
    }

    /// The issue with its file named as inside the workspace, not by its full path.
    private static func located(_ issue: DatasetIssue, in workspace: WorkspacePath) -> DatasetIssue {
        var issue = issue
        let root = workspace.root.path + "/"
        if issue.file.hasPrefix(root) { issue.file = String(issue.file.dropFirst(root.count)) }
        if issue.file.hasPrefix(FileManager.default.temporaryDirectory.path) { issue.file = "your decisions" }
        return issue
    }
}

/// What `/api/survey/preview` answers: the map the import would build, its summary and
/// warnings, and every name decision that needs a person, with the candidates' names.
struct SurveyPreview: Encodable {
    struct Decision: Encodable {
        var respondent: String
        var question: String
        var answer: String
        var matchedID: String
        var rule: String
        var score: Double?
        /// The roster people who fit, with their names: the choices for an ambiguous name.
        var candidates: [Candidate]

        private enum CodingKeys: String, CodingKey {
            case respondent, question, answer, matchedID = "matched_id", rule, score, candidates
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(respondent, forKey: .respondent)
            try c.encode(question, forKey: .question)
            try c.encode(answer, forKey: .answer)
            try c.encode(matchedID, forKey: .matchedID)
            try c.encode(rule, forKey: .rule)
            try c.encode(score, forKey: .score)
            try c.encode(candidates, forKey: .candidates)
        }
    }

    struct Candidate: Encodable {
        var id: String
        var name: String
    }

    var actors: Int
    var ties: Int
    var summary: [String]
    var warnings: [String]
    var review: [Decision]
    var decisions: Int

    init(_ survey: SurveyImport) {
        let map = survey.map
        actors = map.actors.count
        ties = map.ties.count
        summary = survey.summary.lines
        warnings = survey.warnings.map(\.description)
        decisions = survey.decisions.count
        review = survey.decisions.filter(\.needsReview).map { d in
            Decision(respondent: d.respondent, question: d.question, answer: d.answer, matchedID: d.matchedID, rule: d.rule.rawValue,
                     score: d.score, candidates: d.candidates.map { Candidate(id: $0, name: map.actor(withID: $0)?.shownName ?? "") })
        }
    }
}
