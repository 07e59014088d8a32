import Foundation
import InclusionMap

/// A survey export turned into a map: one row per respondent, a staff list (the roster), and
/// a ``SurveyConfiguration`` saying how to read them.
///
/// - **Roster**: every person is an actor (id, name, e-mail as the attribute `email`,
///   department, organisation, sector, kind, and consent from a `consent` column when there is
///   one: whoever declined is withheld in every output), with `responded` true or false.
/// - **Respondents** are found on the roster by e-mail, staff id or name, as configured; one
///   not on the roster is added with `on_roster` false; a respondent who answered twice keeps
///   the last answer, and the import says which rows were set aside.
/// - **Name generators**: a cell is split on `;` and line breaks, then on commas outside
///   parentheses (keeping "Surname, First" and "Surname, T." whole), and "A and B" becomes two
///   names when both are roster people; "other (please specify)" text is read the same way;
///   answers such as "N/A", "none", "-", "don't know" nominate nobody. Each name is matched by
///   the rules of ``MatchDecision/Rule`` in order (e-mail, exact, surname first, nickname
///   (``NicknameTable``), initials, surname alone, a lone word in the respondent's department,
///   another spelling (``SpellingVariants``), Jaro–Winkler similarity (``JaroWinkler``) at or
///   above the threshold, 0.92 by default): certain rules tie silently, the others tie or not
///   and are listed for review; a similarity match never overrides a contradicting initial or
///   first name; a description ("my manager") is no tie. A name that matches nobody is a
///   nominee: kind person, or organisation when it holds one of the configured keywords,
///   `source_of_evidence` `nominated`, and the id `nominee-` + its normalised name, so the
///   same person has the same id in every wave (or the id a `--known` file gives); one scoring
///   0.85 or more against a roster name is a near miss, a nominee listed for review.
/// - **Exports** of Qualtrics, Microsoft Forms and Google Forms are recognised
///   (``SurveyExportLayout``); a submission the tool marks unfinished, or that answers no
///   relational question, is non-response unless ``SurveyConfiguration/partialResponses``
///   counts it.
/// - **Roster grids**: each column whose header starts with the prefix names a roster person
///   (matched as above), or, in long form, a table of its own has one row per respondent ×
///   person; each answer is looked up in the scale, whose 0 means no tie.
/// - **Ties**: directed questions give one arc per nomination, respondent to nominee.
///   Undirected ones give one tie per pair; when both nominated each other, the tie's weight is
///   the mean of the two strengths (the two answers count alike).
/// - Every decision is kept (``decisions``; `matches.csv`); corrections from an edited
///   `matches.csv` are applied exactly, and only those.
///
/// Bad input — a missing column, a roster without its id column or with a repeated id, a
/// scale answer not in the mapping, a respondent matching two roster rows — is an error
/// naming the file, row and column, and nothing is produced.
public struct SurveyImport: Sendable {
    /// The most names read from one answer to a name-generator question: 100. People name a
    /// handful; an answer of tens of thousands (a pasted staff list, a damaged export) would
    /// add as many nominees, so the rest is left out with a warning that says so.
    public static let maximumNamesPerAnswer = 100

    /// The map: roster, nominees and off-roster respondents, and the ties of every question.
    public let map: StakeholderMap
    /// Every name decision, in answer order.
    public let decisions: [MatchDecision]
    /// Warnings: duplicate submissions, respondents off the roster, unsaved formulas.
    public let warnings: [DatasetIssue]
    /// Counts for the closing summary.
    public let summary: SurveySummary

    /// Reads the responses and roster tables (CSV or XLSX) with `configuration`.
    ///
    /// - Parameters:
    ///   - responses: the questionnaire export, one row per submission (CSV or XLSX).
    ///   - roster: the people the survey went to, with their ids (CSV or XLSX).
    ///   - configuration: which columns hold the respondent, the questions and their relations.
    ///   - corrections: an edited `matches.csv`, whose `matched_id`s override the import's.
    ///   - known: a CSV of previous nominees (`name`, `id`), so they keep their ids.
    public init(responses: URL, roster: URL, configuration: SurveyConfiguration, corrections: URL? = nil, known: URL? = nil) throws(DatasetError) {
        let responseTable = try SurveyTable.read(responses)
        let rosterTable = try SurveyTable.read(roster)
        var fixes: [String: (id: String, line: Int)] = [:]
        if let corrections {
            fixes = try MatchDecision.corrections(try Self.contents(corrections), fileName: corrections.path)
        }
        var knownIDs: [String: String] = [:]
        if let known {
            let records = try CSVRecords.read(try Self.contents(known), fileName: known.path)
            let header = records.first?.fields.map { $0.lowercased() } ?? []
            guard let n = header.firstIndex(of: "name"), let i = header.firstIndex(of: "id") else {
                throw DatasetError(issues: [DatasetIssue(file: known.path, line: 1, message: "expected the columns name and id")])
            }
            for record in records.dropFirst() where record.fields.count > max(n, i) {
                knownIDs[PersonName(record.fields[n]).normalised] = record.fields[i]
            }
        }
        var longTables: [Int: SurveyTable] = [:]
        for (index, question) in configuration.questions.enumerated() {
            guard question.kind == .rosterGrid, let table = question.table else { continue }
            let url = table.hasPrefix("/") ? URL(fileURLWithPath: table) : responses.deletingLastPathComponent().appendingPathComponent(table)
            longTables[index] = try SurveyTable.read(url)
        }
        try self.init(responses: responseTable, roster: rosterTable, configuration: configuration, corrections: fixes, known: knownIDs, longTables: longTables)
    }

    static func contents(_ url: URL) throws(DatasetError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: url.path, message: "cannot be read: \(error.localizedDescription)")])
        }
    }

    init(responses: SurveyTable, roster rosterTable: SurveyTable, configuration: SurveyConfiguration,
         corrections: [String: (id: String, line: Int)], known: [String: String], longTables: [Int: SurveyTable] = [:]) throws(DatasetError) {
        var issues: [DatasetIssue] = []
        var warnings: [DatasetIssue] = []
        let roster = try Self.readRoster(rosterTable, configuration.roster, issues: &issues)
        let respondentColumn = try responses.require(configuration.respondent.column, for: "the respondent")
        var questionColumns: [(question: SurveyConfiguration.Question, columns: [(index: Int, person: Int?)], label: String)] = []
        var longForm: [(question: Int, table: SurveyTable, respondent: Int, person: Int, answer: Int)] = []
        for (number, question) in configuration.questions.enumerated() {
            if let table = longTables[number] {
                guard question.scale != nil, let r = question.respondentColumn, let p = question.personColumn, let a = question.answerColumn else {
                    throw DatasetError(issues: [DatasetIssue(file: "configuration", message: "a long-form roster grid (\(question.relation)) needs respondentColumn, personColumn, answerColumn and a scale")])
                }
                longForm.append((questionColumns.count, table, try table.require(r, for: "the respondent"), try table.require(p, for: "the person rated"),
                                 try table.require(a, for: "the answer")))
                questionColumns.append((question, [], question.table!))
                continue
            }
            switch question.kind {
            case .nameGenerator:
                guard let column = question.column else {
                    throw DatasetError(issues: [DatasetIssue(file: "configuration", message: "a name-generator question (\(question.relation)) needs a column")])
                }
                var columns = [(try responses.require(column, for: "question \(question.relation)"), Int?.none)]
                if let other = question.otherColumn { columns.append((try responses.require(other, for: "question \(question.relation), other"), nil)) }
                questionColumns.append((question, columns, column))
            case .rosterGrid:
                guard let prefix = question.columnPrefix, question.scale != nil else {
                    throw DatasetError(issues: [DatasetIssue(file: "configuration", message: "a roster-grid question (\(question.relation)) needs a columnPrefix and a scale")])
                }
                var columns: [(Int, Int?)] = []
                for (index, header) in responses.header.enumerated() where header.lowercased().hasPrefix(prefix.lowercased()) {
                    let name = String(header.dropFirst(prefix.count)).trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "[]:?")))
                    guard let person = roster.person(named: name, threshold: configuration.threshold) else {
                        issues.append(DatasetIssue(file: responses.fileName, line: 1, column: index + 1, message: "grid column \"\(header)\": \"\(name)\" is not a roster person"))
                        continue
                    }
                    columns.append((index, person))
                }
                if columns.isEmpty {
                    issues.append(DatasetIssue(file: responses.fileName, line: 1, message: "no column starts with \"\(prefix)\" (question \(question.relation))"))
                }
                questionColumns.append((question, columns, prefix))
            }
        }
        let attributeColumns = try configuration.attributes.map { attribute throws(DatasetError) in
            (attribute, try responses.require(attribute.column, for: "attribute \(attribute.actorColumn)"))
        }
        guard issues.isEmpty else { throw DatasetError(issues: issues) }

        // Respondents: found on the roster, or added; the last submission of each kept.
        var actors = roster.people.map(\.actor)
        var actorIndex = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1.id, $0) })
        var lastRow: [String: Int] = [:]
        var respondentOfRow: [Int: (id: String, person: Int?)] = [:]
        var offRoster = 0
        var unidentified = 0
        // A survey tool's own name columns, for a submission whose e-mail column is empty or
        // "anonymous" (Microsoft Forms, Qualtrics anonymous links).
        let nameColumns = responses.layout.nameColumns.compactMap { responses.column($0) }
        for (position, row) in responses.rows.enumerated() {
            var raw = row.cells[respondentColumn].trimmingCharacters(in: .whitespacesAndNewlines)
            var matchBy = configuration.respondent.matchBy
            if matchBy == .email, SurveyExportLayout.isAnonymous(raw), !nameColumns.isEmpty {
                raw = nameColumns.map { row.cells[$0].trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: " ")
                matchBy = .name
            }
            if raw.isEmpty || (matchBy == .email && SurveyExportLayout.isAnonymous(raw)) {
                if responses.layout != .plain || !raw.isEmpty {
                    unidentified += 1
                    warnings.append(DatasetIssue(file: responses.fileName, line: row.line, column: respondentColumn + 1, severity: .warning,
                                                 message: "\(configuration.respondent.column): a submission without a respondent's address or name (\(responses.layout.toolName) export); its answers are set aside"))
                }
                continue
            }
            var person: Int?
            switch matchBy {
            case .email:
                let found = roster.people(withEmail: raw)
                if found.count > 1 {
                    // Read as before, the answers went to the last of them without a word.
                    issues.append(DatasetIssue(file: responses.fileName, line: row.line, column: respondentColumn + 1,
                                               message: "\(configuration.respondent.column): \"\(raw)\" is the e-mail of \(found.count) roster rows (\(found.map { roster.people[$0].id }.joined(separator: ", "))); give each person their own address, or identify respondents by id"))
                    continue
                }
                person = found.first
            case .id: person = roster.person(withID: raw)
            case .name:
                let found = roster.people(named: PersonName(raw))
                if found.count > 1 {
                    issues.append(DatasetIssue(file: responses.fileName, line: row.line, column: respondentColumn + 1,
                                               message: "\(configuration.respondent.column): \"\(raw)\" matches \(found.count) roster rows (\(found.map { roster.people[$0].id }.joined(separator: ", "))); identify respondents by email or id"))
                    continue
                }
                person = found.first
            }
            let id: String
            if let person {
                id = roster.people[person].id
            } else {
                id = "respondent-" + Self.slug(raw)
                if actorIndex[id] == nil {
                    actorIndex[id] = actors.count
                    var actor = Actor(id: id, kind: .person, attributes: ["on_roster": "false"])
                    if matchBy == .email { actor.attributes["email"] = raw } else { actor.name = raw }
                    actors.append(actor)
                    offRoster += 1
                    warnings.append(DatasetIssue(file: responses.fileName, line: row.line, column: respondentColumn + 1, severity: .warning,
                                                 message: "respondent \"\(raw)\" is not on the roster; added as \(id) with on_roster false"))
                }
            }
            if let earlier = lastRow[id] {
                warnings.append(DatasetIssue(file: responses.fileName, line: responses.rows[earlier].line, severity: .warning,
                                             message: "\(id) answered again on row \(row.line); the earlier answer on this row is set aside"))
                respondentOfRow[earlier] = nil
            }
            lastRow[id] = position
            respondentOfRow[position] = (id, person)
        }
        guard issues.isEmpty else { throw DatasetError(issues: issues) }

        // Partial submissions: unfinished by the tool's own flag, or no answer to any relational
        // question. Read as answers, their missing nominations would say "no ties".
        var partial: [String: PartialSubmission] = [:]
        let finishedColumn = responses.layout == .qualtrics ? responses.column("Finished") : nil
        let relationalColumns = questionColumns.flatMap { $0.columns.map(\.index) }
        for (position, respondent) in respondentOfRow {
            let cells = responses.rows[position].cells
            if let finishedColumn, BooleanText.parse(cells[finishedColumn].trimmingCharacters(in: .whitespaces)) == false {
                partial[respondent.id] = .unfinished
            } else if !relationalColumns.isEmpty, relationalColumns.allSatisfy({ cells[$0].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
                partial[respondent.id] = .noAnswer
            }
        }

        let matcher = NameMatcher(roster: roster, threshold: configuration.threshold, nicknames: .shipped,
                                  organisationKeywords: configuration.organisationKeywords)
        let noNomination = Set(configuration.noNomination.map { PersonName($0, surnameFirst: false).normalised } + configuration.noNomination.map { $0.lowercased() })
        var decisions: [MatchDecision] = []
        var ignored = 0
        // Ties by question: (source, target) → strengths given.
        var given: [[String: [Double]]] = Array(repeating: [:], count: questionColumns.count)
        var nominees = 0
        /// Adds the nominee `id` named `text` unless it is already an actor.
        func addNominee(_ id: String, named text: String) {
            guard actorIndex[id] == nil else { return }
            actorIndex[id] = actors.count
            let lowered = text.lowercased()
            let organisation = configuration.organisationKeywords.contains { lowered.range(of: "\\b\($0)\\b", options: .regularExpression) != nil }
            actors.append(Actor(id: id, name: text.trimmingCharacters(in: .whitespacesAndNewlines), kind: organisation ? .organisation : .person,
                                attributes: ["source_of_evidence": "nominated", "on_roster": "false"]))
            nominees += 1
        }
        func nominee(_ text: String) -> String {
            let name = PersonName(text, surnameFirst: false)
            let id = known[name.normalised] ?? "nominee-" + Self.slug(name.normalised)
            addNominee(id, named: text)
            return id
        }
        for (position, row) in responses.rows.enumerated() {
            guard let (respondent, person) = respondentOfRow[position] else { continue }
            let department = person.flatMap { roster.people[$0].department }
            for (q, entry) in questionColumns.enumerated() {
                switch entry.question.kind {
                case .nameGenerator:
                    for (column, _) in entry.columns {
                        var pieces = matcher.names(in: row.cells[column])
                        if pieces.count > Self.maximumNamesPerAnswer {
                            warnings.append(DatasetIssue(
                                file: responses.fileName, line: row.line, column: column + 1, severity: .warning,
                                message: "\(responses.header[column]): an answer of \(pieces.count) names; only the first \(Self.maximumNamesPerAnswer) are read (a name-generator answer holds a few names: check the export)"))
                            pieces.removeLast(pieces.count - Self.maximumNamesPerAnswer)
                        }
                        for piece in pieces {
                            let normalised = PersonName(piece, surnameFirst: false).normalised
                            if normalised.isEmpty || noNomination.contains(normalised) || noNomination.contains(piece.lowercased().trimmingCharacters(in: .whitespaces)) {
                                ignored += 1
                                continue
                            }
                            // "Thomas Brennan and Zoë Fairweather": two names when each part is a
                            // roster person by a certain rule; otherwise one answer.
                            var found: [MatchDecision] = []
                            if let parts = NameMatcher.joinedParts(piece) {
                                let decided = parts.map {
                                    matcher.decide($0, respondent: respondent, question: entry.label, department: department, nominee: { _ in "" })
                                }
                                if decided.allSatisfy({ !$0.rule.needsReview && $0.rule != .nominee && !$0.matchedID.isEmpty }) { found = decided }
                            }
                            if found.isEmpty {
                                found = [matcher.decide(piece, respondent: respondent, question: entry.label, department: department, nominee: nominee)]
                            }
                            for var decision in found {
                                if let fix = corrections[decision.key], fix.id != decision.matchedID {
                                    decision.rule = .corrected
                                    decision.score = nil
                                    if !fix.id.isEmpty { addNominee(fix.id, named: decision.answer) }
                                    decision.matchedID = fix.id
                                }
                                if decision.rule == .selfNomination {
                                    warnings.append(DatasetIssue(
                                        file: responses.fileName, line: row.line, column: column + 1, severity: .warning,
                                        message: "\(responses.header[column]): \"\(decision.answer)\" is the respondent \(respondent) themself; no tie (listed for review in matches.csv)"))
                                }
                                decisions.append(decision)
                                if !decision.matchedID.isEmpty, decision.matchedID != respondent {
                                    given[q][respondent + "\u{1F}" + decision.matchedID, default: []].append(1)
                                }
                            }
                        }
                    }
                case .rosterGrid:
                    let scale = Dictionary(entry.question.scale!.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
                    for (column, target) in entry.columns {
                        let answer = row.cells[column].trimmingCharacters(in: .whitespacesAndNewlines)
                        if answer.isEmpty { continue }
                        guard let weight = scale[answer.lowercased()] ?? Double(answer) else {
                            issues.append(DatasetIssue(file: responses.fileName, line: row.line, column: column + 1,
                                                       message: "\"\(answer)\" is not on the scale of \(entry.question.relation); expected one of \(entry.question.scale!.sorted { $0.value < $1.value }.map { "\"\($0.key)\"" }.joined(separator: ", "))"))
                            continue
                        }
                        let targetID = roster.people[target!].id
                        if weight > 0, targetID != respondent { given[q][respondent + "\u{1F}" + targetID, default: []].append(weight) }
                    }
                }
            }
            for (attribute, column) in attributeColumns {
                let value = row.cells[column].trimmingCharacters(in: .whitespacesAndNewlines)
                guard !value.isEmpty, let index = actorIndex[respondent] else { continue }
                switch attribute.actorColumn {
                case "department": actors[index].department = value
                case "organisation", "organization": actors[index].organisation = value
                case "sector": actors[index].sector = value
                case "kind": actors[index].kind = ActorKind(parsing: value) ?? actors[index].kind
                default: actors[index].attributes[attribute.actorColumn] = value
                }
            }
        }
        // Long-form grids: one row per respondent × person.
        var longRespondents: Set<String> = []
        for entry in longForm {
            let question = questionColumns[entry.question].question
            let scale = Dictionary(question.scale!.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
            for row in entry.table.rows {
                let raw = row.cells[entry.respondent].trimmingCharacters(in: .whitespacesAndNewlines)
                let personText = row.cells[entry.person].trimmingCharacters(in: .whitespacesAndNewlines)
                let answer = row.cells[entry.answer].trimmingCharacters(in: .whitespacesAndNewlines)
                if raw.isEmpty || personText.isEmpty || answer.isEmpty { continue }
                let found: Int? = switch configuration.respondent.matchBy {
                case .email: roster.person(withEmail: raw)
                case .id: roster.person(withID: raw)
                case .name: roster.people(named: PersonName(raw)).onlyElement
                }
                let respondent = found.map { roster.people[$0].id } ?? "respondent-" + Self.slug(raw)
                guard actorIndex[respondent] != nil else {
                    issues.append(DatasetIssue(file: entry.table.fileName, line: row.line, column: entry.respondent + 1,
                                               message: "\"\(raw)\" is neither on the roster nor a respondent of the main responses"))
                    continue
                }
                guard let target = roster.person(named: personText, threshold: configuration.threshold) else {
                    issues.append(DatasetIssue(file: entry.table.fileName, line: row.line, column: entry.person + 1, message: "\"\(personText)\" is not a roster person"))
                    continue
                }
                guard let weight = scale[answer.lowercased()] ?? Double(answer) else {
                    issues.append(DatasetIssue(file: entry.table.fileName, line: row.line, column: entry.answer + 1,
                                               message: "\"\(answer)\" is not on the scale of \(question.relation); expected one of \(question.scale!.sorted { $0.value < $1.value }.map { "\"\($0.key)\"" }.joined(separator: ", "))"))
                    continue
                }
                longRespondents.insert(respondent)
                let targetID = roster.people[target].id
                if weight > 0, targetID != respondent { given[entry.question][respondent + "\u{1F}" + targetID, default: []].append(weight) }
            }
        }
        guard issues.isEmpty else { throw DatasetError(issues: issues) }

        // Response status: every roster member, and every off-roster respondent; a partial
        // submission is non-response unless the configuration counts it.
        for id in longRespondents where partial[id] == .noAnswer { partial[id] = nil }
        var responded = Set(respondentOfRow.values.map(\.id)).union(longRespondents)
        if configuration.partialResponses == .nonResponse { responded.subtract(partial.keys) }
        for index in actors.indices where actors[index].attributes["source_of_evidence"] != "nominated" {
            actors[index].responded = responded.contains(actors[index].id)
        }
        for index in actors.indices where actors[index].attributes["source_of_evidence"] == "nominated" {
            actors[index].responded = nil
        }
        for index in actors.indices where actors[index].attributes["on_roster"] == nil { actors[index].attributes["on_roster"] = "true" }

        var ties: [Tie] = []
        for (q, entry) in questionColumns.enumerated() {
            let question = entry.question
            var done: Set<String> = []
            for key in given[q].keys.sorted() {
                let ends = key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
                let strength = given[q][key]!.max()!
                if question.directed {
                    ties.append(Tie(source: ends[0], target: ends[1], relation: question.relation, weight: strength, isDirected: true, provenance: "survey"))
                } else {
                    let pair = ends.sorted()
                    let pairKey = pair.joined(separator: "\u{1F}")
                    guard done.insert(pairKey).inserted else { continue }
                    let back = given[q][ends[1] + "\u{1F}" + ends[0]].map { $0.max()! }
                    let weight = back.map { ($0 + strength) / 2 } ?? strength
                    ties.append(Tie(source: pair[0], target: pair[1], relation: question.relation, weight: weight, isDirected: false, provenance: back == nil ? "survey" : "survey, both"))
                }
            }
        }
        var columns = ExtraColumns()
        columns.actors = ["email", "on_roster", "source_of_evidence"].filter { name in actors.contains { $0.attributes[name] != nil } }
        do {
            map = try StakeholderMap(actors: actors, ties: ties, extraColumns: columns)
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: responses.fileName, message: "\(error)")])
        }
        if let consentColumn = configuration.roster.consent ?? rosterTable.header.first(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == "consent" }) {
            let declined = roster.people.filter { $0.actor.consent == false }.count
            warnings.append(DatasetIssue(
                file: rosterTable.fileName, columnName: consentColumn, severity: .warning,
                message: "\(consentColumn): consent read from the roster; \(declined) of \(roster.people.count) people declined and are shown only under a code (withheld-…) in every output"))
        }
        self.decisions = decisions
        self.warnings = warnings
        summary = SurveySummary(
            map: map, decisions: decisions, ignored: ignored, nominees: nominees, offRoster: offRoster, layout: responses.layout,
            partial: configuration.partialResponses == .nonResponse ? partial : [:], unidentified: unidentified)
    }

    /// Reads the roster: id (required, unique), name, e-mail, department, organisation,
    /// sector and kind from the configured columns.
    static func readRoster(_ table: SurveyTable, _ columns: SurveyConfiguration.Roster, issues: inout [DatasetIssue]) throws(DatasetError) -> RosterIndex {
        let id = try table.require(columns.id, for: "the roster's id")
        let consentName = columns.consent ?? table.header.first { $0.trimmingCharacters(in: .whitespaces).lowercased() == "consent" }
        func optional(_ name: String?, _ purpose: String) throws(DatasetError) -> Int? {
            guard let name else { return nil }
            return try table.require(name, for: purpose)
        }
        let name = try optional(columns.name, "the roster's name"), email = try optional(columns.email, "the roster's email")
        let department = try optional(columns.department, "the roster's department"), organisation = try optional(columns.organisation, "the roster's organisation")
        let sector = try optional(columns.sector, "the roster's sector"), kind = try optional(columns.kind, "the roster's kind")
        let consent = try optional(consentName, "the roster's consent")
        var people: [RosterPerson] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            func cell(_ index: Int?) -> String? {
                guard let index, index < row.cells.count else { return nil }
                let value = row.cells[index].trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty ? nil : value
            }
            guard let personID = cell(id) else {
                issues.append(DatasetIssue(file: table.fileName, line: row.line, column: id + 1, message: "\(columns.id): empty; expected every roster person to have an id"))
                continue
            }
            if let first = seen[personID] {
                issues.append(DatasetIssue(file: table.fileName, line: row.line, column: id + 1, message: "\(columns.id): \"\(personID)\" repeats row \(first); expected each id once"))
                continue
            }
            seen[personID] = row.line
            var actor = Actor(id: personID, name: cell(name), kind: cell(kind).flatMap(ActorKind.init(parsing:)) ?? .person,
                              department: cell(department), organisation: cell(organisation), sector: cell(sector))
            if let address = cell(email) { actor.attributes["email"] = address }
            if let consent, let word = cell(consent) {
                guard let value = BooleanText.parse(word) else {
                    issues.append(DatasetIssue(file: table.fileName, line: row.line, column: consent + 1, columnName: consentName,
                                               message: "\(consentName ?? "consent"): \"\(word)\" is not a consent answer; expected true or false (yes/no, 1/0), or empty when not recorded"))
                    continue
                }
                actor.consent = value
            }
            people.append(RosterPerson(id: personID, name: PersonName(cell(name) ?? personID), displayName: cell(name), email: cell(email),
                                       department: cell(department), actor: actor, line: row.line))
        }
        guard issues.isEmpty else { throw DatasetError(issues: issues) }
        return RosterIndex(people: people)
    }

    /// The similarity at or above which a nominee is listed for review as a near miss: 0.85.
    public static let nearMissFloor = NameMatcher.nearMissFloor

    /// Lower-case letters and digits, other runs one `-`.
    static func slug(_ text: String) -> String {
        let normalised = PersonName(text, surnameFirst: false).normalised
        return Kumu.slug(normalised.isEmpty ? text : normalised)
    }

    /// Writes the map to `folder` (a dataset folder) with `matches.csv` beside its files.
    public func write(to folder: URL) throws(DatasetError) {
        try DatasetFolder.write(map, to: folder)
        do {
            try Data(MatchDecision.csv(decisions).utf8).write(to: folder.appendingPathComponent("matches.csv"), options: .atomic)
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: "matches.csv", message: "cannot be written: \(error.localizedDescription)")])
        }
    }
}
