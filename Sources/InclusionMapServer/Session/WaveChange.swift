import Foundation
import InclusionMap
import InclusionMapGraphviz
import InclusionMapRegister
import InclusionMapReport

/// Two waves of the open register compared as `compare FILE.sqlite --from A --to B` compares
/// them: both read from the register, prepared together (``PreparedMap/comparing``: one
/// consent mask over both, whoever declined in any wave withheld in every wave), grouped as
/// the open map is, compared with the command's defaults (2,000 permutations, seed 1), and
/// drawn with the same positions (``WaveMaps``: before, after and the change).
struct WaveChange: Sendable {
    let record: WaveComparisonRecord
    /// The SVG of the earlier wave, the later one and the change map.
    let before: Data, after: Data, change: Data

    /// The waves of the register at `url`, in order.
    static func waves(of url: URL) throws -> [WaveEntry] {
        try Register(opening: url).waves().map(WaveEntry.init)
    }

    init(register url: URL, from: String, to: String, analyses: MapAnalyses, pseudonymises: Bool) throws {
        let register = try Register(opening: url)
        let known = try register.waves().map(\.id)
        for wave in [from, to] where !known.contains(wave) {
            throw WorkbenchFailure.badRequest("no wave \"\(wave)\"; the register holds \(known.joined(separator: ", "))")
        }
        let (first, second) = PreparedMap.comparing(
            try register.map(ofWave: from), try register.map(ofWave: to), policy: analyses.policy, consent: try register.consentScope())
        var earlier = first.analysed.rollingUp(analyses.groupColumn), later = second.analysed.rollingUp(analyses.groupColumn)
        if pseudonymises {
            // One key over every actor of both waves as read, as the report does.
            let everyone = (try? StakeholderMap.union(earlier: first.asRead, later: second.asRead)) ?? second.asRead
            let pseudonyms = Pseudonyms(for: everyone)
            earlier = pseudonyms.applied(to: earlier)
            later = pseudonyms.applied(to: later)
        }
        let comparison = try WaveComparison(before: earlier, after: later, options: .init(column: analyses.groupColumn))
        record = WaveComparisonRecord(comparison, before: ("wave \(from) of \(analyses.name)", earlier), after: ("wave \(to) of \(analyses.name)", later))
        let maps = try WaveMaps(before: earlier, after: later, options: MapOptions(groupColumn: analyses.groupColumn), names: (from, to))
        let (b, a, c) = try maps.render(formats: [.svg])
        before = b[0].data
        after = a[0].data
        change = c[0].data
    }
}

/// One wave of the open register, as `/api/waves` lists it.
struct WaveEntry: Encodable, Sendable {
    var id: String
    var label: String?
    var date: String?
    var position: Int
    var actors: Int
    var ties: Int

    init(_ wave: Wave) {
        id = wave.id
        label = wave.label
        date = wave.date.map { String(describing: $0) }
        position = wave.position
        actors = wave.actorCount
        ties = wave.tieCount
    }

    private enum CodingKeys: String, CodingKey { case id, label, date, position, actors, ties }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(date, forKey: .date)
        try c.encode(position, forKey: .position)
        try c.encode(actors, forKey: .actors)
        try c.encode(ties, forKey: .ties)
    }
}
