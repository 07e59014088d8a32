import ArgumentParser
import Foundation
import InclusionMap

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit the usual suspects: who takes the seats at engagements and who is never there.",
        discussion: CommandExamples.discussion("""
            Concentration (share of attendances taken by the top tenth of attendees; Gini \
            coefficient over every actor on the map), the usual suspects (more than three \
            quarters of engagements), actors never recorded attending, representation of each \
            group, sector and kind among attendees against the map, groups and sectors never \
            engaged, community and lived-experience voices, and fatigue flags.
            """, examples: [
                ("The usual suspects and the groups never in the room:", "inclusion-map audit"),
                ("Counting voluntary and faith groups as community voices:", "inclusion-map audit --community-sector voluntary --community-sector faith"),
            ])
    )

    @OptionGroup var input: MapInput

    @OptionGroup var grouping: GroupOption

    /// The group column (`--group`).
    private var group: String { grouping.column }

    @Option(help: "How many of the most recent engagements the fatigue flag looks at.")
    var window = 8

    @Option(help: "Flag actors who attended more than this share of the window (0 to 1).")
    var fatigue = 0.75

    @Option(name: .customLong("community-sector"), help: "A sector whose actors are community or lived-experience voices (repeat; default residents, voluntary and community, faith, …).")
    var communitySectors: [String] = []

    @Option(help: "table for people, csv or json for programs.")
    var format: ResultFormat = .table

    @OptionGroup var sureness: ConfidenceArguments

    func validate() throws {
        if window < 1 { throw ValidationError("--window must be at least 1.") }
        if !(0...1).contains(fatigue) { throw ValidationError("--fatigue must be a share between 0 and 1.") }
    }

    func run() throws {
        let source = input.source
        var loaded = try source.load()
        try loaded.useGroupColumn(group, option: "--group")
        let map = loaded.map
        if map.actors.allSatisfy({ $0.value(ofColumn: group) == nil }) {
            throw ValidationError("--group: no actor has a value in the column \"\(group)\".")
        }
        var options = UsualSuspects.Options(column: group, window: window, fatigueShare: fatigue)
        if !communitySectors.isEmpty { options.communitySectors = Set(communitySectors.map { $0.lowercased() }) }
        let audit = UsualSuspects(map: map, options: options)
        let sure = try sureness.confidence(of: loaded.asRead, policy: loaded.policy, network: .init(), column: group, window: window)
        let text = AuditText(audit: audit, map: map, source: source.displayName, confidence: sure)
        switch format {
        case .table: Console.text(text.text, terminator: "")
        case .csv:
            // One row per attendee, the usual suspects marked, with their confidence when asked.
            let usual = Set(audit.usualSuspects.map(\.actorID))
            Console.csv(
                header: ["id", "name", "attended", "recent", "usual_suspect"] + (sure == nil ? [] : ["usual_suspect_share"]),
                rows: audit.attendees.map { attendee in
                    [attendee.actorID, ActorLabel.name(attendee.actorID, in: map), "\(attendee.attended)", "\(attendee.recent)",
                     usual.contains(attendee.actorID) ? "true" : "false"]
                        + (sure.map { [String(format: "%.4f", $0.usualSuspectShare(of: attendee.actorID))] } ?? [])
                })
        case .json: try Console.json(encoding: AuditRecord(audit, map: map, confidence: sure))
        }
    }
}
