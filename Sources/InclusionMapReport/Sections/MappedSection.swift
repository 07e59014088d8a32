import InclusionMap

/// Section 1, what was mapped: actors by kind, group and sector; relations; engagements;
/// designated roles; and the problems validation found.
struct MappedSection: ReportSection {
    let report: InclusionReport

    var anchor: String { "mapped" }
    var title: String { "What was mapped" }

    private var map: StakeholderMap { report.map }
    private var rule: SmallGroupRule { SmallGroupRule(minimum: report.options.minimumGroupSize) }
    private var column: String { report.options.groupColumn }

    /// Actor counts by value of `column`, largest first, with the label people read and the
    /// raw value; actors with no value are counted under "not recorded".
    private func breakdown(_ column: String) -> [(label: String, value: String, actors: Int)] {
        var counts: [String: Int] = [:]
        for actor in map.actors { counts[actor.value(ofColumn: column) ?? "", default: 0] += 1 }
        return counts.map { (value, n) in
            (value.isEmpty ? "not recorded" : map.label(ofValue: value, inColumn: column), value, n)
        }.sorted { $0.actors != $1.actors ? $0.actors > $1.actors : $0.label < $1.label }
    }

    /// The breakdown with small values folded into one row.
    private func foldedBreakdown(_ column: String) -> [(label: String, actors: Int)] {
        let (shown, folded) = rule.partition(breakdown(column)) { $0.actors }
        var rows = shown.map { ($0.label, $0.actors) }
        if !folded.isEmpty {
            rows.append((rule.foldedLabel(folded.count, noun: "value"), folded.reduce(0) { $0 + $1.actors }))
        }
        return rows
    }

    /// The breakdowns shown: kind, the group column and sector, each only when some actor has
    /// a value in it.
    private var breakdownColumns: [(title: String, column: String)] {
        var columns = [("Kind", "kind"), ("By \(column)", column)]
        if column != "sector" { columns.append(("Sector", "sector")) }
        return columns.filter { title, column in map.actors.contains { $0.value(ofColumn: column) != nil } }
    }

    func body(maps: RenderedMaps) -> Markup {
        let s = report.summary
        var out: Markup = ""
        let groups = report.silos.grouping.groupCount
        let sectors = Set(map.actors.compactMap { $0.value(ofColumn: "sector") }).count
        let relations = map.relations
        var lead = "The map holds \(Wording.count(s.actors, "actor")) in \(Wording.count(groups, "group")) by \(column)"
        lead += sectors > 0 ? " and \(Wording.count(sectors, "sector")), " : ", "
        lead += "joined by \(Wording.count(s.ties, "tie")) (\(relations.count == 1 ? "relation " : "relations ")\(Wording.sentenceList(relations))). "
        if s.negativeTies > 0 {
            lead += "\(Wording.count(s.negativeTies, "tie is", plural: "ties are")) negative (weight below 0, such as dislike or distrust): drawn dashed red on the maps and left out of every measure below, which reads a tie as a channel. "
        }
        lead += "Overall density is \(Wording.fixed(s.density, digits: 3)); "
        lead += s.components == 1 ? "every actor can reach every other. " : "the map falls into \(Wording.count(s.components, "separate part")), the largest with \(s.largestComponent) actors; \(Wording.count(s.isolates, "actor has", plural: "actors have")) no tie at all. "
        if s.engagements > 0 {
            lead += "\(Wording.count(s.engagements, "engagement")) \(s.engagements == 1 ? "is" : "are") recorded, with \(Wording.count(s.attendance, "attendance")) by \(Wording.count(s.attendees, "actor"))."
        } else {
            lead += "No engagements are recorded, so the report cannot say who takes part; add engagements.csv and attendance.csv to see it."
        }
        out += .paragraph(Markup(text: lead))
        if let response = report.responseRate {
            var text = "\(response.responded) of the \(response.asked) people asked answered the survey (\(Wording.percent(response.rate))). "
            let rule = SmallGroupRule(minimum: report.options.minimumGroupSize)
            let (shown, folded) = rule.partition(response.lowGroups) { $0.asked }
            if response.lowGroups.isEmpty {
                text += "Every \(column) answered at \(Wording.percent(ResponseRate.lowThreshold)) or more."
            } else {
                var named = shown.map { "\($0.label) (\($0.responded) of \($0.asked))" }
                if !folded.isEmpty { named.append(rule.foldedLabel(folded.count, noun: column)) }
                text += "Below \(Wording.percent(ResponseRate.lowThreshold)): \(Wording.sentenceList(named)). "
                text += report.options.missingData == .observed
                    ? "Missing answers are missing ties, so these groups look more isolated than they may be."
                    : "Ties among people who did not answer cannot be known, so these groups may still look more isolated than they are."
            }
            text += " Non-respondents' ties: \(report.options.missingData.explanation)."
            out += .paragraph(Markup(text: text), className: response.lowGroups.isEmpty ? nil : "warning")
        }
        let unnamed = map.actors.count { !$0.mayBeNamed }
        if unnamed > 0 {
            // An example code of this very map: a register's are keyed, a folder's numbered.
            let example = report.pseudonyms == nil ? map.actors.first { !$0.mayBeNamed }.map { " (such as \($0.id))" } ?? "" : ""
            out += .paragraph("\(Wording.count(unnamed, "actor")) asked not to be named. They are counted in every figure, but this report, its maps and its tables show them only by a code\(example) from which their id cannot be recovered.", className: "privacy")
        }
        if report.pseudonyms != nil {
            out += .paragraph("Every actor's name and id are replaced by a code (P001 and on, in the order of the ids). The key that links codes to people is kept in a separate file, not in this folder.", className: "privacy")
        }
        let ungrouped = report.silos.grouping.ungroupedCount
        if ungrouped > 0 {
            out += .paragraph("\(Wording.count(ungrouped, "actor has", plural: "actors have")) no \(column) and \(ungrouped == 1 ? "is" : "are") left out of the group measures.")
        }

        out += "<div class=\"grid\">\n"
        for (title, column) in breakdownColumns {
            let rows = foldedBreakdown(column).map { row -> [Markup] in [Markup(text: row.label), "\(row.actors)"] }
            out += "<div>\n<h3>\(title)</h3>\n\(HTMLTable(columns: [.text("value"), .number("actors")], rows: rows).markup)</div>\n"
        }
        out += "</div>\n"
        if breakdownColumns.contains(where: { column in rule.partition(breakdown(column.column)) { $0.actors }.folded.count > 0 }) {
            out += .paragraph(Markup(text: rule.note), className: "note")
        }

        out += "<h3>Relations</h3>\n"
        let relationRows = relations.map { relation -> [Markup] in
            let detail = s.relationDetails[relation]
            let directed = detail.map { $0.directedTies == 0 ? "no" : $0.directedTies == $0.ties ? "yes" : "\($0.directedTies) of \($0.ties)" } ?? "–"
            return [Markup(text: relation), "\(detail?.ties ?? 0)", Markup(text: directed), Markup(text: Wording.fixed(detail?.density, digits: 3))]
        }
        out += HTMLTable(columns: [.text("relation"), .number("ties"), .text("directed"), .number("density")], rows: relationRows).markup
        if let chosen = report.options.relations {
            out += .paragraph("This report measures \(Wording.sentenceList(chosen.sorted())) ties only.", className: "note")
        }

        if s.engagements > 0 {
            out += "<h3>Engagements</h3>\n"
            let history = report.audit.history
            var attendees: [String: Int] = [:]
            for record in map.attendance { attendees[record.engagement, default: 0] += 1 }
            let rows = history.engagements.map { e -> [Markup] in
                [Markup(text: e.date?.description ?? "–"), Markup(text: e.name ?? e.id), Markup(text: e.kind ?? "–"), "\(attendees[e.id] ?? 0)"]
            }
            out += HTMLTable(columns: [.text("date"), .text("engagement"), .text("kind"), .number("attendees")], rows: rows).markup
        }

        let roles = s.spanners.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
        if !roles.isEmpty {
            out += "<h3>Designated boundary-spanning roles</h3>\n"
            out += HTMLTable(columns: [.text("role"), .number("holders")], rows: roles.map { [Markup(text: $0.key), "\($0.value.count)"] }).markup
        }

        out += "<h3>Data problems</h3>\n"
        out += warningsMarkup
        return out
    }

    /// The validation warnings, or a sentence saying there were none.
    private var warningsMarkup: Markup {
        let warnings = report.warnings
        guard !warnings.isEmpty else {
            return .paragraph("Validation found no problems: every id is unique, every tie and attendance refers to a known actor, and no tie is repeated or ties an actor to itself.")
        }
        let shown = warnings.prefix(20)
        var out: Markup = .paragraph("Validation found \(Wording.count(warnings.count, "problem")) that did not stop the map loading. Check them: each may change a measure.", className: "warning")
        if report.pseudonymises {
            // The messages quote ids, which a pseudonymised report must not show.
            out += .list(shown.map { issue in "\(issue.file)\(issue.line.map { ":\($0)" } ?? "")" }, className: "issues")
            out += .paragraph("The messages are left out of a pseudonymised report because they quote ids; `inclusion-map validate` shows them.", className: "note")
        } else {
            out += .list(shown.map { Markup(text: $0.description) }, className: "issues")
        }
        if warnings.count > shown.count {
            out += .paragraph("… and \(warnings.count - shown.count) more; `inclusion-map validate` lists them all.", className: "note")
        }
        return out
    }

    var tables: [CSVTable] {
        var rows: [[String]] = []
        for (_, column) in breakdownColumns {
            for row in foldedBreakdown(column) { rows.append([column, row.label, String(row.actors)]) }
        }
        return [CSVTable(fileName: "actors-by-group.csv", header: ["dimension", "value", "actors"], rows: rows)]
    }
}

extension InclusionReport {
    var pseudonymises: Bool { pseudonyms != nil }
}
