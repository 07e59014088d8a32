import Foundation
import InclusionMap
@testable import InclusionMapInterchange
import Testing

/// A staff list's `consent` column reaches the map (issue 32, defect 4: it was dropped without
/// a word, so people who declined came out as ordinary actors named by every later command).
@Suite struct SurveyConsentTests {
    /// The Rivertown staff list with a consent column: ph02 declined ("no"), ph01 agreed, the
    /// rest left empty (not recorded).
    func rosterWithConsent(ph01: String = "yes", ph02: String = "no") throws -> URL {
        let text = try String(contentsOf: SurveyTests.folder.appendingPathComponent("staff.csv"), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[0] += ",Consent"
        for index in 1..<lines.count where !lines[index].isEmpty {
            let id = lines[index].prefix { $0 != "," }
            lines[index] += "," + (id == "ph01" ? ph01 : id == "ph02" ? ph02 : "")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-consent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("staff.csv")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func aConsentColumnIsCarriedThroughAndSaidSo() throws {
        let survey = try SurveyImport(
            responses: SurveyTests.folder.appendingPathComponent("responses.csv"), roster: try rosterWithConsent(),
            configuration: SurveyTests.configuration)
        let map = survey.map
        #expect(map.actor(withID: "ph02")?.consent == false)
        #expect(map.actor(withID: "ph01")?.consent == true)
        #expect(map.actor(withID: "ph03")?.consent == nil)
        // Said on standard error by the command: 1 of the 94 staff declined.
        let said = survey.warnings.filter { $0.columnName == "Consent" }
        #expect(said.count == 1)
        #expect(said.first?.message == "Consent: consent read from the roster; 1 of 94 people declined and are shown only under a code (withheld-…) in every output")
        // Every later output masks them: the prepared map has no ph02.
        let prepared = PreparedMap(map)
        #expect(prepared.analysed.actor(withID: "ph02") == nil)
        #expect(prepared.mask.code(of: "ph02") == "withheld-1")
    }

    @Test func aConsentAnswerThatIsNoneOfTheWordsIsAnErrorWithItsPlace() throws {
        let roster = try rosterWithConsent(ph02: "maybe")
        do {
            _ = try SurveyImport(
                responses: SurveyTests.folder.appendingPathComponent("responses.csv"), roster: roster,
                configuration: SurveyTests.configuration)
            Issue.record("no error for consent \"maybe\"")
        } catch {
            let issue = try #require(error.issues.first)
            // ph02 is on line 3 of the staff list; the consent column is the sixth.
            #expect(issue.line == 3 && issue.column == 6)
            #expect(issue.message == "Consent: \"maybe\" is not a consent answer; expected true or false (yes/no, 1/0), or empty when not recorded")
        }
    }
}

/// Survey answers that were misread or unbounded (issue 32, defects 9 and 10).
@Suite struct SurveyBoundsTests {
    func scratch(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-bounds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    static let configuration = SurveyConfiguration(
        respondent: .init(column: "Email", matchBy: .email), roster: .init(id: "id", name: "name", email: "email"),
        questions: [.init(kind: .nameGenerator, column: "Who do you ask for advice?", relation: "advice", directed: true)])

    /// The problems an import of `responses` and `staff` (CSV text) is refused with; none
    /// recorded as a test issue when it is not refused.
    func refusal(responses: String, staff: String) throws -> [DatasetIssue] {
        let folder = try scratch(["staff.csv": staff, "responses.csv": responses])
        do {
            _ = try SurveyImport(responses: folder.appendingPathComponent("responses.csv"), roster: folder.appendingPathComponent("staff.csv"), configuration: Self.configuration)
            Issue.record("the import was not refused")
            return []
        } catch {
            return error.issues
        }
    }

    /// Two roster rows with one address: the answers went silently to the second person.
    @Test func aRespondentWhoseAddressTwoPeopleShareIsAnError() throws {
        let issues = try refusal(
            responses: "Email,Who do you ask for advice?\nteam@x.org,Cy Day\n",
            staff: "id,name,email\np1,Ann Lee,team@x.org\np2,Bo Chan,team@x.org\np3,Cy Day,cy@x.org\n")
        #expect(issues.map(\.message) == [
            "Email: \"team@x.org\" is the e-mail of 2 roster rows (p1, p2); give each person their own address, or identify respondents by id",
        ])
        #expect(issues.first?.line == 2 && issues.first?.column == 1)
    }

    /// One answer of 70,000 names added 70,003 actors without a word: now the first 100 are
    /// read and a warning says so.
    @Test func anAnswerOfThousandsOfNamesIsCappedWithAWarning() throws {
        let names = (1...5_000).map { "Person \($0)" }.joined(separator: "; ")
        let folder = try scratch([
            "staff.csv": "id,name,email\np1,Ann Lee,ann@x.org\n",
            "responses.csv": "Email,Who do you ask for advice?\nann@x.org,\"\(names)\"\n",
        ])
        let survey = try SurveyImport(responses: folder.appendingPathComponent("responses.csv"), roster: folder.appendingPathComponent("staff.csv"), configuration: Self.configuration)
        #expect(survey.map.actors.count == 1 + SurveyImport.maximumNamesPerAnswer)
        let warning = try #require(survey.warnings.first { $0.message.contains("an answer of") })
        #expect(warning.message == "Who do you ask for advice?: an answer of 5000 names; only the first 100 are read (a name-generator answer holds a few names: check the export)")
        #expect(warning.line == 2 && warning.column == 2)
    }
}

extension SurveyBoundsTests {
    /// A semicolon-separated export was refused with a misleading quote error (issue 32, defect 11).
    @Test func aSemicolonSeparatedExportIsNamedAsSuch() throws {
        let issues = try refusal(
            responses: "Email;Who do you ask for advice?\nann@x.org;\"Lee, Ann; Day, Cy\"\n", staff: "id,name,email\np1,Ann Lee,ann@x.org\n")
        #expect(issues.map(\.message) == ["the columns are separated by semicolons (as Excel saves CSV where the decimal mark is a comma); save the export as CSV with commas (\"CSV UTF-8\"), or give the .xlsx"])
        #expect(issues.first?.line == 1)
    }
}
