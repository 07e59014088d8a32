import Foundation
import InclusionMap

/// Resolves the names in survey answers to roster people, as a careful analyst would: a
/// false tie is worse than a missing one, and every decision is visible in `matches.csv`.
///
/// **Splitting an answer** (``names(in:)``): on `;` and line breaks, then on commas outside
/// parentheses — unless the piece is one roster person's "Surname, First" or a surname and
/// initials ("Brennan, T.") — so "Mr Okafor (headteacher, St Mary's)" stays one name. A piece
/// joined by " and ", " & " or " + " is two names when each part resolves by a certain rule
/// (``SurveyImport`` tries that).
///
/// **Matching a name** (``decide(_:respondent:question:department:nominee:)``), the rules of
/// ``MatchDecision/Rule`` in order, on the name with any parenthesised remark left out:
/// e-mail; not a name; exact; surname first (comma, or capitals first); nickname; initials;
/// surname alone (after a title, or hyphenated or double); a lone word in the respondent's
/// department; another spelling of the given name; Jaro–Winkler similarity; else a nominee.
/// A rule that fits several roster people resolves only by the rules the summary names: the
/// one who is not the respondent (``MatchDecision/Rule/namesake``), else the one in the
/// respondent's department (``MatchDecision/Rule/sharedNameInDepartment``), else ambiguous. A
/// similarity match never overrides a contradicting initial or first name. Naming oneself is
/// ``MatchDecision/Rule/selfNomination``, never silently dropped.
struct NameMatcher {
    let roster: RosterIndex
    /// The Jaro–Winkler similarity at or above which a name matches by similarity.
    let threshold: Double
    let nicknames: NicknameTable
    /// Words that make a name an organisation's (never read as a description of a person),
    /// lower case.
    let organisationKeywords: Set<String>

    init(roster: RosterIndex, threshold: Double, nicknames: NicknameTable, organisationKeywords: [String] = []) {
        self.roster = roster
        self.threshold = threshold
        self.nicknames = nicknames
        self.organisationKeywords = Set(organisationKeywords.map { $0.lowercased() })
    }

    /// Whether `text` holds an organisation keyword as a whole word ("Northside Family Trust").
    func isOrganisation(_ text: String) -> Bool {
        guard !organisationKeywords.isEmpty else { return false }
        return text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { organisationKeywords.contains(String($0)) }
    }

    /// The similarity at or above which a nominee is listed for review as a near miss.
    static let nearMissFloor = 0.85
    /// The given-name similarity below which two first names contradict each other.
    static let firstNameAgreement = 0.85

    /// Words that make an answer a description of someone rather than a name.
    static let descriptionWords: Set<String> = [
        "team", "teams", "manager", "managers", "colleague", "colleagues", "everyone", "everybody", "staff", "department", "dept",
        "boss", "supervisor", "head", "lead", "above", "below", "unit", "office", "director", "directorate", "whole", "various",
        "anyone", "someone", "somebody", "others", "group",
    ]
    /// First words that make an answer a description ("my manager", "our team").
    static let descriptionStarts: Set<String> = ["my", "our", "his", "her", "their", "your", "the", "all", "see", "as", "same"]

    // MARK: Splitting

    /// The names in one answer cell.
    func names(in cell: String) -> [String] {
        var names: [String] = []
        for piece in cell.split(whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let piece = piece.trimmingCharacters(in: .whitespaces)
            guard !piece.isEmpty else { continue }
            let parts = Self.commaParts(piece)
            if parts.count == 2, roster.people(named: PersonName(piece)).count == 1 || Self.isInitials(parts[1]) {
                names.append(piece)
                continue
            }
            names += parts.filter { !$0.isEmpty }
        }
        return names
    }

    /// `text` split at commas outside parentheses and brackets, each part trimmed.
    static func commaParts(_ text: String) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        for character in text {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case "," where depth == 0:
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts
    }

    /// Whether `text` is only initials: one or two letters, each with or without a full stop
    /// ("T.", "J.-P.", "WK").
    static func isInitials(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return !letters.isEmpty && letters.count <= 2 && text.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == " " }
            && (letters.count == 1 || text.contains(".") || letters.allSatisfy(\.isUppercase))
    }

    /// `text` cut at " and ", " & " or " + " into two or more parts, or `nil` when it has none.
    static func joinedParts(_ text: String) -> [String]? {
        var parts = [text]
        for joiner in [" and ", " & ", " + ", "+"] {
            parts = parts.flatMap { $0.components(separatedBy: joiner) }
        }
        let trimmed = parts.map { $0.trimmingCharacters(in: .whitespaces) }
        return trimmed.count > 1 && trimmed.allSatisfy { !$0.isEmpty } ? trimmed : nil
    }

    // MARK: Matching

    /// The decision for one name written by `respondent` (of `department`), answering `question`.
    func decide(_ text: String, respondent: String, question: String, department: String?, nominee: (String) -> String) -> MatchDecision {
        func decision(_ rule: MatchDecision.Rule, _ id: String = "", score: Double? = nil, candidates: [Int] = []) -> MatchDecision {
            MatchDecision(respondent: respondent, question: question, answer: text, matchedID: id, rule: rule, score: score,
                          candidates: candidates.map { roster.people[$0].id })
        }
        /// The decision when `found` roster people fit by `rule`.
        func resolve(_ found: [Int], _ rule: MatchDecision.Rule) -> MatchDecision? {
            guard !found.isEmpty else { return nil }
            if found.count == 1 {
                let id = roster.people[found[0]].id
                return id == respondent ? decision(.selfNomination, candidates: found) : decision(rule, id)
            }
            let others = found.filter { roster.people[$0].id != respondent }
            if others.count == 1 { return decision(.namesake, roster.people[others[0]].id, candidates: found) }
            let local = others.filter { department != nil && roster.people[$0].department == department }
            if local.count == 1 { return decision(.sharedNameInDepartment, roster.people[local[0]].id, candidates: others) }
            return decision(.ambiguous, candidates: others)
        }

        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.contains("@"), let index = roster.person(withEmail: trimmed) {
            return resolve([index], .email)!
        }
        // The name without remarks in parentheses: "Mr Okafor (headteacher, St Mary's)".
        let core = Self.withoutRemarks(trimmed)
        let words = Self.words(core)
        if Self.isDescription(words), !isOrganisation(core) { return decision(.notAName) }
        let plain = PersonName(core, surnameFirst: false)
        if let found = resolve(roster.people(named: plain), .exact) { return found }
        // Surname first: "Collins, Andrew", or the surname in capitals first: "COLLINS Andrew".
        var reordered: [PersonName] = []
        if core.contains(",") { reordered.append(PersonName(core)) }
        if words.count >= 2, let first = words.first, first.count >= 2, first == first.uppercased(), first.contains(where: \.isLetter),
           words.dropFirst().contains(where: { $0 != $0.uppercased() }) {
            reordered.append(PersonName((words.dropFirst() + [first]).joined(separator: " "), surnameFirst: false))
        }
        for name in reordered {
            if let found = resolve(roster.people(named: name), .surnameFirst) { return found }
        }
        let forms = [plain] + reordered
        // A nickname (or a full name for a roster nickname) with the surname.
        for name in forms where name.tokens.count >= 2 {
            let alternatives = nicknames.equivalents(of: name.first)
            guard !alternatives.isEmpty else { continue }
            let rest = Array(name.tokens.dropFirst())
            let found = roster.people(withSurname: name.last, in: nil).filter { index in
                let tokens = roster.people[index].name.tokens
                return tokens.count == name.tokens.count && alternatives.contains(tokens[0]) && Array(tokens.dropFirst()) == rest
            }
            if let decided = resolve(found, .nickname) { return decided }
        }
        // Initials and a surname: "T. Brennan", "J.-P. Martin", "Brennan, T.".
        for name in forms {
            let initials = name.tokens.prefix { $0.count == 1 }
            let surname = Array(name.tokens.dropFirst(initials.count))
            guard !initials.isEmpty, !surname.isEmpty, initials.count <= 3 else { continue }
            let found = roster.people(withSurname: surname.last!, in: nil).filter { index in
                let tokens = roster.people[index].name.tokens
                let given = tokens.dropLast(surname.count)
                guard Array(tokens.suffix(surname.count)) == surname, !given.isEmpty, given.count >= 1 else { return false }
                // Each initial is the next given name's first letter (a second initial may be
                // a hyphenated given name's second part).
                return zip(initials, given).allSatisfy { $0.first == $1.first } && (initials.count == 1 || given.count >= initials.count)
            }
            if let decided = resolve(found, .initials) { return decided }
        }
        // A surname alone: after a title ("Dr Okonkwo-Reid", "Mr Okafor"), or hyphenated or
        // double ("Okonkwo-Reid", "Lloyd George"), that only one roster person ends with.
        let hadTitle = words.first.map { PersonName.titles.contains($0.lowercased().filter(\.isLetter)) } ?? false
        // A double surname without a hyphen ("Lloyd George") counts when its first word is no
        // roster person's given name.
        if !plain.tokens.isEmpty,
           hadTitle || plain.tokens.count >= 2 && (core.contains("-") || roster.people(withFirstName: plain.first, in: nil).isEmpty) {
            let found = roster.people(withSurname: plain.tokens.last!, in: nil).filter { index in
                let tokens = roster.people[index].name.tokens
                return tokens.count > plain.tokens.count && Array(tokens.suffix(plain.tokens.count)) == plain.tokens
            }
            if let decided = resolve(found, .surnameAlone) { return decided }
        }
        // One word: a first name or surname in the respondent's department.
        if plain.isSingleWord, let department {
            let firsts = roster.people(withFirstName: plain.first, in: department)
            if firsts.count == 1 { return resolve(firsts, .firstNameInDepartment)! }
            let surnames = roster.people(withSurname: plain.first, in: department)
            if surnames.count == 1, firsts.isEmpty { return resolve(surnames, .surnameInDepartment)! }
            if firsts.count + surnames.count > 1 { return decision(.ambiguous, candidates: firsts + surnames) }
        }
        // Another spelling of the given name, with the surname: never automatic.
        if plain.tokens.count >= 2 {
            let variants = roster.people(withSurname: plain.last, in: nil).filter { index in
                let tokens = roster.people[index].name.tokens
                return tokens.count == plain.tokens.count && SpellingVariants.areVariants(tokens[0], plain.first)
                    && Array(tokens.dropFirst()) == Array(plain.tokens.dropFirst())
            }
            if !variants.isEmpty { return decision(.spellingVariant, candidates: variants) }
        }
        // Similarity, never against a contradicting initial or first name.
        let similar = roster.similar(to: plain, floor: Self.nearMissFloor).filter { !contradicts(plain, roster.people[$0.index].name) }
        if let best = similar.first, best.score >= threshold {
            if let runnerUp = similar.dropFirst().first, runnerUp.score > best.score - 0.02 {
                return decision(.ambiguous, score: best.score, candidates: similar.prefix { $0.score > best.score - 0.02 }.map(\.index))
            }
            let id = roster.people[best.index].id
            return id == respondent ? decision(.selfNomination, score: best.score, candidates: [best.index]) : decision(.similar, id, score: best.score)
        }
        let id = nominee(core.isEmpty ? trimmed : core)
        if let best = similar.first {
            return decision(.nearMiss, id, score: best.score, candidates: [best.index])
        }
        return decision(id.hasPrefix("nominee-") ? .nominee : .known, id)
    }

    /// Whether the given name (or initial) of `answer` contradicts `person`'s: a different
    /// initial, or a full given name that is neither similar, a nickname of it, nor absent.
    func contradicts(_ answer: PersonName, _ person: PersonName) -> Bool {
        guard answer.tokens.count >= 2, person.tokens.count >= 2 else { return false }
        let given = answer.first, theirs = person.first
        if given.count == 1 || theirs.count == 1 { return given.first != theirs.first }
        if given == theirs || nicknames.equivalents(of: given).contains(theirs) { return false }
        return JaroWinkler.similarity(given, theirs) < Self.firstNameAgreement
    }

    /// `text` without parenthesised or bracketed remarks, trimmed.
    static func withoutRemarks(_ text: String) -> String {
        var out = "", depth = 0
        for character in text {
            if character == "(" || character == "[" { depth += 1; continue }
            if character == ")" || character == "]" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(character) }
        }
        let trimmed = out.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? text : trimmed
    }

    /// The words of `text` as written (case kept), split at spaces.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// Whether the words describe someone rather than name them: a first word such as "my" or
    /// "see", a word such as "team" or "manager", or a possessive before another word ("Tom's team").
    static func isDescription(_ words: [String]) -> Bool {
        let lowered = words.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        guard let first = lowered.first else { return false }
        if descriptionStarts.contains(first) && lowered.count > 1 { return true }
        if lowered.contains(where: descriptionWords.contains) { return true }
        if lowered.first == "n/a" || lowered.first == "na" { return true }
        return words.dropLast().contains { $0.hasSuffix("'s") || $0.hasSuffix("’s") }
    }
}
