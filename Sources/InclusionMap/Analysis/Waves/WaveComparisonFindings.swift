/// The rows of a ``WaveComparison``, each with its reason in words, in the order a reader
/// wants them: composition, ties, silos, fragile links, brokers, the room.
struct WaveComparisonFindings {
    var rows: [WaveFinding] = []

    init(
        before: StakeholderMap, after: StakeholderMap, column: String, joined: [String], left: [String],
        relations: [TieSetChange], ei: EIChange, newlyLinked: [[String]], newlyUnlinked: [[String]],
        resolved: [CohesionSnapshot.SinglePoint], new: [CohesionSnapshot.SinglePoint],
        singleAfter: [[String]: CohesionSnapshot.SinglePoint], unlinkedAfter: Set<[String]>,
        singleBefore: [[String]: CohesionSnapshot.SinglePoint], unlinkedBefore: Set<[String]>,
        cutPointsNew: [String], cutPointsGone: [String], bridgesNew: [[String]], bridgesGone: [[String]],
        brokers: [WaveComparison.BrokerChange], engaged: [String], historyAfter: EngagementHistory, historyBefore: EngagementHistory,
        concentration: WaveComparison.Concentration, whatIf: WaveComparison.WhatIfOutcome?
    ) {
        func group(_ id: String, in map: StakeholderMap) -> String {
            map.actor(withID: id)?.value(ofColumn: column) ?? "no \(column)"
        }
        for id in joined {
            let ties = after.ties(of: id).count
            rows.append(WaveFinding(kind: .joined, subject: id, after: group(id, in: after),
                                    reason: "joined in \(group(id, in: after)) with \(ties) tie\(ties == 1 ? "" : "s")"))
        }
        for id in left {
            let ties = before.ties(of: id).count
            rows.append(WaveFinding(kind: .left, subject: id, before: group(id, in: before),
                                    reason: "left \(group(id, in: before)), taking \(ties) tie\(ties == 1 ? "" : "s")"))
        }
        for change in relations {
            var reason = "\(change.gained) gained (\(change.gainedWithJoiners) with joiners), \(change.lost) lost (\(change.lostWithLeavers) with leavers), \(change.kept) kept"
            if let jaccard = change.jaccard {
                reason += "; Jaccard \(Self.number(jaccard)) among actors in both waves"
                if jaccard < TieSetChange.comparableJaccard {
                    reason += ", under 0.3: the RSiena manual warns such waves are hard to compare as one network changing"
                }
            }
            rows.append(WaveFinding(kind: .ties, subject: change.relation, before: "\(change.before)", after: "\(change.after)", reason: reason))
        }
        if let b = ei.before, let a = ei.after {
            let moved = a > b ? "the silos opened" : a < b ? "the silos closed further" : "the silos did not change"
            let values = "E-I \(Self.number(b)) → \(Self.number(a)) (−1 closed silos, +1 every tie crossing)"
            let reason: String
            if let p = ei.pValue {
                // The verb follows the test: a change that could be chance is not called a change.
                let test = "p = \(Self.number(p)) (\(ei.isExact ? "exact" : "permutation") test over \(ei.swappablePairs) pairs that changed)"
                reason = p < 0.05 ? "\(moved): \(values); \(test), unlikely to be chance"
                    : a == b ? "\(moved): \(values); \(test)" : "no clear change in the silos: \(values); \(test), could be chance"
            } else {
                reason = "\(moved): \(values); no pair of actors changed, so there is nothing to test"
            }
            rows.append(WaveFinding(kind: .eiNetwork, subject: "network", before: Self.number(b), after: Self.number(a), reason: reason))
        }
        for change in ei.groups {
            // Every change that shows at three decimals.
            guard let b = change.before, let a = change.after, abs(a - b) >= 0.0005 else { continue }
            rows.append(WaveFinding(
                kind: .eiGroup, subject: change.group, before: Self.number(b), after: Self.number(a),
                reason: a > b ? "\(change.group) reaches out more: a larger share of its ties cross to other groups"
                    : "\(change.group) turned inward: a smaller share of its ties cross to other groups"))
        }
        for pair in newlyLinked {
            let via = singleAfter[pair].map { " (only through \($0.via.joined(separator: ", ")))" } ?? ""
            rows.append(WaveFinding(kind: .newlyLinked, subject: pair.joined(separator: " + "), before: "no ties", after: "linked",
                                    reason: "\(pair[0]) and \(pair[1]) had no tie before and have one now\(via)"))
        }
        for pair in newlyUnlinked {
            rows.append(WaveFinding(kind: .newlyUnlinked, subject: pair.joined(separator: " + "), before: "linked", after: "no ties",
                                    reason: "\(pair[0]) and \(pair[1]) were tied before and have no tie now"))
        }
        for point in resolved {
            let pair = point.groups.sorted()
            let reason: String
            if unlinkedAfter.contains(pair) {
                reason = "no longer hangs on \(point.via.joined(separator: ", ")): the groups are not linked at all now"
            } else if let other = singleAfter[pair] {
                reason = "now hangs on \(other.via.joined(separator: ", ")) instead of \(point.via.joined(separator: ", "))"
            } else if !pair.allSatisfy({ g in after.actors.contains { $0.value(ofColumn: column) == g } }) {
                reason = "a group of the pair is not in the later wave"
            } else {
                reason = "resolved: the link no longer hangs on \(point.via.joined(separator: ", ")) alone; more people tie the groups"
            }
            rows.append(WaveFinding(kind: .singlePointResolved, subject: pair.joined(separator: " + "), before: point.via.joined(separator: ", "),
                                    after: singleAfter[pair]?.via.joined(separator: ", ") ?? "", reason: reason))
        }
        for point in new {
            let pair = point.groups.sorted()
            let reason: String
            if unlinkedBefore.contains(pair) {
                reason = "newly linked, but only through \(point.via.joined(separator: ", "))"
            } else if let old = singleBefore[pair] {
                reason = "hangs on \(point.via.joined(separator: ", ")) now instead of \(old.via.joined(separator: ", "))"
            } else {
                reason = "new single point of failure: every tie between the groups now runs through \(point.via.joined(separator: ", "))"
            }
            rows.append(WaveFinding(kind: .singlePointNew, subject: pair.joined(separator: " + "), before: singleBefore[pair]?.via.joined(separator: ", ") ?? "",
                                    after: point.via.joined(separator: ", "), reason: reason))
        }
        for id in cutPointsNew {
            rows.append(WaveFinding(kind: .cutPointNew, subject: id, after: "cut point",
                                    reason: "without \(id) the map now falls apart into pieces"))
        }
        for id in cutPointsGone {
            rows.append(WaveFinding(kind: .cutPointGone, subject: id, before: "cut point",
                                    reason: after.actor(withID: id) == nil ? "\(id) left" : "the map no longer falls apart without \(id)"))
        }
        for pair in bridgesNew {
            rows.append(WaveFinding(kind: .bridgeNew, subject: pair.joined(separator: " – "), after: "bridge",
                                    reason: "the tie \(pair[0])–\(pair[1]) is now the only route between two parts of the map"))
        }
        for pair in bridgesGone {
            rows.append(WaveFinding(kind: .bridgeGone, subject: pair.joined(separator: " – "), before: "bridge",
                                    reason: "the tie \(pair[0])–\(pair[1]) is no longer the only route between two parts"))
        }
        for id in engaged {
            rows.append(WaveFinding(
                kind: .brokerEngaged, subject: id, before: "under-used", after: "engaged",
                reason: "an under-used broker before (\(historyBefore.attendanceWords(of: id))) who now takes part: \(historyAfter.attendanceWords(of: id))"))
        }
        for broker in brokers where !engaged.contains(broker.actor) {
            guard let rb = broker.rankBefore, let ra = broker.rankAfter else { continue }
            var words: [String] = []
            if rb != ra { words.append("broker potential rank \(rb) → \(ra)") }
            if broker.isUnderUsed, !broker.wasUnderUsed {
                words.append("now an under-used broker: \(historyAfter.attendanceWords(of: broker.actor))")
            } else if broker.wasUnderUsed, !broker.isUnderUsed {
                words.append("no longer under-used: \(historyAfter.attendanceWords(of: broker.actor))")
            }
            guard !words.isEmpty else { continue }
            // "In use" only for someone who attended: 0 attendances is said as such.
            func use(_ underUsed: Bool, _ history: EngagementHistory) -> String {
                if underUsed { return "under-used" }
                if history.isEmpty { return "no engagements recorded" }
                if history.attendances(of: broker.actor) == 0 { return "never attended" }
                return history.recentAttendances(of: broker.actor) == 0 ? "not attended lately" : "in use"
            }
            rows.append(WaveFinding(kind: .broker, subject: broker.actor, before: "rank \(rb), \(use(broker.wasUnderUsed, historyBefore))",
                                    after: "rank \(ra), \(use(broker.isUnderUsed, historyAfter))", reason: words.joined(separator: "; ")))
        }
        if let b = concentration.topDecileShareBefore, let a = concentration.topDecileShareAfter {
            // Each measure in its own words: the top tenth's share and the Gini can move apart.
            let share = a < b ? "the top tenth of actors took a smaller share of attendances"
                : a > b ? "the top tenth of actors took a larger share of attendances" : "the top tenth of actors took the same share of attendances"
            var reason = "\(share): \(Self.percent(b)) before, \(Self.percent(a)) after"
            if let gb = concentration.giniBefore, let ga = concentration.giniAfter {
                let spread = ga < gb ? "attendance over everyone more even" : ga > gb ? "attendance over everyone less even" : "as even as before"
                reason += "; Gini \(Self.number(gb)) → \(Self.number(ga)), \(spread)"
            }
            rows.append(WaveFinding(kind: .concentration, subject: "top-decile share", before: Self.percent(b), after: Self.percent(a), reason: reason))
        }
        if let whatIf {
            let ei = [whatIf.eiBefore, whatIf.eiPredicted, whatIf.eiObserved].map { $0.map(Self.number) ?? "—" }
            rows.append(WaveFinding(
                kind: .whatIf, subject: "reflection space of \(whatIf.members.count)", before: "predicted E-I \(ei[1])", after: "observed E-I \(ei[2])",
                reason: "the what-if on the earlier wave predicted E-I \(ei[0]) → \(ei[1]) and \(whatIf.singlePointsBefore) → \(whatIf.singlePointsPredicted) single points of failure; the later wave shows E-I \(ei[2]) and \(whatIf.singlePointsObserved)"))
        }
    }

    /// Three decimals, as every table of this tool.
    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == 0 ? "0.000" : String(format: "%.3f", rounded)
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
