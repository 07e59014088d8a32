import Foundation
import InclusionMap

/// The numbers a survey import closes with.
public struct SurveySummary: Sendable {
    /// Roster members, and how many of them answered.
    public var rosterSize: Int, respondents: Int
    /// Response rate by department: (department, answered, members), by name.
    public var byDepartment: [(department: String, responded: Int, members: Int)]
    /// Decisions by rule.
    public var rules: [(rule: MatchDecision.Rule, count: Int)]
    /// Nominees added, respondents off the roster, answers that nominated nobody, and
    /// decisions to review.
    public var nominees: Int, offRoster: Int, ignored: Int, review: Int
    /// The tool the export came from.
    public var layout: SurveyExportLayout
    /// Submissions read as non-response, by reason.
    public var partial: [PartialSubmission: Int]
    /// Submissions set aside because they name no respondent (anonymous forms).
    public var unidentified: Int

    /// The share of roster members below which a department is named: 70%.
    public static let lowResponseRate = 0.7

    init(map: StakeholderMap, decisions: [MatchDecision], ignored: Int, nominees: Int, offRoster: Int,
         layout: SurveyExportLayout = .plain, partial: [String: PartialSubmission] = [:], unidentified: Int = 0) {
        self.layout = layout
        self.partial = partial.values.reduce(into: [:]) { $0[$1, default: 0] += 1 }
        self.unidentified = unidentified
        let members = map.actors.filter { $0.attributes["on_roster"] == "true" }
        rosterSize = members.count
        respondents = members.count { $0.responded == true }
        var departments: [String: (Int, Int)] = [:]
        for actor in members {
            let name = actor.department ?? "(no department)"
            departments[name, default: (0, 0)].1 += 1
            if actor.responded == true { departments[name, default: (0, 0)].0 += 1 }
        }
        byDepartment = departments.keys.sorted().map { ($0, departments[$0]!.0, departments[$0]!.1) }
        rules = MatchDecision.Rule.allCases.compactMap { rule in
            let count = decisions.count { $0.rule == rule }
            return count > 0 ? (rule, count) : nil
        }
        self.nominees = nominees
        self.offRoster = offRoster
        self.ignored = ignored
        review = decisions.count(where: \.needsReview)
    }

    /// The summary in words, one line each.
    public var lines: [String] {
        var lines: [String] = []
        let rate = rosterSize == 0 ? 0 : Double(respondents) / Double(rosterSize)
        if layout != .plain { lines.append("Read as a \(layout.toolName) export") }
        lines.append("Response rate: \(respondents) of \(rosterSize) (\(Int((rate * 100).rounded()))%)")
        if !partial.isEmpty {
            let reasons = PartialSubmission.allCases.compactMap { reason in partial[reason].map { "\($0) \(reason.words)" } }
            lines.append("Partial submissions read as non-response: " + reasons.joined(separator: ", ") + " (\"partialResponses\": \"response\" counts them as answers)")
        }
        if unidentified > 0 { lines.append("Submissions without a respondent, set aside: \(unidentified)") }
        let low = byDepartment.filter { $0.members > 0 && Double($0.responded) / Double($0.members) < Self.lowResponseRate }
        if !low.isEmpty {
            lines.append("Departments below \(Int(Self.lowResponseRate * 100))%: " + low.map { "\($0.department) \($0.responded) of \($0.members)" }.joined(separator: ", "))
        }
        lines.append("Names matched: " + rules.map { "\($0.count) \($0.rule.rawValue)" }.joined(separator: ", "))
        lines.append("Nominees added: \(nominees); respondents off the roster: \(offRoster); answers nominating nobody: \(ignored)")
        if review > 0 { lines.append("\(review) decision\(review == 1 ? "" : "s") to review: at the top of matches.csv") }
        return lines
    }
}

/// Why a submission was read as non-response.
public enum PartialSubmission: String, Hashable, Sendable, CaseIterable {
    /// The survey tool marks it unfinished (Qualtrics `Finished` false).
    case unfinished
    /// It answers none of the relational questions.
    case noAnswer = "no-answer"

    /// The reason in words, after a count.
    public var words: String {
        switch self {
        case .unfinished: "unfinished (Finished false)"
        case .noAnswer: "with no answer to any relational question"
        }
    }
}
