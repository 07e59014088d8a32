import InclusionMap

/// Section 5, usual suspects: how concentrated attendance is, a chart of its distribution,
/// the usual suspects, the groups and sectors never engaged, and representation.
struct UsualSuspectsSection: ReportSection {
    let report: InclusionReport

    var anchor: String { "usual-suspects" }
    var title: String { "Usual suspects" }

    private var audit: UsualSuspects { report.audit }
    private var history: EngagementHistory { audit.history }
    private var naming: ActorNaming { report.naming }
    private var rule: SmallGroupRule { SmallGroupRule(minimum: report.options.minimumGroupSize) }
    private func valueLabel(_ row: UsualSuspects.Representation) -> String {
        report.map.label(ofValue: row.value, inColumn: row.dimension)
    }

    /// The usual-suspect threshold in engagements: more than this many.
    private var usualLimit: Double { audit.options.usualShare * Double(history.engagements.count) }

    func body(maps: RenderedMaps) -> Markup {
        guard !history.isEmpty else {
            return .paragraph("No engagements are recorded, so there is no attendance to audit. Add engagements.csv (one row per workshop, board or reflection space) and attendance.csv (who was there) to the dataset folder to see who takes part and who is missing.", className: "lead")
        }
        var out: Markup = ""
        let total = history.totalAttendances
        let actors = report.map.actors.count
        let usual = audit.usualSuspects
        let usualTaken = usual.reduce(0) { $0 + $1.attended }
        var lead = "\(Wording.count(history.engagements.count, "engagement")) drew \(Wording.count(total, "attendance")) from \(audit.attendees.count) of the \(actors) actors on the map. "
        lead += "\(Wording.count(usual.count, "actor")) attended more than \(Wording.percent(audit.options.usualShare)) of them and took \(usualTaken) of the \(total) seats (\(Wording.percent(audit.usualSuspectsShare))); \(audit.neverAttended.count) actors never attended."
        out += .paragraph(Markup(text: lead), className: "lead")
        var concentration: [String] = []
        if let top = audit.topDecileShare {
            concentration.append("The top tenth of attendees (\(Wording.count(audit.topDecileCount, "person", plural: "people"))) took \(Wording.percent(top)) of attendances.")
        }
        if let gini = audit.gini {
            concentration.append("The Gini coefficient of attendance over all \(actors) actors is \(Wording.fixed(gini)) (0: everyone attends equally; 1: one actor takes every seat).")
        }
        out += .paragraph(Markup(text: concentration.joined(separator: " ")))
        out += chart

        out += "<h3>The usual suspects</h3>\n"
        if usual.isEmpty {
            out += .paragraph("Nobody attended more than \(Wording.percent(audit.options.usualShare)) of the engagements.")
        } else {
            let confidence = report.confidence
            out += HTMLTable(
                columns: [.text("actor"), .text(report.options.groupColumn), .number("attended")] + (confidence == nil ? [] : [.number("how sure")]),
                rows: usual.map { suspect in
                    [naming.markup(suspect.actorID), Markup(text: group(of: suspect.actorID)), "\(suspect.attended) of \(history.engagements.count)"]
                        + (confidence.map { [Markup(text: FindingWords.cell($0.usualSuspectShare(of: suspect.actorID)))] } ?? [])
                },
                note: confidence.map { "How sure: the share of \($0.options.resamples) resampled maps, each missing \(FindingWords.percent($0.options.perturbation.tieDropout)) of the attendance records at random, in which the actor is still a usual suspect (a percentage from 90% up, \"uncertain\" from half to 90%)." }.map { Markup(text: $0) }).markup
        }

        out += "<h3>Never engaged</h3>\n"
        let never = audit.neverEngaged
        if never.isEmpty {
            out += .paragraph("Every \(report.options.groupColumn) and every sector has sent someone.")
        } else {
            let items = [report.options.groupColumn, "sector"].flatMap { dimension in
                never.filter { $0.dimension == dimension }.map { row -> Markup in "<strong>\(valueLabel(row))</strong> (\(dimension == "sector" ? "sector" : dimension), \(Wording.count(row.actors, "actor")) on the map)" }
            }
            out += .paragraph("No one from these has attended any engagement: the missing voices.")
            out += .list(items, className: "missing")
        }
        let voices = audit.communityVoices
        if voices.actors > 0 {
            out += .paragraph("Community and lived-experience voices are \(voices.actors) of \(voices.allActors) actors on the map (\(Wording.percent(Double(voices.actors) / Double(max(voices.allActors, 1))))) but \(voices.attendances) of \(voices.allAttendances) attendances (\(Wording.percent(Double(voices.attendances) / Double(max(voices.allAttendances, 1))))).")
        }

        out += "<h3>Representation among attendees</h3>\n"
        out += .paragraph("Ratio = share of attendees ÷ share of the map: 1 is proportionate, below 1 under-represented, 0 absent.")
        let all = representationRows
        let rows = all.indices.map { i -> [Markup] in
            let row = all[i]
            let dimension = i > 0 && all[i - 1].dimension == row.dimension ? "" : row.dimension
            return [Markup(text: dimension), Markup(text: row.label), "\(row.actors)", "\(row.attendees)", "\(Wording.fixed(row.ratio))"]
        }
        out += HTMLTable(columns: [.text("by"), .text("value"), .number("actors"), .number("attendees"), .number("ratio")], rows: rows,
                         note: representationRows.contains { $0.isFolded } ? Markup(text: rule.note) : nil).markup

        if !audit.fatigued.isEmpty {
            out += .paragraph("Fatigue: \(Wording.count(audit.fatigued.count, "actor")) attended more than \(Wording.percent(audit.options.fatigueShare)) of the last \(history.recent.count) engagements: \(Markup.joined(audit.fatigued.map { naming.markup($0.actorID) }, separator: ", ")).")
        }
        return out
    }

    private func group(of id: String) -> String {
        guard let value = report.map.actor(withID: id)?.value(ofColumn: report.options.groupColumn) else { return "–" }
        return report.map.label(ofValue: value, inColumn: report.options.groupColumn)
    }

    /// Actors by number of engagements attended, never-attenders and usual suspects coloured.
    private var chart: Markup {
        let engagements = history.engagements.count
        var counts = [Int](repeating: 0, count: engagements + 1)
        for actor in report.map.actors { counts[min(history.attendances(of: actor.id), engagements)] += 1 }
        let bars = counts.indices.map { k in
            BarChart.Bar(label: String(k), value: counts[k], style: k == 0 ? "bar-never" : Double(k) > usualLimit ? "bar-usual" : "bar-some")
        }
        let chart = BarChart(
            bars: bars, axisTitle: "engagements attended (of \(engagements))",
            summary: "Actors by number of engagements attended: " + counts.indices.map { "\($0): \(counts[$0])" }.joined(separator: ", "))
        return """
            <figure class="chart-figure">
            \(chart.markup)<figcaption>Actors by the number of engagements they attended. <span class="key never">never</span> <span class="key some">some</span> <span class="key usual">usual suspects (more than \(Wording.percent(audit.options.usualShare)))</span></figcaption>
            </figure>

            """
    }

    private struct RepresentationRow {
        var dimension: String
        var label: String
        var actors: Int
        var attendees: Int
        var ratio: Double?
        var isFolded = false
    }

    /// Representation by group, sector and kind, small values folded per dimension.
    private var representationRows: [RepresentationRow] {
        var rows: [RepresentationRow] = []
        let dimensions = audit.representation.map(\.dimension).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let attendees = audit.attendees.count, actors = report.map.actors.count
        for dimension in dimensions {
            let all = audit.representation.filter { $0.dimension == dimension }.sorted { ($0.ratio ?? 0, valueLabel($1)) > ($1.ratio ?? 0, valueLabel($0)) }
            let (shown, folded) = rule.partition(all) { $0.actors }
            rows += shown.map { RepresentationRow(dimension: dimension, label: valueLabel($0), actors: $0.actors, attendees: $0.attendees, ratio: $0.ratio) }
            if !folded.isEmpty {
                let a = folded.reduce(0) { $0 + $1.actors }, p = folded.reduce(0) { $0 + $1.attendees }
                let ratio = attendees > 0 ? (Double(p) / Double(attendees)) / (Double(a) / Double(actors)) : nil
                rows.append(RepresentationRow(dimension: dimension, label: rule.foldedLabel(folded.count, noun: "value"), actors: a, attendees: p, ratio: ratio, isFolded: true))
            }
        }
        return rows
    }

    var tables: [CSVTable] {
        guard !history.isEmpty else { return [] }
        let attendance = report.map.actors.map { actor in
            [naming.csvID(actor.id), naming.csvName(actor.id), String(history.attendances(of: actor.id)), String(history.recentAttendances(of: actor.id))]
        }
        return [
            CSVTable(fileName: "attendance.csv", header: ["id", "name", "attended", "attended_recently"], rows: attendance),
            CSVTable(fileName: "representation.csv", header: ["dimension", "value", "actors", "attendees", "ratio"],
                     rows: representationRows.map { [$0.dimension, $0.label, String($0.actors), String($0.attendees), CSVTable.number($0.ratio)] }),
        ]
    }
}
