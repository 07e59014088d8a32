import Foundation
import InclusionMap
import InclusionMapGraphviz

/// Writes an ``InclusionReport`` to a folder:
///
/// ```text
/// index.html            the report, self-contained (inline styles and SVG maps, no script)
/// maps/silo.svg …       each map as SVG, PNG and PDF: silo, whole, ego-1, ego-2 …
/// tables/brokers.csv …  each table of the report as CSV
/// ```
///
/// A pseudonymised report's key (code, id, name) goes to a file outside the folder, so the
/// folder can be shared whole.
///
/// The report is written into a new folder beside the target and then put in its place
/// whole: a report folder from an earlier run is replaced entirely, so no file of it (an ego
/// map of an actor the new report no longer shows, a named map beside pseudonymised ones) is
/// left behind, and a failure part-way leaves the earlier report as it was. A folder that
/// exists but is not empty and not an InclusionMap report (something other than
/// `index.html`, `maps/` and `tables/` in it) is never replaced: the write is refused.
public struct ReportWriter: Sendable {
    /// The report to write.
    public let report: InclusionReport
    /// The formats each map is written in beside the page; SVG is always drawn, for the page.
    public var mapFormats: [OutputFormat]
    /// The renderer that draws the maps.
    public var renderer: GraphvizRenderer

    /// What a write produced.
    public struct Output: Sendable {
        /// The page.
        public var page: URL
        /// Every file written, the page first.
        public var files: [URL]
        /// The pseudonym key, when the report is pseudonymised.
        public var keyFile: URL?
        /// Maps that could not be drawn and Graphviz's warnings; the report says so too.
        public var warnings: [String]
    }

    /// A writer of `report`.
    public init(report: InclusionReport, mapFormats: [OutputFormat] = [.svg, .png, .pdf], renderer: GraphvizRenderer = .shared) {
        self.report = report
        self.mapFormats = mapFormats
        self.renderer = renderer
    }

    /// The default place of a pseudonym key: beside `folder`, named after it.
    public static func defaultKeyFile(for folder: URL) -> URL {
        let folder = folder.standardizedFileURL
        return folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + "-pseudonym-key.csv")
    }

    /// Draws the maps and writes the page, the maps, the tables and (when pseudonymised) the key.
    ///
    /// - Parameters:
    ///   - folder: created when missing; replaced whole when it holds an earlier report.
    ///   - keyFile: where the pseudonym key goes; by default ``defaultKeyFile(for:)``. It may
    ///     not be inside `folder`.
    ///   - progress: told of each long step (each map drawn, then the page).
    /// - Throws: ``ReportError/unwritable(path:reason:)`` when a file cannot be written or
    ///   `folder` holds something other than a report,
    ///   ``ReportError/invalidOption(name:value:expected:)`` for a key file inside the folder.
    @discardableResult
    public func write(to folder: URL, keyFile: URL? = nil, progress: ProgressReporter = .silent) throws(ReportError) -> Output {
        let folder = folder.standardizedFileURL
        let key = (keyFile ?? Self.defaultKeyFile(for: folder)).standardizedFileURL
        if report.pseudonymises, key.path.hasPrefix(folder.path + "/") {
            throw .invalidOption(name: "key file", value: key.path, expected: "a place outside the report folder, so the folder can be shared without it")
        }
        try Self.checkReplaceable(folder)
        let staging = folder.deletingLastPathComponent()
            .appendingPathComponent(".\(folder.lastPathComponent).writing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        var output = try writeFiles(to: staging, keyFile: key, progress: progress)
        try Self.replace(folder, with: staging)
        output.page = folder.appendingPathComponent(output.page.lastPathComponent)
        output.files = output.files.map { file in
            folder.appendingPathComponent(String(file.path.dropFirst(staging.path.count + 1)))
        }
        return output
    }

    /// The names a report folder holds.
    static let reportEntries: Set<String> = ["index.html", "maps", "tables"]

    /// Refuses to replace `folder` when it exists and holds anything but a report.
    private static func checkReplaceable(_ folder: URL) throws(ReportError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw .unwritable(path: folder.path, reason: "it is a file, not a folder; choose a folder for the report")
        }
        let entries: [String]
        do {
            entries = try manager.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw .unwritable(path: folder.path, reason: "its contents cannot be listed: \(error.localizedDescription)")
        }
        let others = entries.filter { !reportEntries.contains($0) }.sorted()
        if !others.isEmpty {
            let listed = others.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + (others.count > 3 ? " and \(others.count - 3) more" : "")
            throw .unwritable(
                path: folder.path,
                reason: "it holds \(listed), so it is not a report folder this tool wrote; choose a new folder, or empty this one")
        }
    }

    /// Puts the folder `staging` where `folder` is: renames the old folder aside, the new one
    /// in, then removes the old one.
    private static func replace(_ folder: URL, with staging: URL) throws(ReportError) {
        // In one step where the system allows (FolderSwap): a kill at any moment leaves the
        // old report or the new one, never neither.
        do {
            try FolderSwap.replace(folder, with: staging)
        } catch {
            throw .unwritable(path: folder.path, reason: error.localizedDescription)
        }
    }


    /// Writes the whole report into `folder`, which is new.
    private func writeFiles(to folder: URL, keyFile key: URL, progress: ProgressReporter) throws(ReportError) -> Output {
        let mapsFolder = folder.appendingPathComponent("maps"), tablesFolder = folder.appendingPathComponent("tables")
        for directory in [folder, mapsFolder, tablesFolder] {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw .unwritable(path: directory.path, reason: error.localizedDescription)
            }
        }

        var files: [URL] = []
        var warnings: [String] = []
        let maps = ReportMap.maps(of: report)
        let formats = [OutputFormat.svg] + mapFormats.filter { $0 != .svg }
        var rendered = RenderedMaps(formats: mapFormats)
        for (number, map) in maps.enumerated() {
            progress.step("drawing map \(number + 1) of \(maps.count) (\(map.name))")
            let renderings: [Rendering]
            do {
                renderings = try map.picture.render(report.map, formats: formats, renderer: renderer)
            } catch {
                warnings.append("the \(map.name) map could not be drawn: \(error)")
                continue
            }
            warnings += renderings.first?.warnings.map { "graphviz (\(map.name) map): \($0)" } ?? []
            rendered.svg[map.name] = renderings.first?.text
            for rendering in renderings where mapFormats.contains(rendering.format) {
                let url = mapsFolder.appendingPathComponent("\(map.name).\(rendering.format.rawValue)")
                try Self.write(rendering.data, to: url)
                files.append(url)
            }
        }

        if let earlier = report.earlier {
            progress.step("drawing the two waves with the same positions")
            do {
                let waves = try WaveMaps(before: earlier.map, after: report.map, options: MapOptions(groupColumn: report.options.groupColumn),
                                         names: (earlier.name, earlier.currentName), renderer: renderer)
                let (first, second, change) = try waves.render(formats: formats, renderer: renderer)
                rendered.svg[ChangesSection.mapName] = change.first?.text
                for (name, renderings) in [(ChangesSection.earlierMapName, first), (ChangesSection.currentMapName, second), (ChangesSection.mapName, change)] {
                    for rendering in renderings where mapFormats.contains(rendering.format) {
                        let url = mapsFolder.appendingPathComponent("\(name).\(rendering.format.rawValue)")
                        try Self.write(rendering.data, to: url)
                        files.append(url)
                    }
                }
            } catch let error as ReportError {
                throw error
            } catch {
                warnings.append("the change map could not be drawn: \(error)")
            }
        }

        progress.step("writing the page and the tables")
        let page = ReportPage(report: report, maps: maps)
        let pageURL = folder.appendingPathComponent("index.html")
        try Self.write(Data(page.html(maps: rendered).utf8), to: pageURL)
        files.insert(pageURL, at: 0)
        for table in page.sections.flatMap(\.tables) {
            let url = tablesFolder.appendingPathComponent(table.fileName)
            try Self.write(Data(table.text.utf8), to: url)
            files.append(url)
        }
        var keyURL: URL?
        if let pseudonyms = report.pseudonyms {
            try Self.write(Data(pseudonyms.keyCSV.utf8), to: key)
            keyURL = key
        }
        return Output(page: pageURL, files: files, keyFile: keyURL, warnings: warnings)
    }

    private static func write(_ data: Data, to url: URL) throws(ReportError) {
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw .unwritable(path: url.path, reason: error.localizedDescription)
        }
    }
}
