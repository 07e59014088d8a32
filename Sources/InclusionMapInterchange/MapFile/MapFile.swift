import Foundation
import InclusionMap

/// Reads and writes a map in any ``MapFileFormat``: what the command line uses for every
/// PATH, and for `convert`.
///
/// Nothing downstream knows which format a map came from: every reader gives a
/// ``StakeholderMap`` and the warnings about what it could not hold, every writer the bytes
/// and the ``ConversionLoss``es.
public enum MapFile {
    /// Reads the file or folder at `url`, in `format` or else the one
    /// ``MapFileFormat/detect(_:)`` finds: the map when it loads, and every problem, positioned.
    public static func check(_ url: URL, as format: MapFileFormat? = nil, options: ReadingOptions = ReadingOptions()) -> DatasetCheck {
        let chosen: MapFileFormat
        if let format {
            chosen = format
        } else {
            do {
                chosen = try MapFileFormat.detect(url)
            } catch {
                return DatasetCheck(map: nil, issues: error.issues)
            }
        }
        if chosen == .folder { return DatasetFolder(url: url, options: options).check() }
        let name = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return DatasetCheck(map: nil, issues: [DatasetIssue(file: name, message: "cannot be read: \(error.localizedDescription)")])
        }
        do {
            switch chosen {
            case .folder:
                preconditionFailure("handled above")
            case .json:
                return DatasetCheck(map: try StakeholderMap(jsonData: data, fileName: name), issues: [])
            case .graphml:
                let (map, warnings) = try GraphMLReader(fileName: name).read(data)
                return DatasetCheck(map: map, issues: warnings)
            case .gexf:
                let (map, warnings) = try GEXFReader(fileName: name).read(data)
                return DatasetCheck(map: map, issues: warnings)
            case .nodeLink:
                let (map, warnings) = try NodeLinkJSON.read(data, fileName: name)
                return DatasetCheck(map: map, issues: warnings)
            case .pajek:
                let (map, warnings) = try PajekReader(fileName: name).read(String(decoding: data, as: UTF8.self))
                return DatasetCheck(map: map, issues: warnings)
            }
        } catch {
            return DatasetCheck(map: nil, issues: error.issues)
        }
    }

    /// Reads the map at `url`, or throws every problem.
    public static func read(_ url: URL, as format: MapFileFormat? = nil, options: ReadingOptions = ReadingOptions()) throws(DatasetError) -> StakeholderMap {
        let result = check(url, as: format, options: options)
        guard let map = result.map else { throw DatasetError(issues: result.issues) }
        return map
    }

    /// `map` in `format` (not ``MapFileFormat/folder``: see ``DatasetFolder/files(for:)``),
    /// and what the format could not hold.
    public static func converted(_ map: StakeholderMap, to format: MapFileFormat) -> ConvertedMap {
        switch format {
        case .folder, .json: ConvertedMap(data: map.jsonData(), losses: [])
        case .graphml: GraphMLWriter().write(map)
        case .gexf: GEXFWriter().write(map)
        case .nodeLink: NodeLinkJSON.write(map)
        case .pajek: PajekWriter().write(map)
        }
    }

    /// Writes `map` to `url` in `format`: a dataset folder, or one file written atomically.
    ///
    /// - Returns: what the format could not hold.
    /// - Throws: ``DatasetError`` naming what could not be written.
    @discardableResult
    public static func write(_ map: StakeholderMap, to url: URL, as format: MapFileFormat) throws(DatasetError) -> [ConversionLoss] {
        if format == .folder {
            try DatasetFolder.write(map, to: url)
            return []
        }
        let converted = converted(map, to: format)
        do {
            try converted.data.write(to: url, options: .atomic)
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: url.path, message: "cannot be written: \(error.localizedDescription)")])
        }
        return converted.losses
    }
}
