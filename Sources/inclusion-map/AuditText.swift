import Foundation
import InclusionMap

/// The `audit` command's account: concentration, usual suspects, missing voices, representation.
struct AuditText {
    let audit: UsualSuspects
    let map: StakeholderMap
    let source: String
    /// How sure each usual-suspect finding is, when `--confidence` asked.
    var confidence: FindingConfidence? = nil

    private var history: EngagementHistory { audit.history }
    private var totalAttendances: Int { history.totalAttendances }

    private func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
    private func share(_ part: Int, _ whole: Int) -> String { whole > 0 ? percent(Double(part) / Double(whole)) : "–" }

    private func valueLabel(_ row: UsualSuspects.Representation) -> String {
        map.label(ofValue: row.value, inColumn: row.dimension)
    }

    var text: String {
        var out: [String] = []
        let engagements = history.engagements.count
        guard engagements > 0 else {
            return "No engagements are recorded in \(source), so there is no attendance to audit.\n"
                + "Add engagements.csv and attendance.csv to the dataset folder to see who takes part.\n"
        }
        out.append("Usual suspects in \(source): \(engagements) engagement\(engagements == 1 ? "" : "s"), \(totalAttendances) attendances by \(audit.attendees.count) of \(map.actors.count) actors")
        out.append("")
        out.append("Concentration")
        if let top = audit.topDecileShare {
            let taken = audit.attendees.prefix(audit.topDecileCount).reduce(0) { $0 + $1.attended }
            out.append("  The top tenth of attendees (\(audit.topDecileCount) \(audit.topDecileCount == 1 ? "person" : "people")) took \(percent(top)) of attendances (\(taken) of \(totalAttendances)).")
        }
        if let gini = audit.gini {
            let among = audit.giniAmongAttendees.map { String(format: "; among the %d attendees alone: %.2f", audit.attendees.count, $0) } ?? ""
            out.append("  Gini coefficient of attendance over all \(map.actors.count) actors: \(String(format: "%.2f", gini)) (0: everyone equally; 1: one actor takes every seat)\(among).")
        }
        out.append("")
        let usual = audit.usualSuspects
        let usualTaken = usual.reduce(0) { $0 + $1.attended }
        out.append("Usual suspects: \(usual.count) actor\(usual.count == 1 ? "" : "s") attended more than \(percent(audit.options.usualShare)) of the engagements, taking \(usualTaken) of \(totalAttendances) attendances (\(share(usualTaken, totalAttendances)))")
        out.append(contentsOf: TextTable(rows: usual.map { suspect in
            ["  " + ActorLabel.text(suspect.actorID, in: map), "\(suspect.attended) of \(engagements)"]
                + (confidence.map { [FindingWords.usualSuspect(suspect.actorID, confidence: $0)] } ?? [])
        }).lines)
        if let confidence { out.append("  (how sure: \(ConfidenceArguments.method(confidence)))") }
        out.append("")
        out.append("Never engaged (actors on the map, none attending)")
        let never = audit.neverEngaged
        if never.isEmpty { out.append("  every group and sector has attended") }
        for dimension in [audit.options.column, "sector"] {
            let rows = never.filter { $0.dimension == dimension }
            guard !rows.isEmpty else { continue }
            out.append("  \(dimension): " + rows.map { "\(valueLabel($0)) (\($0.actors))" }.joined(separator: ", "))
        }
        out.append("")
        out.append("Representation among attendees (ratio = share of attendees ÷ share of the map; 1 is proportionate)")
        var rows: [[String]] = []
        var previous: String?
        for row in audit.representation.sorted(by: representationOrder) {
            rows.append([row.dimension == previous ? "" : row.dimension, valueLabel(row), "\(row.actors)", "\(row.attendees)", row.ratio.map { String(format: "%.2f", $0) } ?? "–"])
            previous = row.dimension
        }
        out.append(contentsOf: TextTable(header: ["dimension", "value", "actors", "attendees", "ratio"], rows: rows).lines.map { "  " + $0 })
        out.append("")
        let voices = audit.communityVoices
        let counted = Set(map.actors.compactMap { $0.sector?.lowercased() }).intersection(audit.options.communitySectors).sorted()
        out.append("Community and lived-experience voices (\(counted.isEmpty ? "no sector on this map is counted as one; see --community-sector" : "sector " + counted.joined(separator: ", ")))")
        out.append("  \(voices.actors) of \(voices.allActors) actors on the map (\(share(voices.actors, voices.allActors))), \(voices.attendees) of \(voices.allAttendees) attendees (\(share(voices.attendees, voices.allAttendees))), \(voices.attendances) of \(voices.allAttendances) attendances (\(share(voices.attendances, voices.allAttendances))).")
        out.append("")
        let recent = history.recent.count
        out.append("Fatigue: \(audit.fatigued.count) actor\(audit.fatigued.count == 1 ? "" : "s") attended more than \(percent(audit.options.fatigueShare)) of the last \(recent) engagement\(recent == 1 ? "" : "s")")
        out.append(contentsOf: TextTable(rows: audit.fatigued.map { ["  " + ActorLabel.text($0.actorID, in: map), "\($0.recent) of \(recent)"] }).lines)
        out.append("")
        out.append("Never attended: \(audit.neverAttended.count) of \(map.actors.count) actors (the data record attendance, not invitations)")
        out.append(contentsOf: wrapped(audit.neverAttended.map { ActorLabel.text($0, in: map) }, indent: "  "))
        return out.map { $0 + "\n" }.joined()
    }

    private func representationOrder(_ a: UsualSuspects.Representation, _ b: UsualSuspects.Representation) -> Bool {
        let order = [audit.options.column, "sector", "kind"]
        let (da, db) = (order.firstIndex(of: a.dimension) ?? 3, order.firstIndex(of: b.dimension) ?? 3)
        if da != db { return da < db }
        if (a.ratio ?? 0) != (b.ratio ?? 0) { return (a.ratio ?? 0) > (b.ratio ?? 0) }
        return a.value < b.value
    }

    private func wrapped(_ items: [String], indent: String, width: Int = 100) -> [String] {
        var lines: [String] = [], line = indent
        for (i, item) in items.enumerated() {
            let piece = item + (i == items.count - 1 ? "" : ",")
            if line.count + piece.count + 1 > width, line != indent {
                lines.append(line)
                line = indent
            }
            line += (line == indent ? "" : " ") + piece
        }
        if line != indent { lines.append(line) }
        return lines
    }
}
