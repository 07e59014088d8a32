import Foundation
import InclusionMap
import InclusionMapGraphviz
import InclusionMapRegister
import InclusionMapReport

/// The workbench's one piece of state: the map open now, its analyses, and the drawings and
/// report already made of it (kept until another map is opened).
///
/// Opening a map either replaces everything or changes nothing: a map that fails to read
/// leaves the previous one open.
actor WorkbenchState {
    private let loader: WorkbenchLoader
    private let configuration: WorkbenchConfiguration
    /// Where the open map was read from: `nil` for the demo.
    private(set) var source: URL?
    private(set) var analyses: MapAnalyses
    private var drawings: [String: Data] = [:]
    private var reports: [PanelSuggester.Constraints: Data] = [:]
    private var changes: [String: WaveChange] = [:]
    private var cohesion: CohesionSnapshot?

    /// Opens the map at `source` (`nil` for the demo) with `loader`.
    init(loader: @escaping WorkbenchLoader, source: URL?, configuration: WorkbenchConfiguration) throws {
        self.loader = loader
        self.configuration = configuration
        self.source = source
        analyses = try MapAnalyses(loader(source), configuration: configuration)
        drawings = Self.firstDrawing(of: analyses)
    }

    /// The picture the page asks for first, drawn when the map opens, so the page shows it
    /// without waiting for Graphviz: the whole map, or the silo map above the actor limit.
    private static func firstDrawing(of analyses: MapAnalyses) -> [String: Data] {
        let kind: NetworkMap.Kind = analyses.map.actors.count <= analyses.drawnActorLimit ? .whole : .silo
        guard let picture = try? WorkbenchRoutes.picture(kind, parameter: { _ in nil }, analyses: analyses),
              let rendering = try? picture.render(analyses.map, format: .svg) else { return [:] }
        return [String(describing: picture): rendering.data]
    }

    /// Opens another map; on any error the current map stays open.
    func open(_ url: URL?) throws {
        let opened = try MapAnalyses(loader(url), configuration: configuration)
        analyses = opened
        source = url
        drawings = Self.firstDrawing(of: opened)
        reports = [:]
        changes = [:]
        cohesion = nil
    }

    /// The SVG of `picture`, drawn once per picture and kept.
    func svg(of picture: NetworkMap) throws -> Data {
        let key = String(describing: picture)
        if let drawn = drawings[key] { return drawn }
        let rendering = try picture.render(analyses.map, format: .svg)
        if drawings.count > 64 { drawings = [:] }
        drawings[key] = rendering.data
        return rendering.data
    }

    /// `query` tried on the open map, whose own cohesion is measured once and kept.
    func whatIf(_ query: WhatIfQuery) throws -> WhatIfRecord {
        if cohesion == nil {
            do {
                cohesion = try CohesionSnapshot(map: analyses.map, options: .init(symmetrised: true), column: analyses.groupColumn)
            } catch {
                throw WorkbenchFailure.badRequest(String(describing: error))
            }
        }
        return try query.result(on: analyses, cohesion: cohesion!)
    }

    /// The register the open map was read from, or `nil` when it is not a register.
    private var register: URL? {
        guard let source, Register.isDatabase(source) else { return nil }
        return source
    }

    /// The waves of the open register, in order; none when the open map is not a register.
    func waves() throws -> [WaveEntry] {
        guard let register else { return [] }
        return try WaveChange.waves(of: register)
    }

    /// Waves `from` and `to` of the open register compared (by default its last two), made
    /// once per pair and kept.
    func change(from: String?, to: String?) throws -> WaveChange {
        guard let register else { throw WorkbenchFailure.notFound("waves: the open map is not a register (FILE.sqlite)") }
        let known = try WaveChange.waves(of: register).map(\.id)
        guard known.count >= 2 || (from != nil && to != nil) else {
            throw WorkbenchFailure.badRequest("the register holds one wave; there is nothing to compare it with")
        }
        let later = to ?? known[known.count - 1]
        let earlier = from ?? known[max(0, (known.firstIndex(of: later) ?? known.count - 1) - 1)]
        let key = earlier + "\u{0}" + later
        if let made = changes[key] { return made }
        let made = try WaveChange(register: register, from: earlier, to: later, analyses: analyses, pseudonymises: configuration.pseudonymises)
        if changes.count > 8 { changes = [:] }
        changes[key] = made
        return made
    }

    /// The report of the open map with `panel` as its suggested panel (ids as the page shows
    /// them): the page the `report` command writes, made once per panel and kept.
    func reportPage(panel: PanelSuggester.Constraints) throws -> Data {
        if let report = reports[panel] { return report }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inclusion-map-workbench-\(UUID().uuidString)")
        // The pseudonym key, when there is one, is written apart from the page and thrown away:
        // the workbench never serves it.
        let key = folder.appendingPathExtension("key.csv")
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: key)
        }
        let shown = analyses
        var options = ReportOptions(groupColumn: shown.groupColumn, pseudonymises: configuration.pseudonymises)
        options.paths = .automatic
        options.missingData = shown.policy
        options.panelSize = panel.size
        options.panelMustInclude = panel.mustInclude.map(shown.reportID)
        options.panelExcluded = Set(panel.exclude.map(shown.reportID))
        options.panelMaxPerGroup = panel.maxPerGroup
        let reportSource = try ReportSource(name: shown.name, path: source?.path, reading: source ?? BundledDataset.rivertown.url)
        let made = try InclusionReport(map: shown.reportInput, warnings: [], source: reportSource, options: options)
        let output = try ReportWriter(report: made, mapFormats: [.svg]).write(
            to: folder, keyFile: key)
        let page = try Data(contentsOf: output.page)
        if reports.count > 16 { reports = [:] }
        reports[panel] = page
        return page
    }
}
