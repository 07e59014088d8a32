import Foundation
import InclusionMap
@testable import InclusionMapInterchange
import Testing

/// Exports laid out as Qualtrics, Microsoft Forms and Google Forms write them (issue 35,
/// defects 1 and 2): their extra header rows are not respondents, each respondent is found by
/// the columns the tool provides, and a partial submission is non-response.
@Suite struct SurveyExportLayoutTests {
    static let roster = """
        staff_id,name,email,department
        s1,Amara Osei,amara.osei@rivertown.gov.uk,Housing
        s2,Ben Marsh,ben.marsh@rivertown.gov.uk,Housing
        s3,Chloe Haddad,chloe.haddad@rivertown.gov.uk,Education
        s4,Daniel Nowak,daniel.nowak@rivertown.gov.uk,Education
        """

    /// Writes `files` into a fresh folder.
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("survey-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    static func run(_ responses: String, respondent: String, question: String) throws -> SurveyImport {
        let url = try folder(["responses.csv": responses, "staff.csv": roster])
        let configuration = SurveyConfiguration(
            respondent: .init(column: respondent, matchBy: .email),
            roster: .init(id: "staff_id", name: "name", email: "email", department: "department"),
            questions: [.init(kind: .nameGenerator, column: question, relation: "advice", directed: true)])
        return try SurveyImport(responses: url.appendingPathComponent("responses.csv"), roster: url.appendingPathComponent("staff.csv"), configuration: configuration)
    }

    /// A Qualtrics export as its "Download data → CSV" writes it: ids, question text, ImportIds.
    static let qualtrics = """
        StartDate,EndDate,Status,Progress,Duration (in seconds),Finished,RecordedDate,ResponseId,RecipientLastName,RecipientFirstName,RecipientEmail,Q3
        Start Date,End Date,Response Type,Progress,Duration (in seconds),Finished,Recorded Date,Response ID,Recipient Last Name,Recipient First Name,Recipient Email,Who do you go to for advice?
        "{""ImportId"":""startDate"",""timeZone"":""Europe/London""}","{""ImportId"":""endDate"",""timeZone"":""Europe/London""}","{""ImportId"":""status""}","{""ImportId"":""progress""}","{""ImportId"":""duration""}","{""ImportId"":""finished""}","{""ImportId"":""recordedDate"",""timeZone"":""Europe/London""}","{""ImportId"":""_recordId""}","{""ImportId"":""recipientLastName""}","{""ImportId"":""recipientFirstName""}","{""ImportId"":""recipientEmail""}","{""ImportId"":""QID3_TEXT""}"
        2026-03-02 09:00:00,2026-03-02 09:05:00,IP Address,100,300,True,2026-03-02 09:05:00,R_1aaa,Osei,Amara,amara.osei@rivertown.gov.uk,Ben Marsh; Chloe Haddad
        2026-03-02 10:00:00,2026-03-02 10:01:00,IP Address,40,60,False,2026-03-02 10:01:00,R_2bbb,Marsh,Ben,ben.marsh@rivertown.gov.uk,Amara Osei
        2026-03-02 11:00:00,2026-03-02 11:04:00,IP Address,100,240,True,2026-03-02 11:04:00,R_3ccc,Haddad,Chloe,chloe.haddad@rivertown.gov.uk,Daniel Nowak
        """

    @Test(arguments: ["Q3", "Who do you go to for advice?"]) func qualtricsHeaderRowsAreNotRespondents(question: String) throws {
        let survey = try Self.run(Self.qualtrics, respondent: "RecipientEmail", question: question)
        #expect(survey.summary.layout == .qualtrics)
        // Before: rows 2 and 3 were two respondents "Recipient Email" and the ImportId object,
        // with ties to nominees named "Who do you go to for advice?" and the QID3_TEXT object.
        #expect(survey.map.actors.map(\.id) == ["s1", "s2", "s3", "s4"])
        #expect(survey.decisions.map(\.answer) == ["Ben Marsh", "Chloe Haddad", "Amara Osei", "Daniel Nowak"])
        #expect(Set(survey.map.ties.map { "\($0.source)→\($0.target)" }) == ["s1→s2", "s1→s3", "s2→s1", "s3→s4"])
        // Ben stopped at 40% (Finished False): non-response, his one nomination kept.
        let responded = survey.map.actors.filter { $0.responded == true }.map(\.id)
        #expect(responded == ["s1", "s3"])
        #expect(survey.summary.partial == [.unfinished: 1])
        #expect(survey.summary.lines.contains("Partial submissions read as non-response: 1 unfinished (Finished false) (\"partialResponses\": \"response\" counts them as answers)"))
    }

    @Test func aPartialSubmissionCountsWhenTheConfigurationSaysSo() throws {
        let url = try Self.folder(["responses.csv": Self.qualtrics, "staff.csv": Self.roster])
        let configuration = SurveyConfiguration(
            respondent: .init(column: "RecipientEmail", matchBy: .email),
            roster: .init(id: "staff_id", name: "name", email: "email", department: "department"),
            questions: [.init(kind: .nameGenerator, column: "Q3", relation: "advice", directed: true)], partialResponses: .response)
        let survey = try SurveyImport(responses: url.appendingPathComponent("responses.csv"), roster: url.appendingPathComponent("staff.csv"), configuration: configuration)
        #expect(survey.map.actors.filter { $0.responded == true }.map(\.id) == ["s1", "s2", "s3"])
        #expect(survey.summary.partial.isEmpty)
    }

    @Test func aSubmissionAnsweringNoRelationalQuestionIsNonResponse() throws {
        let plain = """
            Email,Who do you go to for advice?
            amara.osei@rivertown.gov.uk,Ben Marsh
            ben.marsh@rivertown.gov.uk,
            chloe.haddad@rivertown.gov.uk,none
            """
        let survey = try Self.run(plain, respondent: "Email", question: "Who do you go to for advice?")
        // Ben left it empty: not "no ties" but no answer. Chloe answered "none": an answer.
        #expect(survey.map.actors.filter { $0.responded == true }.map(\.id) == ["s1", "s3"])
        #expect(survey.summary.partial == [.noAnswer: 1])
    }

    /// Microsoft Forms's Excel export: an anonymous form writes "anonymous" in Email; a form
    /// that records names has Name.
    @Test func microsoftFormsFindsTheRespondentByEmailThenName() throws {
        let forms = """
            Id,Start time,Completion time,Email,Name,Who do you go to for advice?
            1,3/2/26 9:00:00,3/2/26 9:04:00,amara.osei@rivertown.gov.uk,Amara Osei,Ben Marsh
            2,3/2/26 9:10:00,3/2/26 9:12:00,anonymous,Chloe Haddad,Daniel Nowak
            3,3/2/26 9:20:00,3/2/26 9:22:00,anonymous,,Amara Osei
            """
        let survey = try Self.run(forms, respondent: "Email", question: "Who do you go to for advice?")
        #expect(survey.summary.layout == .microsoftForms)
        #expect(Set(survey.map.ties.map { "\($0.source)→\($0.target)" }) == ["s1→s2", "s3→s4"])
        #expect(survey.map.actors.map(\.id) == ["s1", "s2", "s3", "s4"])
        #expect(survey.summary.unidentified == 1)
        #expect(survey.warnings.contains { $0.line == 4 && $0.message.contains("without a respondent's address or name (Microsoft Forms export)") })
    }

    @Test func googleFormsIsRecognised() throws {
        let forms = """
            Timestamp,Email Address,Who do you go to for advice?
            2026/03/02 9:00:00 AM GMT,amara.osei@rivertown.gov.uk,Ben Marsh
            2026/03/02 9:10:00 AM GMT,chloe.haddad@rivertown.gov.uk,Amara Osei
            """
        let survey = try Self.run(forms, respondent: "Email Address", question: "Who do you go to for advice?")
        #expect(survey.summary.layout == .googleForms)
        #expect(Set(survey.map.ties.map { "\($0.source)→\($0.target)" }) == ["s1→s2", "s3→s1"])
    }

    /// Issue 35 defect 6: `survey init` wrote an example roster grid that is not in the data,
    /// so its configuration failed on the first run. What it writes now runs as written.
    @Test func whatInitWritesRunsAsWritten() throws {
        let rivertown = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Datasets/rivertown-survey")
        let qualtrics = try Self.folder(["responses.csv": Self.qualtrics, "staff.csv": Self.roster])
        for folder in [rivertown, qualtrics] {
            let responses = folder.appendingPathComponent("responses.csv"), staff = folder.appendingPathComponent("staff.csv")
            let template = try SurveyTemplate(responses: responses, roster: staff)
            let configuration = try SurveyConfiguration.read(template.json, fileName: "survey.json")
            let survey = try SurveyImport(responses: responses, roster: staff, configuration: configuration)
            #expect(!survey.map.ties.isEmpty, "\(folder.lastPathComponent)")
        }
        // Rivertown's grid is found in its headers ("How often do you work with: Samira Haddad" …)
        // with the answers its cells hold; Qualtrics's question is proposed by its id, its text
        // in the note, and its respondent is RecipientEmail.
        let rivertownTemplate = try SurveyConfiguration.read(
            SurveyTemplate(responses: rivertown.appendingPathComponent("responses.csv"), roster: rivertown.appendingPathComponent("staff.csv")).json, fileName: "survey.json")
        let grid = try #require(rivertownTemplate.questions.first { $0.kind == .rosterGrid })
        #expect(grid.columnPrefix == "How often do you work with: ")
        #expect(grid.scale == ["Never": 0, "Yearly": 1, "Monthly": 2, "Weekly": 3, "Daily": 4])
        #expect(rivertownTemplate.questions.first?.otherColumn == "Other (please specify)")
        let qualtricsTemplate = try SurveyConfiguration.read(
            SurveyTemplate(responses: qualtrics.appendingPathComponent("responses.csv"), roster: qualtrics.appendingPathComponent("staff.csv")).json, fileName: "survey.json")
        #expect(qualtricsTemplate.respondent.column == "RecipientEmail" && qualtricsTemplate.respondent.matchBy == .email)
        #expect(qualtricsTemplate.questions.map(\.column) == ["Q3"])
        #expect(!qualtricsTemplate.questions.contains { $0.kind == .rosterGrid })
    }

    /// The README's worked example for each tool runs, as written, on an export of that tool.
    @Test func theReadmeConfigurationsRunOnTheirTools() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "### Exports from survey tools").dropFirst().first)
        let blocks = section.components(separatedBy: "```json").dropFirst().map { $0.components(separatedBy: "```")[0] }
        #expect(blocks.count == 3)
        let forms = """
            Id,Start time,Completion time,Email,Name,Who do you go to for advice?
            1,3/2/26 9:00:00,3/2/26 9:04:00,anonymous,Amara Osei,Ben Marsh
            """
        let google = """
            Timestamp,Email Address,Who do you go to for advice?
            2026/03/02 9:00:00 AM GMT,amara.osei@rivertown.gov.uk,Ben Marsh
            """
        let cases: [(String, SurveyExportLayout)] = [(Self.qualtrics, .qualtrics), (forms, .microsoftForms), (google, .googleForms)]
        for (block, (export, tool)) in zip(blocks, cases) {
            let configuration = try SurveyConfiguration.read(Data(block.utf8), fileName: "README.md")
            let url = try Self.folder(["responses.csv": export, "staff.csv": Self.roster])
            let survey = try SurveyImport(responses: url.appendingPathComponent("responses.csv"), roster: url.appendingPathComponent("staff.csv"), configuration: configuration)
            #expect(survey.summary.layout == tool)
            #expect(survey.map.ties.contains { $0.source == "s1" && $0.target == "s2" }, "\(tool)")
        }
    }
}
