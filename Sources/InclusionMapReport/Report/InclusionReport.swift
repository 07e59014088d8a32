import Foundation
import InclusionMap

/// Everything an inclusion report says about one map, computed once: the summary and data
/// warnings, the silos, the broker ranking, the usual-suspects audit and the suggested panel.
///
/// Building a report runs no Graphviz and writes nothing; ``ReportWriter`` draws the maps and
/// writes the page, the maps and the tables.
///
/// ```swift
/// let map = try BundledDataset.rivertown.read()
/// let report = try InclusionReport(map: map, source: ReportSource(name: "Rivertown", files: []))
/// try ReportWriter(report: report).write(to: URL(fileURLWithPath: "report"))
/// ```
///
/// The map is masked first (`ConsentMask`): an actor whose consent is false is known in the
/// report, its tables and its maps only by a code such as `withheld-1`. With
/// ``ReportOptions/pseudonymises`` every measure is then taken on a copy of the masked map
/// whose ids and names are codes (``Pseudonyms``), so no name or id reaches any output but the
/// key, and the key holds no withheld actor's id. A group column that identifies people
/// (`StakeholderMap.columnIdentifiesActors(_:)`) is refused.
public struct InclusionReport: Sendable {
    /// The options the report was made with.
    public let options: ReportOptions
    /// Where the map came from.
    public let source: ReportSource
    /// The map as the report shows it: masked, and pseudonymised when asked.
    public let map: StakeholderMap
    /// The codes, when the report is pseudonymised.
    public let pseudonyms: Pseudonyms?
    /// The share of people asked who answered, by group, before ``ReportOptions/missingData``
    /// is applied; `nil` when the map records no response status.
    public let responseRate: ResponseRate?
    /// Problems validation found that did not stop the map loading.
    public let warnings: [DatasetIssue]
    /// Counts of actors, ties and engagements.
    public let summary: MapSummary
    /// Silos by the group column.
    public let silos: SiloReport
    /// Brokerage potential against use.
    public let brokers: BrokerFinder
    /// Who attends and who does not.
    public let audit: UsualSuspects
    /// The suggested panel beside the usual one.
    public let panel: PanelSuggester
    /// How sure each broker, usual-suspect and silo finding is; `nil` when the options ask
    /// for no resamples.
    public let confidence: FindingConfidence?
    /// The under-used (or, with no engagements, structural) brokers and the E-I under each
    /// missing-data policy, when the map has non-respondents: how the findings would change.
    public let sensitivity: [Sensitivity]

    /// The findings under one missing-data policy.
    public struct Sensitivity: Sendable, Hashable {
        public var policy: MissingDataPolicy
        public var brokers: [String]
        public var eiIndex: Double?
    }

    /// The earlier wave the report compares with, masked and pseudonymised as ``map``.
    public let earlier: EarlierWave?
    /// What changed since ``earlier``.
    public let comparison: WaveComparison?

    /// An earlier wave of the same programme to compare the map with (a register's wave
    /// before the one reported).
    public struct EarlierWave: Sendable {
        /// The earlier wave's map.
        public var map: StakeholderMap
        /// The earlier wave's name ("2024").
        public var name: String
        /// The reported wave's name ("2025").
        public var currentName: String

        /// Creates a description of the earlier wave.
        public init(map: StakeholderMap, name: String, currentName: String) {
            self.map = map
            self.name = name
            self.currentName = currentName
        }
    }

    /// Measures `map` for a report.
    ///
    /// - Parameters:
    ///   - original: the map to report on, before consent masking.
    ///   - warnings: the warnings found when the map was read (`DatasetCheck.warnings`).
    ///   - source: where the map came from, as the report names it.
    ///   - options: what the report measures and shows.
    ///   - earlier: an earlier wave to compare with: the report then opens with what changed
    ///     since it. Both waves are masked with one mask and pseudonymised with one key, so an
    ///     actor keeps one code across them.
    ///   - consent: what is known of consent beyond these maps (a register's
    ///     `ConsentScope`: who declined in any of its waves, and its key).
    ///   - progress: told of each long step, and of the resampled maps as they finish.
    /// - Throws: ``ReportError`` for an unknown group column or relation, or an option out of range.
    public init(
        map original: StakeholderMap, warnings: [DatasetIssue] = [], source: ReportSource, options: ReportOptions = ReportOptions(),
        earlier: EarlierWave? = nil, consent: ConsentScope = .mapOnly, progress: ProgressReporter = .silent
    ) throws(ReportError) {
        try Self.check(options, map: original)
        // Prepared together (the reported wave's actors first, so its numbered codes are those
        // of a report on it alone): whoever declined in either wave is withheld in both.
        let involved = [original] + (earlier.map { [$0.map] } ?? [])
        let mask = ConsentMask(actors: PreparedMap.actors(of: involved), scope: consent.including(involved))
        var current = PreparedMap(original, policy: options.missingData, mask: mask)
        var previous = earlier.map { PreparedMap($0.map, policy: options.missingData, mask: mask) }
        // Detected communities, when they are the groups: found once on the analysed map and
        // written into every map the report reads, so all of its analyses share them.
        let communities = CommunityColumn(column: options.groupColumn, map: current.analysed, options: options.networkOptions, seed: options.seed)
        if let communities {
            current.transform(communities.applied)
            previous?.transform(communities.applied)
        }
        let masked = current.asRead, policed = current.analysed, earlierPoliced = previous?.analysed
        detectsCommunities = communities != nil
        responseRate = ResponseRate(masked, column: options.groupColumn)
        var pseudonyms: Pseudonyms?
        if options.pseudonymises {
            // Every actor of both waves as read, before a policy can leave any out.
            let allActors = previous.flatMap { try? StakeholderMap.union(earlier: $0.asRead, later: masked) }
            pseudonyms = Pseudonyms(for: allActors ?? masked)
        }
        let map = pseudonyms?.applied(to: policed) ?? policed
        self.options = options
        self.source = source
        self.map = map
        self.pseudonyms = pseudonyms
        self.warnings = warnings
        summary = MapSummary(map)
        let view = options.networkOptions
        do {
            progress.step("measuring silos (\(options.permutations) permutations)")
            silos = try SiloReport(map: map, options: view, column: options.groupColumn, permutations: options.permutations, seed: options.seed)
            progress.step("ranking brokers")
            brokers = try BrokerFinder(map: map, options: view, column: options.groupColumn, window: options.window, paths: options.paths)
        } catch {
            throw .unknownGroupColumn(options.groupColumn)
        }
        let asRead = pseudonyms?.applied(to: masked) ?? masked
        if options.confidenceResamples > 0 {
            progress.step("resampling \(options.confidenceResamples) maps for confidence")
            let perturbation = Perturbation(
                tieDropout: options.confidenceDropout, nonResponse: min(Perturbation.observedNonResponse(of: asRead), 0.95), policy: options.missingData)
            do {
                confidence = try FindingConfidence(map: asRead, options: .init(
                    resamples: options.confidenceResamples, perturbation: perturbation, seed: options.seed, network: view,
                    column: options.groupColumn, window: options.window), progress: progress)
            } catch {
                throw .unknownGroupColumn(options.groupColumn)
            }
        } else {
            confidence = nil
        }
        if asRead.actors.contains(where: { $0.responded == false }) {
            progress.step("reading the map under each missing-data policy")
            sensitivity = MissingDataPolicy.allCases.map { policy in
                let read = policy.applied(to: asRead)
                let finder = try? BrokerFinder(map: read, options: view, column: options.groupColumn, window: options.window, paths: options.paths)
                let brokers = finder.map { $0.history.isEmpty ? $0.candidates.filter(\.isStructural) : $0.underUsed }?.map(\.actorID) ?? []
                let index = NetworkIndex(read, options: view)
                let ei = (try? Grouping.named(options.groupColumn, index: index, map: read)).flatMap { EIIndex(index: index, map: read, grouping: $0).value }
                return Sensitivity(policy: policy, brokers: brokers, eiIndex: ei)
            }
        } else {
            sensitivity = []
        }
        progress.step("auditing attendance")
        audit = UsualSuspects(map: map, options: UsualSuspects.Options(column: options.groupColumn, window: options.window))
        if let earlier, let earlierPoliced {
            var wave = earlier
            wave.map = pseudonyms?.applied(to: earlierPoliced) ?? earlierPoliced
            self.earlier = wave
            progress.step("comparing with \(earlier.name)")
            do {
                comparison = try WaveComparison(
                    before: wave.map, after: map,
                    options: .init(column: options.groupColumn, permutations: options.permutations, seed: options.seed, window: options.window))
            } catch {
                throw .unknownGroupColumn(options.groupColumn)
            }
        } else {
            self.earlier = nil
            comparison = nil
        }
        progress.step("suggesting a panel")
        let constraints = PanelSuggester.Constraints(
            size: options.panelSize, mustInclude: options.panelMustInclude, exclude: options.panelExcluded, maxPerGroup: options.panelMaxPerGroup)
        do {
            panel = try PanelSuggester(map: map, constraints: constraints, brokers: brokers, audit: audit, options: view)
        } catch {
            throw .impossiblePanel(error.description)
        }
    }

    private static func check(_ options: ReportOptions, map: StakeholderMap) throws(ReportError) {
        if let relations = options.relations {
            let known = map.relations
            if let unknown = relations.sorted().first(where: { !known.contains($0) }) {
                throw .unknownRelation(unknown, known: known)
            }
        }
        if options.panelSize < 1 { throw .invalidOption(name: "panel size", value: String(options.panelSize), expected: "at least 1") }
        if options.minimumGroupSize < 1 { throw .invalidOption(name: "minimum group size", value: String(options.minimumGroupSize), expected: "at least 1") }
        if options.egoMapCount < 0 { throw .invalidOption(name: "ego maps", value: String(options.egoMapCount), expected: "0 or more") }
        if options.permutations < 1 { throw .invalidOption(name: "permutations", value: String(options.permutations), expected: "at least 1") }
        if let window = options.window, window < 1 { throw .invalidOption(name: "window", value: String(window), expected: "at least 1") }
        // An unknown group column is reported by the grouping itself, below.
        if map.columnIdentifiesActors(options.groupColumn) { throw .identifyingGroupColumn(options.groupColumn) }
    }

    /// The page's heading.
    public var title: String {
        options.title ?? "Inclusion map of \(source.name)"
    }

    /// How the report names actors.
    var naming: ActorNaming { ActorNaming(map: map) }

    /// Whether the groups are communities the report detected (``Grouping/louvainColumn``
    /// asked for, and no actor holds such a column), written into the analysed maps.
    let detectsCommunities: Bool

    /// The actors the report highlights as under-used brokers: the shortlist to invite first
    /// (``BrokerShortlist``); with no engagements recorded, the structural brokers (use is
    /// unknown).
    var highlightedBrokers: [BrokerFinder.Candidate] {
        brokers.history.isEmpty ? brokers.candidates.filter(\.isStructural) : brokers.shortlist.brokers
    }

    /// The most actors the whole map draws one by one: 2,000. Above it a picture of every
    /// actor is neither readable (lines cover one another) nor light (a 10,000-actor map
    /// takes half a minute to lay out and writes a 250 MB PNG), so the report draws the
    /// group-level silo map and the top brokers' neighbourhoods instead, and says why.
    public static let wholeMapActorLimit = 2_000

    /// Whether the report draws the whole map (at most ``wholeMapActorLimit`` actors).
    public var drawsWholeMap: Bool { map.actors.count <= Self.wholeMapActorLimit }

    /// The brokers who get an ego map: the highlighted ones first, then the next in the ranking.
    var egoBrokers: [BrokerFinder.Candidate] {
        let first = highlightedBrokers.filter { naming.mayBeNamed($0.actorID) }
        let rest = brokers.candidates.filter { c in naming.mayBeNamed(c.actorID) && !first.contains { $0.actorID == c.actorID } }
        return Array((first + rest).prefix(options.egoMapCount))
    }
}
