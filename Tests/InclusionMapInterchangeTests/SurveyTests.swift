import Foundation
import InclusionMap
@testable import InclusionMapInterchange
import Testing

/// The survey import on the synthetic Rivertown wave, checked against the truth its generator
/// wrote (Scripts/datasets/rivertown_survey.py), and on bad input.
@Suite struct SurveyTests {
    struct Truth: Decodable {
        struct Nomination: Decodable { var respondent, question, answer, expected: String }
        struct Grid: Decodable { var respondent, target: String; var weight: Double }
        var nominations: [Nomination]
        var grid: [Grid]
        var respondents: [String]
        var off_roster_respondents: [String]
        var low_response_departments: [String]
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Datasets/rivertown-survey")
    static let truth = try! JSONDecoder().decode(Truth.self, from: Data(contentsOf: folder.appendingPathComponent("truth.json")))
    static let configuration = try! SurveyConfiguration.read(Data(contentsOf: folder.appendingPathComponent("survey.json")), fileName: "survey.json")

    static func run(_ responses: String = "responses.csv", corrections: URL? = nil) throws -> SurveyImport {
        try SurveyImport(responses: folder.appendingPathComponent(responses), roster: folder.appendingPathComponent("staff.csv"),
                         configuration: configuration, corrections: corrections)
    }

    @Test(arguments: ["responses.csv", "responses.xlsx"]) func everyNominationResolvesAsTheTruthSays(_ file: String) throws {
        let survey = try Self.run(file)
        let decisions = Dictionary(survey.decisions.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(survey.decisions.count == Self.truth.nominations.count)
        for nomination in Self.truth.nominations {
            let key = [nomination.respondent, nomination.question, nomination.answer].joined(separator: "\u{1F}")
            let decision = try #require(decisions[key], "no decision for \(nomination.answer)")
            if nomination.expected == "review" {
                #expect(decision.rule == .ambiguous && decision.matchedID.isEmpty && decision.needsReview, "\(nomination.answer)")
            } else {
                #expect(decision.matchedID == nomination.expected, "\(nomination.respondent): \"\(nomination.answer)\" → \(decision.matchedID) by \(decision.rule), expected \(nomination.expected)")
            }
        }
        // Nothing matched to a roster person above the threshold is wrong: every similarity
        // match is one of the truth's.
        #expect(survey.decisions.filter { $0.rule == .similar }.count > 20)
    }

    @Test func tiesFollowTheAnswers() throws {
        let survey = try Self.run()
        let map = survey.map
        let named = Self.truth.nominations.filter { $0.expected != "review" && $0.expected != $0.respondent }
        let advice = Set(named.filter { $0.question.hasPrefix("Who do you go to") }.map { "\($0.respondent)→\($0.expected)" })
        #expect(Set(map.ties.filter { $0.relation == "advice" }.map { "\($0.source)→\($0.target)" }) == advice)
        let adviceTies = map.ties.filter { $0.relation == "advice" }
        #expect(adviceTies.allSatisfy { $0.isDirected })
        // Undirected: one tie per pair, however many of the two named the other.
        let information = Set(named.filter { $0.question.hasPrefix("Who do you share") }.map { [$0.respondent, $0.expected].sorted().joined(separator: "–") })
        let informationTies = map.ties.filter { $0.relation == "information" }
        #expect(informationTies.count == information.count)
        #expect(Set(informationTies.map { [$0.source, $0.target].sorted().joined(separator: "–") }) == information)
        // The grid: a pair rated both ways weighs the mean of the two ratings.
        var ratings: [String: [Double]] = [:]
        for rating in Self.truth.grid { ratings[[rating.respondent, rating.target].sorted().joined(separator: "–"), default: []].append(rating.weight) }
        let grid = map.ties.filter { $0.relation == "collaboration" }
        #expect(Dictionary(uniqueKeysWithValues: grid.map { ([$0.source, $0.target].sorted().joined(separator: "–"), $0.weight) })
            == ratings.mapValues { $0.reduce(0, +) / Double($0.count) })
    }

    @Test func responseStatusAndTheSummary() throws {
        let survey = try Self.run()
        let responded = Set(survey.map.actors.filter { $0.responded == true }.map(\.id))
        #expect(responded == Set(Self.truth.respondents))
        for id in Self.truth.off_roster_respondents {
            #expect(survey.map.actor(withID: id)?.attributes["on_roster"] == "false")
        }
        let low = survey.summary.byDepartment.filter { Double($0.responded) < 0.7 * Double($0.members) }.map(\.department)
        #expect(low == Self.truth.low_response_departments)
        #expect(survey.warnings.map(\.message).contains { $0.contains("answered again") })
        // Nominees: ids made from the name, kind by keyword.
        #expect(survey.map.actor(withID: "nominee-northside-family-trust")?.kind == .organisation)
        #expect(survey.map.actor(withID: "nominee-pat-reid")?.kind == .person)
        #expect(survey.map.actor(withID: "nominee-pat-reid")?.attributes["source_of_evidence"] == "nominated")
    }

    @Test func editedMatchesChangeExactlyTheEditedDecisions() throws {
        let first = try Self.run()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("survey-\(UUID().uuidString)")
        try first.write(to: scratch)
        let matches = scratch.appendingPathComponent("matches.csv")
        var lines = try String(contentsOf: matches, encoding: .utf8).components(separatedBy: "\n")
        // The ambiguous "Chris" becomes eh90; the first exact match becomes no nomination.
        let chris = try #require(lines.firstIndex { $0.contains(",Chris,,ambiguous,") })
        lines[chris] = lines[chris].replacingOccurrences(of: ",Chris,,ambiguous,", with: ",Chris,eh90,ambiguous,")
        let exact = try #require(lines.firstIndex { $0.contains(",exact,") })
        let exactFields = lines[exact].components(separatedBy: ",")
        let exactID = exactFields[exactFields.firstIndex(of: "exact")! - 1]
        lines[exact] = lines[exact].replacingOccurrences(of: ",\(exactID),exact,", with: ",,exact,")
        try lines.joined(separator: "\n").write(to: matches, atomically: true, encoding: .utf8)
        let second = try Self.run(corrections: matches)
        let changed = zip(first.decisions, second.decisions).filter { $0.matchedID != $1.matchedID || $0.rule != $1.rule }
        #expect(changed.count == 2)
        #expect(Set(changed.map(\.1.rule)) == [.corrected])
        #expect(Set(changed.map(\.1.matchedID)) == ["eh90", ""])
        #expect(second.decisions.count == first.decisions.count)
    }

    @Test func knownNomineesKeepTheirIDs() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("survey-known-\(UUID().uuidString).csv")
        try "name,id\nPat Reid,ext-017\n".write(to: scratch, atomically: true, encoding: .utf8)
        let survey = try SurveyImport(responses: Self.folder.appendingPathComponent("responses.csv"), roster: Self.folder.appendingPathComponent("staff.csv"),
                                      configuration: Self.configuration, known: scratch)
        #expect(survey.map.actor(withID: "ext-017")?.name == "Pat Reid")
        #expect(survey.map.actor(withID: "nominee-pat-reid") == nil)
        #expect(survey.decisions.filter { $0.answer == "Pat Reid" }.allSatisfy { $0.matchedID == "ext-017" && $0.rule == .known })
    }

    /// A grid in long form: one row per respondent × person, in a table of its own.
    /// ann rates bo Daily (3) and cy Never (0: no tie); bo rates ann Weekly (2). Undirected:
    /// ann–bo weighs the mean (3 + 2) / 2 = 2.5.
    @Test func aLongFormGridIsReadFromItsOwnTable() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("survey-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try "staff_id,name,email\na,Ann Lee,ann@x.org\nb,Bo Ray,bo@x.org\nc,Cy Ito,cy@x.org\n".write(to: scratch.appendingPathComponent("staff.csv"), atomically: true, encoding: .utf8)
        try "Email,Who helps you?\nann@x.org,Cy Ito\nbo@x.org,\n".write(to: scratch.appendingPathComponent("responses.csv"), atomically: true, encoding: .utf8)
        try "Email,Colleague,How often\nann@x.org,Bo Ray,Daily\nann@x.org,Cy Ito,Never\nbo@x.org,ann lee,Weekly\n".write(to: scratch.appendingPathComponent("contact.csv"), atomically: true, encoding: .utf8)
        let configuration = SurveyConfiguration(
            respondent: .init(column: "Email", matchBy: .email), roster: .init(id: "staff_id", name: "name", email: "email"),
            questions: [
                .init(kind: .nameGenerator, column: "Who helps you?", relation: "help", directed: true),
                .init(kind: .rosterGrid, scale: ["Never": 0, "Weekly": 2, "Daily": 3], table: "contact.csv", respondentColumn: "Email",
                      personColumn: "Colleague", answerColumn: "How often", relation: "contact", directed: false),
            ])
        let survey = try SurveyImport(responses: scratch.appendingPathComponent("responses.csv"), roster: scratch.appendingPathComponent("staff.csv"), configuration: configuration)
        #expect(survey.map.ties == [
            Tie(source: "a", target: "c", relation: "help", isDirected: true, provenance: "survey"),
            Tie(source: "a", target: "b", relation: "contact", weight: 2.5, provenance: "survey, both"),
        ])
        #expect(survey.map.actors.map(\.responded) == [true, true, false])
    }

    // MARK: Bad input

    func expectError(_ expected: String, line: Int?, column: Int? = nil, responses: String? = nil, roster: String? = nil,
                     configure: (inout SurveyConfiguration) -> Void = { _ in }) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("survey-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let responsesURL = scratch.appendingPathComponent("responses.csv"), rosterURL = scratch.appendingPathComponent("staff.csv")
        try (responses ?? String(contentsOf: Self.folder.appendingPathComponent("responses.csv"), encoding: .utf8)).write(to: responsesURL, atomically: true, encoding: .utf8)
        try (roster ?? String(contentsOf: Self.folder.appendingPathComponent("staff.csv"), encoding: .utf8)).write(to: rosterURL, atomically: true, encoding: .utf8)
        var configuration = Self.configuration
        configure(&configuration)
        do {
            _ = try SurveyImport(responses: responsesURL, roster: rosterURL, configuration: configuration)
            Issue.record("no error for \(expected)")
        } catch {
            #expect(error.issues.count >= 1)
            let issue = error.issues[0]
            #expect(issue.message.hasPrefix(expected), "\(issue.message)")
            #expect(issue.line == line && issue.column == column, "\(issue)")
        }
    }

    @Test func aQuestionColumnThatDoesNotExist() throws {
        try expectError("no column \"Who else?\" (question advice)", line: 1) { $0.questions[0].column = "Who else?" }
    }

    @Test func aRosterWithoutItsIDColumn() throws {
        try expectError("no column \"staff_id\" (the roster's id)", line: 1, roster: "person,name\na,Ann\n")
    }

    @Test func aScaleAnswerNotInTheMapping() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("responses.csv"), encoding: .utf8)
        var rows = text.components(separatedBy: "\r\n")
        var fields = rows[1].components(separatedBy: ",")
        // Row 2's first grid answer (column 7, Samira Haddad) becomes "Sometimes".
        let gridColumn = rows[0].components(separatedBy: ",").firstIndex { $0.hasPrefix("How often") }!
        fields[fields.count - (rows[0].components(separatedBy: ",").count - gridColumn)] = "Sometimes"
        rows[1] = fields.joined(separator: ",")
        try expectError("\"Sometimes\" is not on the scale of collaboration", line: 2, column: gridColumn + 1, responses: rows.joined(separator: "\r\n"))
    }

    @Test func aRespondentMatchingTwoRosterRows() throws {
        try expectError("Name: \"Ann Lee\" matches 2 roster rows (a1, a2)", line: 2, column: 1,
                        responses: "Name,Who helps you?\nAnn Lee,Bo\n", roster: "staff_id,name\na1,Ann Lee\na2,Ann Lee\n") { configuration in
            configuration.respondent = .init(column: "Name", matchBy: .name)
            configuration.roster = .init(id: "staff_id", name: "name")
            configuration.questions = [.init(kind: .nameGenerator, column: "Who helps you?", relation: "help", directed: true)]
            configuration.attributes = []
        }
    }

    // MARK: Names

    @Test func jaroWinklerMatchesWinklersExamples() {
        // Winkler (1990) and the record-linkage literature's standard pairs.
        #expect(abs(JaroWinkler.similarity("martha", "marhta") - 0.9611) < 0.0001)
        #expect(abs(JaroWinkler.similarity("dwayne", "duane") - 0.84) < 0.0001)
        #expect(abs(JaroWinkler.similarity("dixon", "dicksonx") - 0.8133) < 0.0001)
        #expect(JaroWinkler.similarity("same", "same") == 1)
        #expect(JaroWinkler.similarity("abc", "xyz") == 0)
    }

    @Test func namesAreNormalised() {
        #expect(PersonName("Dr. Zoë O'Brien-Smith").tokens == ["zoe", "o", "brien", "smith"])
        #expect(PersonName("Haddad, Samira").normalised == "samira haddad")
        #expect(PersonName("Haddad, Samira", surnameFirst: false).normalised == "haddad samira")
        #expect(PersonName("  CLLR   Yusuf   BELLO ").normalised == "yusuf bello")
        let matcher = NameMatcher(roster: RosterIndex(people: []), threshold: 0.92, nicknames: .shipped)
        #expect(matcher.names(in: "Ann Lee, Bo Ray;Cy\nDee") == ["Ann Lee", "Bo Ray", "Cy", "Dee"])
    }
}
