import Foundation

/// The sentence that explains one actor's place in the broker ranking, built only from the
/// numbers the ranking used, so every figure in it can be checked against its metric:
///
/// - the group pairs the actor alone links ("the only link between Housing and Early Help";
///   a tie between two groups has an end in each, so the actor's own group is in every pair),
///   or else the other groups its ties reach, or "no tie outside Education";
/// - its strongest boundary-crossing Gould–Fernandez role, when the z-score is positive
///   ("liaison z = 3.1", one decimal);
/// - its bridging betweenness when it ranks in the top ten ("bridging betweenness 0.214,
///   the highest of 109", three decimals);
/// - for a designated actor who is not a structural broker, its potential against the
///   median or the top-tenth threshold (two decimals);
/// - for an actor in the top tenth tied to only one actor outside its group, that its place
///   rests on that one tie (so it is not called a structural broker);
/// - its attendance over the window and its designated role.
struct BrokerReason {
    let map: StakeholderMap
    let grouping: Grouping
    let group: Int
    let measures: BrokerFinder.Measures
    let bridgingRank: Int
    let rankedCount: Int
    let potential: Double
    let threshold: Double
    let median: Double
    let isStructural: Bool
    let roles: [String]
    let attendance: String?
    let relations: Set<String>?

    var text: String {
        var parts: [String] = [reach]
        if measures.crossGroupContacts == 1, potential >= threshold {
            parts.append("but it rests on a single tie outside \(label(group)), so it is not counted as a structural broker")
        }
        if let role = measures.strongestRole, let z = measures.strongestZ, z > 0 {
            parts.append("\(role.rawValue) z = \(String(format: "%.1f", z))")
        }
        if bridgingRank <= 10, measures.bridgingBetweenness > 0 {
            let place = bridgingRank == 1 ? "the highest" : "\(ordinal(bridgingRank)) highest"
            parts.append("bridging betweenness \(String(format: "%.3f", measures.bridgingBetweenness)), \(place) of \(rankedCount)")
        }
        if !roles.isEmpty, !isStructural {
            let (limit, words) = potential < median ? (median, "the median") : (threshold, "the top tenth")
            parts.append("brokerage potential \(String(format: "%.2f", potential)), below \(words) (\(String(format: "%.2f", limit)))")
        }
        if let attendance { parts.append(attendance) }
        if !roles.isEmpty { parts.append("designated \(roles.joined(separator: " and "))") }
        return parts.joined(separator: "; ")
    }

    private func label(_ g: Int) -> String { grouping.label(ofGroup: g, in: map) }

    private var reach: String {
        let link = relations.map { $0.count == 1 ? "\($0.first!) link" : "link" } ?? "link"
        if !measures.singlePoints.isEmpty {
            // A tie between two groups has an end in each, so the actor's group is in every pair.
            let others = measures.singlePoints.map { label($0.0 == group ? $0.1 : $0.0) }
            let shown = others.prefix(3).joined(separator: ", ")
            let more = others.count > 3 ? " and \(others.count - 3) more" : ""
            return "the only \(link) between \(label(group)) and \(others.count > 1 ? "each of " : "")\(shown)\(more)"
        }
        let reached = measures.groupsReached
        guard !reached.isEmpty else { return "no tie outside \(label(group))" }
        let names = reached.prefix(3).map(label).joined(separator: ", ")
        let more = reached.count > 3 ? " and \(reached.count - 3) more" : ""
        return "ties into \(reached.count) other group\(reached.count == 1 ? "" : "s") (\(names)\(more))"
    }

    private func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]
        return "\(n)\(suffix)"
    }
}
