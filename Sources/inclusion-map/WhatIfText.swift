import Foundation
import InclusionMap

/// The `whatif` command's account: before and after, then the suggested ties.
struct WhatIfText {
    let result: WhatIf
    let map: StakeholderMap
    let source: String
    /// The actor column that defines the groups.
    let column: String

    private func label(_ id: String) -> String { ActorLabel.text(id, in: map) }
    private func groupLabel(_ name: String) -> String { map.label(ofValue: name, inColumn: column) }
    private func number(_ value: Double?, _ digits: Int = 3) -> String { value.map { String(format: "%.\(digits)f", $0) } ?? "–" }

    private var changeWords: String {
        switch result.change {
        case .reflectionSpace(let ids): "a reflection space brought together \(ids.map(label).joined(separator: ", "))"
        case .ties(let pairs): "new ties " + pairs.map { "\(label($0.first)) – \(label($0.second))" }.joined(separator: ", ") + " formed"
        case .removal(let id): "\(label(id)) left"
        }
    }

    var text: String {
        var out: [String] = []
        let (b, a) = (result.before, result.after)
        out.append("What if \(changeWords)?")
        out.append("(\(source); all ties with direction ignored)")
        out.append("")
        let rows: [[String]] = [
            ["network E-I index", number(b.eiIndex, 2), number(a.eiIndex, 2)],
            ["groups within two steps (mean)", number(b.meanGroupsWithinTwo, 1), number(a.meanGroupsWithinTwo, 1)],
            ["fragmentation (KPP-Neg)", number(b.fragmentation), number(a.fragmentation)],
            ["fragmentation between groups", number(b.betweenGroupFragmentation), number(a.betweenGroupFragmentation)],
            ["unlinked group pairs", "\(b.unlinkedPairs.count)", "\(a.unlinkedPairs.count)"],
            ["single points of failure", "\(b.singlePoints.count)", "\(a.singlePoints.count)"],
        ]
        out.append(contentsOf: TextTable(header: ["", "before", "after"], rows: rows).lines.map { "  " + $0 })
        let changedGroups = Set(b.groupsWithinTwo.keys).union(a.groupsWithinTwo.keys).sorted().filter { b.groupsWithinTwo[$0] != a.groupsWithinTwo[$0] }
        if !changedGroups.isEmpty {
            out.append("")
            out.append("Groups within two steps, where it changes")
            out.append(contentsOf: TextTable(rows: changedGroups.map {
                ["  " + groupLabel($0), b.groupsWithinTwo[$0].map(String.init) ?? "–", "→", a.groupsWithinTwo[$0].map(String.init) ?? "–"]
            }).lines)
        }
        let beforePairs = Set(b.unlinkedPairs), afterPairs = Set(a.unlinkedPairs)
        appendList(&out, "Group pairs linked by the change", beforePairs.subtracting(afterPairs))
        appendList(&out, "Group pairs left with no tie by the change", afterPairs.subtracting(beforePairs))
        let beforeSingles = Set(b.singlePoints.map(\.groups)), afterSingles = Set(a.singlePoints.map(\.groups))
        appendList(&out, "Single points of failure removed", beforeSingles.subtracting(afterSingles))
        appendList(&out, "New single points of failure", afterSingles.subtracting(beforeSingles))
        out += brokerLines
        out.append("")
        out.append("New ties that would most reduce fragmentation between groups, after the change")
        if let screened = result.screenedSources {
            out.append("(too many candidate ties to compute every gain: each was screened from \(screened) seeded actors of its smaller side, and the best \(WhatIf.exactlyComputedLeaders) computed exactly; the effects shown are exact)")
        }
        if result.suggestions.isEmpty { out.append("  none: no new tie between groups would bring anyone closer") }
        for (place, s) in result.suggestions.enumerated() {
            out.append("  \(place + 1). \(label(s.first)) – \(label(s.second)): \(s.reason)")
        }
        return out.map { $0 + "\n" }.joined()
    }

    private func rank(_ value: Int?) -> String { value.map(String.init) ?? "–" }

    /// The broker ranking before and after, in words: who enters and leaves the top, who the
    /// change engages, and a warning for anyone it would make look like a broker.
    private var brokerLines: [String] {
        guard let shift = result.brokers else { return [] }
        var out = ["", "Brokers after the change (top \(shift.top) by potential)"]
        if shift.entered.isEmpty, shift.left.isEmpty, shift.engaged.isEmpty { out.append("  the top \(shift.top) stay the same") }
        for move in shift.entered {
            out.append("  enters: \(label(move.actorID)), rank \(rank(move.rankBefore)) → \(rank(move.rankAfter))" + (move.isUnderUsed ? ", an under-used broker" : ""))
        }
        for move in shift.left {
            out.append("  leaves: \(label(move.actorID)), rank \(rank(move.rankBefore)) → \(rank(move.rankAfter))")
        }
        for move in shift.engaged {
            out.append("  no longer under-used: \(label(move.actorID)), whom the change engages")
        }
        for warning in warnings { out.append("  warning: " + warning) }
        return out
    }

    /// Actors the change would make look like brokers through its own ties alone.
    var warnings: [String] { result.brokers?.warnings(in: map) ?? [] }

    private func appendList(_ out: inout [String], _ title: String, _ pairs: Set<[String]>) {
        guard !pairs.isEmpty else { return }
        out.append("")
        out.append("\(title): \(pairs.count)")
        for pair in pairs.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            out.append("  " + pair.map(groupLabel).joined(separator: " – "))
        }
    }
}
