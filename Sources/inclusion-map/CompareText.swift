import InclusionMap

/// `compare` for people: what was compared, then every finding in a table with its reason.
struct CompareText {
    var comparison: WaveComparison
    var before: (name: String, map: StakeholderMap)
    var after: (name: String, map: StakeholderMap)

    var text: String {
        var lines = [
            "Comparing \(before.name) (\(before.map.actors.count) actors, \(before.map.ties.count) ties)",
            "     with \(after.name) (\(after.map.actors.count) actors, \(after.map.ties.count) ties)",
            "\(comparison.joined.count) joined, \(comparison.left.count) left; groups by \(comparison.options.column).",
            "",
        ]
        let rows = comparison.findings.map { [$0.kind.rawValue, Self.subject($0, before: before.map, after: after.map), $0.before, $0.after, $0.reason] }
        lines += TextTable(header: ["change", "subject", "before", "after", "reason"], rows: rows).lines
        if comparison.relations.contains(where: { ($0.jaccard ?? 1) < TieSetChange.comparableJaccard }) {
            lines += ["", "Some relations changed so much (Jaccard under 0.3) that the waves may not be the same network."]
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// A finding's subject for people: an actor by name and id (code, if withheld), found in
    /// the later map or, for a leaver, the earlier one.
    static func subject(_ finding: WaveFinding, before: StakeholderMap, after: StakeholderMap) -> String {
        guard finding.isAboutActor else { return finding.subject }
        return ActorLabel.text(finding.subject, in: after.actor(withID: finding.subject) != nil ? after : before)
    }
}
