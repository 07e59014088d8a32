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
/// Files of the same names are replaced; nothing else in the folder is touched.
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
    ///   - folder: created when missing.
    ///   - keyFile: where the pseudonym key goes; by default ``defaultKeyFile(for:)``. It may
    ///     not be inside `folder`.
    ///   - progress: called with a few words before each long step.
    /// - Throws: ``ReportError/unwritable(path:reason:)`` when a file cannot be written,
    ///   ``ReportError/invalidOption(name:value:expected:)`` for a key file inside the folder.
    @discardableResult
    public func write(to folder: URL, keyFile: URL? = nil, progress: (String) -> Void = { _ in }) throws(ReportError) -> Output {
        let folder = folder.standardizedFileURL
        let key = (keyFile ?? Self.defaultKeyFile(for: folder)).standardizedFileURL
        if report.pseudonymises, key.path.hasPrefix(folder.path + "/") {
            throw .invalidOption(name: "key file", value: key.path, expected: "a place outside the report folder, so the folder can be shared without it")
        }
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
            progress("drawing map \(number + 1) of \(maps.count) (\(map.name))")
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

        progress("writing the page and the tables")
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
