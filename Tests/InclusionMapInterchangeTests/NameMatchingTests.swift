import Foundation
import InclusionMap
@testable import InclusionMapInterchange
import Testing

/// Names as people write them (issue 35, defects 3–5 and items 7–10), each decision worked
/// out by hand from the roster below: certain rules tie silently, uncertain ones tie but are
/// listed for review, and nothing that contradicts a roster person's initial or first name, or
/// is not a person, becomes a tie to them.
@Suite struct NameMatchingTests {
    static let people: [(id: String, name: String, department: String)] = [
        ("s1", "Samir Patel", "Education"), ("s2", "Samir Patel", "Housing"), ("s3", "Liam Robertson", "Housing"),
        ("s4", "Andrew Collins", "Education"), ("s5", "Thomas Brennan", "Education"), ("s6", "Zoë Fairweather", "Housing"),
        ("s7", "Robert Jones", "Housing"), ("s8", "Elizabeth Taylor", "Education"), ("s9", "William Chen", "Education"),
        ("s10", "Ruth McAllister", "Housing"), ("s11", "Jean-Pierre Martin", "Education"), ("s12", "Grace Okonkwo-Reid", "Housing"),
        ("s13", "Peter Hansen", "Education"), ("s14", "Mohammed Rahman", "Housing"), ("s15", "Chidi Okafor", "Education"),
        ("s16", "Catherine Lowe", "Housing"), ("s17", "Gwen Lloyd George", "Education"),
    ]

    static let roster = RosterIndex(people: people.enumerated().map { line, person in
        RosterPerson(id: person.id, name: PersonName(person.name), displayName: person.name, email: "\(person.id)@rivertown.example",
                     department: person.department, actor: Actor(id: person.id, name: person.name, department: person.department), line: line + 2)
    })
    static let matcher = NameMatcher(roster: roster, threshold: 0.92, nicknames: .shipped,
                                     organisationKeywords: SurveyConfiguration.defaultOrganisationKeywords)

    /// The decision for `answer` written by `respondent`.
    static func decide(_ answer: String, by respondent: String = "s5") -> MatchDecision {
        let department = people.first { $0.id == respondent }?.department
        return matcher.decide(answer, respondent: respondent, question: "advice", department: department) { "nominee-" + SurveyImport.slug($0) }
    }

    @Test(arguments: [
        // (answer, rule, tie) — certain rules.
        ("COLLINS Andrew", "surname-first", "s4"), ("Collins, Andrew", "surname-first", "s4"),
        ("T. Brennan", "initials", "s5"), ("Brennan, T.", "initials", "s5"), ("W Chen", "initials", "s9"),
        ("R McAllister", "initials", "s10"), ("J.-P. Martin", "initials", "s11"),
        ("Okonkwo-Reid", "surname-alone", "s12"), ("Dr Okonkwo-Reid", "surname-alone", "s12"), ("Lloyd George", "surname-alone", "s17"),
        ("Mr Okafor (headteacher, St Mary's)", "surname-alone", "s15"),
        ("Bob Jones", "nickname", "s7"), ("Liz Taylor", "nickname", "s8"), ("Bill Chen", "nickname", "s9"), ("Kate Lowe", "nickname", "s16"),
    ]) func certainFormsResolveSilently(answer: String, rule: String, tie: String) {
        let decision = Self.decide(answer, by: "s3")
        #expect(decision.rule.rawValue == rule && decision.matchedID == tie, "\(answer) → \(decision.matchedID) by \(decision.rule)")
        #expect(!decision.needsReview)
    }

    @Test func aSharedNameIsResolvedOnlyByANamedRule() {
        // s1 and s2 are both Samir Patel. s1 naming "Samir Patel" means s2 (namesake), listed;
        // before, s1 was matched to themself and the tie dropped without a word.
        let byS1 = Self.decide("Samir Patel", by: "s1")
        #expect(byS1.rule == .namesake && byS1.matchedID == "s2" && byS1.needsReview && byS1.candidates == ["s1", "s2"])
        // Someone in Housing: the one in their department, stated and listed.
        let byS3 = Self.decide("Samir Patel", by: "s3")
        #expect(byS3.rule == .sharedNameInDepartment && byS3.matchedID == "s2" && byS3.needsReview)
        // In Education: s1.
        #expect(Self.decide("Samir Patel", by: "s5").matchedID == "s1")
        // Naming oneself: no tie, its own rule, for review.
        let selfNamed = Self.decide("Liam Robertson", by: "s3")
        #expect(selfNamed.rule == .selfNomination && selfNamed.matchedID.isEmpty && selfNamed.needsReview)
    }

    @Test func aContradictingInitialOrFirstNameIsNeverMatched() {
        // "M. Robertson": Liam Robertson's initial is L. Before: tied to s3 by similarity.
        let initial = Self.decide("M. Robertson")
        #expect(initial.matchedID != "s3" && initial.rule == .nominee)
        // "Leah Robertson": a different first name (Jaro–Winkler leah/liam 0.70 < 0.85).
        #expect(Self.decide("Leah Robertson").matchedID != "s3")
        // "Peter Hanson" (not on the roster) against Peter Hansen: a similarity match, so it
        // is listed for review with its score, never silent.
        let similar = Self.decide("Peter Hanson")
        #expect(similar.rule == .similar && similar.needsReview && (similar.score ?? 0) >= 0.92)
    }

    @Test func anotherSpellingIsANearMissForReviewNeverATie() {
        let variant = Self.decide("Muhammad Rahman")
        #expect(variant.rule == .spellingVariant && variant.matchedID.isEmpty && variant.candidates == ["s14"] && variant.needsReview)
    }

    @Test(arguments: ["my manager", "Tom's team", "N/A – see above", "the housing team", "see above"])
    func descriptionsAreNotPeople(answer: String) {
        let decision = Self.decide(answer)
        #expect(decision.rule == .notAName && decision.matchedID.isEmpty && decision.needsReview, "\(answer) → \(decision.rule)")
    }

    @Test func anOrganisationIsStillANominee() {
        let decision = Self.decide("The Haven Trust")
        #expect(decision.rule == .nominee && decision.matchedID == "nominee-the-haven-trust")
    }

    @Test func aParenthesisIsNeverSplitAndInitialsStayWithTheirSurname() {
        #expect(Self.matcher.names(in: "Mr Okafor (headteacher, St Mary's)") == ["Mr Okafor (headteacher, St Mary's)"])
        #expect(Self.matcher.names(in: "Brennan, T.; Ann Lee, Bo Ray") == ["Brennan, T.", "Ann Lee", "Bo Ray"])
    }

    /// Through the import: two names in one answer, a self-nomination warned with its place.
    @Test func twoNamesInOneAnswerAndASelfNominationInAnImport() throws {
        let staff = "staff_id,name,email,department\n" + Self.people.map { "\($0.id),\($0.name),\($0.id)@rivertown.example,\($0.department)" }.joined(separator: "\n")
        let responses = """
            Email,Who do you go to for advice?
            s1@rivertown.example,Thomas Brennan and Zoë Fairweather
            s3@rivertown.example,"Liam Robertson; Andrew Collins & Partners Ltd"
            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try staff.write(to: folder.appendingPathComponent("staff.csv"), atomically: true, encoding: .utf8)
        try responses.write(to: folder.appendingPathComponent("responses.csv"), atomically: true, encoding: .utf8)
        let configuration = SurveyConfiguration(
            respondent: .init(column: "Email", matchBy: .email), roster: .init(id: "staff_id", name: "name", email: "email", department: "department"),
            questions: [.init(kind: .nameGenerator, column: "Who do you go to for advice?", relation: "advice", directed: true)])
        let survey = try SurveyImport(responses: folder.appendingPathComponent("responses.csv"), roster: folder.appendingPathComponent("staff.csv"), configuration: configuration)
        // Both parts are roster people: two ties (before: one nominee "Thomas Brennan and Zoë
        // Fairweather"). "Andrew Collins & Partners Ltd" has a part that is no roster person,
        // so it stays one answer: an organisation nominee.
        #expect(survey.decisions.map(\.answer) == ["Thomas Brennan", "Zoë Fairweather", "Liam Robertson", "Andrew Collins & Partners Ltd"])
        #expect(Set(survey.map.ties.map { "\($0.source)→\($0.target)" }) == ["s1→s5", "s1→s6", "s3→nominee-andrew-collins-partners-ltd"])
        #expect(survey.map.actor(withID: "nominee-andrew-collins-partners-ltd")?.kind == .organisation)
        let warning = try #require(survey.warnings.first { $0.message.contains("themself") })
        #expect(warning.line == 3 && warning.column == 2)
    }
}
