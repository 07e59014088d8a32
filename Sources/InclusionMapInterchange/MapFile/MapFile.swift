import Foundation
import InclusionMap

/// Reads and writes a map in any ``MapFileFormat``: what the command line uses for every
/// PATH, and for `convert`.
///
/// Nothing downstream knows which format a map came from: every reader gives a
/// `StakeholderMap` and the warnings about what it could not hold, every writer the bytes
/// and the `ConversionLoss`es.
public enum MapFile {
    /// Reads the file or folder at `url`, in `format` or else the one
    /// ``MapFileFormat/detect(_:)`` finds: the map when it loads, and every problem, positioned.
    /// `progress` is told how a dataset folder's reading goes (`DatasetFolder.check(progress:)`).
    public static func check(
        _ url: URL, as format: MapFileFormat? = nil, options: ReadingOptions = ReadingOptions(),
        progress: ProgressReporter = .silent
    ) -> DatasetCheck {
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
        let name = url.path
        func contents(_ url: URL) throws(DatasetError) -> Data {
            do {
                return try Data(contentsOf: url)
            } catch {
                throw DatasetError(issues: [DatasetIssue(file: url.path, message: "cannot be read: \(error.localizedDescription)")])
            }
        }
        do {
            switch chosen {
            case .folder:
                return DatasetFolder(url: url, options: options).check(progress: progress)
            case .gephi:
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
                guard let tables = isDirectory.boolValue ? GephiTables(folder: url) : GephiTables(edgesFile: url) else {
                    return DatasetCheck(map: nil, issues: [DatasetIssue(file: name, message: "no Gephi tables here; expected edges.csv (and nodes.csv)")])
                }
                var nodes: (data: Data, fileName: String)?
                if let file = tables.nodes { nodes = (try contents(file), file.path) }
                let (map, warnings) = try GephiCSV.read(nodes: nodes, edges: (try contents(tables.edges), tables.edges.path))
                return DatasetCheck(map: map, issues: warnings)
            case .pajek:
                var result = check(try contents(url), as: .pajek, fileName: name, options: options)
                // A partition beside the network (NAME.clu) becomes the actor column `partition`.
                let partition = url.deletingPathExtension().appendingPathExtension("clu")
                if let map = result.map, FileManager.default.fileExists(atPath: partition.path) {
                    let values = try PajekPartition.read(try options.encoding.decode(try contents(partition), fileName: partition.path), fileName: partition.path)
                    result.map = try PajekPartition.applied(values, to: map, fileName: partition.path)
                }
                return result
            default:
                return check(try contents(url), as: chosen, fileName: name, options: options)
            }
        } catch {
            return DatasetCheck(map: nil, issues: error.issues)
        }
    }

    /// Reads a map held in memory: `data`, the bytes of one file in `format`, named
    /// `fileName` in every problem. For the formats of several files (``MapFileFormat/folder``,
    /// ``MapFileFormat/gephi``) use ``check(_:as:options:progress:)`` on their folder.
    public static func check(_ data: Data, as format: MapFileFormat, fileName: String, options: ReadingOptions = ReadingOptions()) -> DatasetCheck {
        do {
            switch format {
            case .folder, .gephi:
                return DatasetCheck(map: nil, issues: [DatasetIssue(file: fileName, message: "a \(format.rawValue) is a folder of files, not one file; read its folder")])
            case .json:
                return DatasetCheck(map: try StakeholderMap(jsonData: data, fileName: fileName), issues: [])
            case .graphml:
                let (map, warnings) = try GraphMLReader(fileName: fileName).read(data)
                return DatasetCheck(map: map, issues: warnings)
            case .gexf:
                let (map, warnings) = try GEXFReader(fileName: fileName).read(data)
                return DatasetCheck(map: map, issues: warnings)
            case .gml:
                let (map, warnings) = try GMLReader(fileName: fileName).read(try options.encoding.decode(data, fileName: fileName))
                return DatasetCheck(map: map, issues: warnings)
            case .ncol, .lgl:
                let text = try options.encoding.decode(data, fileName: fileName)
                return DatasetCheck(map: try LargeGraphLayout.read(text, format: format == .ncol ? .ncol : .lgl, fileName: fileName), issues: [])
            case .nodeLink:
                let (map, warnings) = try NodeLinkJSON.read(data, fileName: fileName)
                return DatasetCheck(map: map, issues: warnings)
            case .pajek:
                let (map, warnings) = try PajekReader(fileName: fileName, network: options.network).read(try options.encoding.decode(data, fileName: fileName))
                return DatasetCheck(map: map, issues: warnings)
            case .ucinet, .ucinetEdgeList:
                return DatasetCheck(map: try UCINETDL.read(try options.encoding.decode(data, fileName: fileName), fileName: fileName), issues: [])
            case .gephiSpreadsheet:
                if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                    let workbook = try Workbook(data: data, fileName: fileName) { position, _ in position == 0 }
                    return DatasetCheck(map: try GephiSpreadsheet.read(workbook, fileName: fileName), issues: [])
                }
                return DatasetCheck(map: try GephiSpreadsheet.read(try options.encoding.decode(data, fileName: fileName), fileName: fileName), issues: [])
            case .vna:
                let (map, warnings) = try NetDrawVNA.read(try options.encoding.decode(data, fileName: fileName), fileName: fileName)
                return DatasetCheck(map: map, issues: warnings)
            case .matrix:
                return DatasetCheck(map: try MatrixCSV.read(data, fileName: fileName), issues: [])
            case .xlsx:
                return DatasetWorkbook.check(data, fileName: fileName, options: options)
            case .kumu:
                let (map, warnings) = try Kumu.readJSON(data, fileName: fileName)
                return DatasetCheck(map: map, issues: warnings)
            case .kumuWorkbook:
                let workbook = try Workbook(data: data, fileName: fileName) { _, name in ["elements", "connections"].contains(name.lowercased()) }
                let (map, warnings) = try Kumu.read(workbook, fileName: fileName)
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

    /// `map` in a one-file `format` (for ``MapFileFormat/folder`` and ``MapFileFormat/gephi``
    /// use ``write(_:to:as:)``), and what the format could not hold.
    public static func converted(_ map: StakeholderMap, to format: MapFileFormat) -> ConvertedMap {
        switch format {
        case .folder, .json: ConvertedMap(data: map.jsonData(), losses: [])
        case .gephi:
            ConvertedMap(data: GephiCSV.write(map).edges, losses: GephiCSV.write(map).losses)
        case .graphml: GraphMLWriter().write(map)
        case .gexf: GEXFWriter().write(map)
        case .gml: GMLWriter().write(map)
        case .ncol: LargeGraphLayout.write(map, format: .ncol)
        case .lgl: LargeGraphLayout.write(map, format: .lgl)
        case .nodeLink: NodeLinkJSON.write(map)
        case .pajek: PajekWriter().write(map)
        case .ucinet: UCINETDL.write(map)
        case .ucinetEdgeList: UCINETDL.writeEdgeList(map)
        case .vna: NetDrawVNA.write(map)
        case .gephiSpreadsheet: GephiSpreadsheet.write(map)
        case .matrix: MatrixCSV.write(map)
        case .xlsx: ConvertedMap(data: DatasetWorkbook.write(map), losses: [])
        case .kumu: Kumu.writeJSON(map)
        case .kumuWorkbook: Kumu.writeWorkbook(map)
        }
    }

    /// Writes `map` to `url` in `format`: a folder for ``MapFileFormat/folder`` and
    /// ``MapFileFormat/gephi`` (nodes.csv and edges.csv), otherwise one file, written atomically.
    ///
    /// - Returns: what the format could not hold.
    /// - Throws: `DatasetError` naming what could not be written.
    @discardableResult
    public static func write(_ map: StakeholderMap, to url: URL, as format: MapFileFormat) throws(DatasetError) -> [ConversionLoss] {
        func save(_ data: Data, _ url: URL) throws(DatasetError) {
            do {
                try data.write(to: url, options: .atomic)
            } catch {
                throw DatasetError(issues: [DatasetIssue(file: url.path, message: "cannot be written: \(error.localizedDescription)")])
            }
        }
        switch format {
        case .folder:
            try DatasetFolder.write(map, to: url)
            return []
        case .gephi:
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw DatasetError(issues: [DatasetIssue(file: url.path, message: "cannot create folder: \(error.localizedDescription)")])
            }
            let tables = GephiCSV.write(map)
            try save(tables.nodes, url.appendingPathComponent(GephiCSV.nodesFileName))
            try save(tables.edges, url.appendingPathComponent(GephiCSV.edgesFileName))
            return tables.losses
        default:
            let converted = converted(map, to: format)
            try save(converted.data, url)
            return converted.losses
        }
    }
}
