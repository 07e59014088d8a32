import Foundation
import InclusionMap

/// The formats a map can be read from and written to.
public enum MapFileFormat: String, CaseIterable, Sendable {
    /// A dataset folder of CSV files (actors.csv, ties.csv, …): holds everything.
    case folder
    /// InclusionMap's own JSON map (`StakeholderMap.jsonData()`): holds everything.
    case json
    /// GraphML, as NetworkX, igraph, Gephi and yEd write it.
    case graphml
    /// GEXF 1.1–1.3, as Gephi and NetworkX write it.
    case gexf
    /// GML, as NetworkX, igraph, Gephi and Cytoscape write it.
    case gml
    /// NCOL: one undirected tie per line, `name1 name2 [weight]` (Large Graph Layout, igraph).
    case ncol
    /// LGL: `# name` blocks of neighbours (Large Graph Layout, igraph).
    case lgl
    /// Gephi's Data Laboratory tables: a folder of nodes.csv and edges.csv, or an edges table
    /// alone.
    case gephi
    /// Node-link JSON, as `networkx.node_link_data` writes it and D3 reads it.
    case nodeLink = "node-link"
    /// A Pajek network (`.net`, `.paj`).
    case pajek
    /// UCINET DL, `format=fullmatrix` (one matrix per relation) when written.
    case ucinet
    /// UCINET DL, `format=edgelist1` with labels embedded (write; read as ``ucinet``).
    case ucinetEdgeList = "ucinet-edgelist"
    /// Gephi's adjacency list or matrix (File › Import spreadsheet), `;`, tab or `|`
    /// separated, or an Excel workbook's first sheet; written as an adjacency list.
    case gephiSpreadsheet = "gephi-spreadsheet"
    /// NetDraw's VNA: *Node data and *Tie data sections (UCINET's NetDraw).
    case vna
    /// An adjacency matrix as CSV: ids in the first row and column, weights in the cells.
    case matrix
    /// An Excel workbook of the dataset: one sheet per dataset file.
    case xlsx
    /// Kumu's JSON blueprint (elements and connections).
    case kumu
    /// Kumu's spreadsheet: an Excel workbook with Elements and Connections sheets.
    case kumuWorkbook = "kumu-xlsx"

    /// The names users type for `--to`.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// The file extension written for the format (none for a folder).
    public var fileExtension: String? {
        switch self {
        case .folder, .gephi: nil
        case .json, .nodeLink: "json"
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .gml: "gml"
        case .ncol: "ncol"
        case .lgl: "lgl"
        case .pajek: "net"
        case .ucinet, .ucinetEdgeList: "dl"
        case .vna: "vna"
        case .gephiSpreadsheet: "csv"
        case .matrix: "csv"
        case .xlsx, .kumuWorkbook: "xlsx"
        case .kumu: "json"
        }
    }

    /// Whether the format is written as a folder.
    public var isFolder: Bool { self == .folder || self == .gephi }

    /// The format a file's extension names, when it names one unambiguously.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "gml": self = .gml
        case "ncol": self = .ncol
        case "lgl": self = .lgl
        case "net", "paj": self = .pajek
        case "dl": self = .ucinet
        case "vna": self = .vna
        default: return nil
        }
    }

    /// What the tool can read, in words, for the error on a file it cannot.
    public static let readableDescription = "a dataset folder, a JSON map (InclusionMap's or node-link), GraphML (.graphml), GEXF (.gexf), GML (.gml), NCOL (.ncol), LGL (.lgl), Pajek (.net, .paj), UCINET DL (.dl), NetDraw VNA (.vna), Gephi's node and edge tables, adjacency list or matrix, an adjacency matrix (.csv), an Excel workbook (.xlsx) or Kumu's JSON or workbook"

    /// The format of the file or folder at `url`.
    ///
    /// - A folder is a dataset folder, unless it holds Gephi's tables: `nodes.csv` and
    ///   `edges.csv` (any case) and no `actors.csv`, or an `actors.csv` and `ties.csv` whose
    ///   headers are Gephi's (`Label` without `name`, or `Type` without `directed`).
    /// - A file: `.graphml`, `.gexf`, `.gml`, `.ncol`, `.lgl`, `.net`/`.paj`, `.dl` and `.vna` name their formats. Otherwise
    ///   the content decides: a JSON object with `actors` is InclusionMap's map, with `nodes`
    ///   node-link, with `elements` Kumu's blueprint; a zip is an Excel workbook, Kumu's when
    ///   it has Elements and Connections sheets and no actors sheet; `<graphml` is GraphML, `<gexf` GEXF; a first section
    ///   `*Vertices` or `*Network` is Pajek; `dl` first is UCINET DL; `*Node data` or `*Tie data` first is VNA; a first key `graph`,
    ///   `Creator` or `Version` followed by `[` (or a value) is GML; a CSV whose header has
    ///   `Source` and `Target` is Gephi's edges table, and one whose first column repeats its
    ///   header's labels is an adjacency matrix; a text of `;`, tab or `|` separated names is
    ///   Gephi's adjacency list or matrix, as is a workbook with no dataset or Kumu sheet.
    ///
    /// - Throws: `DatasetError` saying the file cannot be read and what was expected.
    public static func detect(_ url: URL) throws(DatasetError) -> MapFileFormat {
        var isDirectory: ObjCBool = false
        let path = url.path
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DatasetError(issues: [DatasetIssue(file: path, message: "no such file or folder; expected \(readableDescription)")])
        }
        if isDirectory.boolValue { return GephiTables(folder: url) != nil ? .gephi : .folder }
        if let format = MapFileFormat(fileExtension: url.pathExtension) { return format }
        // .json and .xlsx name more than one format: the content tells which.
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: path, message: "cannot be read: \(error.localizedDescription)")])
        }
        // A UTF-16 file (byte-order mark first) is told apart by its text, as a UTF-8 one.
        let opening = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
            ? ((try? TextEncoding.utf8.decode(data.prefix(8192), fileName: path)) ?? "")
            : String(decoding: data.prefix(4096), as: UTF8.self)
        let head = opening.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
        if head.hasPrefix("{") {
            // Which JSON: decided on the whole document's keys (they may come after a long list).
            let keys = JSONTopLevelKeys.keys(in: data)
            if keys.contains("actors") { return .json }
            if keys.contains("nodes") { return .nodeLink }
            if keys.contains(where: { $0.lowercased() == "elements" }) { return .kumu }
            return .json
        }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // A zip: an Excel workbook, Kumu's when it has Elements and Connections sheets.
            let sheets = Set(try Workbook.sheetNames(in: data, fileName: path).map { $0.lowercased() })
            if sheets.contains("elements") && !sheets.contains("actors") { return .kumuWorkbook }
            // Neither a dataset nor Kumu's: Gephi's spreadsheet on its first sheet.
            return DatasetFile.allCases.contains { sheets.contains($0.sheetName) } ? .xlsx : .gephiSpreadsheet
        }
        if head.hasPrefix("<"), head.range(of: "<graphml") != nil { return .graphml }
        if head.hasPrefix("<"), head.range(of: "<gexf") != nil { return .gexf }
        let firstLine = head.split(whereSeparator: \.isNewline).first { !$0.hasPrefix("%") }?.lowercased() ?? ""
        if firstLine.hasPrefix("*vertices") || firstLine.hasPrefix("*network") { return .pajek }
        if firstLine.hasPrefix("dl ") || firstLine == "dl" { return .ucinet }
        if GMLDocument.looksLikeGML(head) { return .gml }
        if NetDrawVNA.looksLikeVNA(head) { return .vna }
        let header = GephiCSV.header(of: data)
        if GephiCSV.isEdgesHeader(header) { return .gephi }
        if MatrixCSV.looksLikeMatrix(data) { return .matrix }
        if GephiSpreadsheet.looksLikeSpreadsheet(head) { return .gephiSpreadsheet }
        // One file of a dataset folder given on its own: say to give the folder.
        if DatasetFile.allCases.contains(where: { $0.fileName == url.lastPathComponent }) {
            let folder = url.deletingLastPathComponent().path
            throw DatasetError(issues: [DatasetIssue(
                file: path, message: "\(url.lastPathComponent) is one file of a dataset folder; give the folder itself (\(folder)) to read the whole map")])
        }
        throw DatasetError(issues: [DatasetIssue(file: path, message: "cannot read \(url.lastPathComponent): expected \(readableDescription)")])
    }
}

/// The two tables of a Gephi export found in a folder.
struct GephiTables {
    var nodes: URL?
    var edges: URL

    /// Gephi's tables in `folder`, if it holds them rather than a dataset folder.
    init?(folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        func file(_ wanted: String) -> URL? {
            names.first { $0.lowercased() == wanted }.map { folder.appendingPathComponent($0) }
        }
        if let actors = file("actors.csv"), let ties = file("ties.csv") {
            let actorHeader = Set(GephiCSV.header(of: Self.opening(of: actors)).map { $0.lowercased() })
            let tieHeader = Set(GephiCSV.header(of: Self.opening(of: ties)).map { $0.lowercased() })
            let gephiLike = (actorHeader.contains("label") && !actorHeader.contains("name"))
                || (tieHeader.contains("type") && !tieHeader.contains("directed"))
            guard gephiLike else { return nil }
            nodes = actors
            edges = ties
            return
        }
        guard file("actors.csv") == nil, let edges = file("edges.csv") else { return nil }
        self.edges = edges
        nodes = file("nodes.csv")
    }

    /// The first 64 KiB of a file, enough for its header line: telling the two kinds of folder
    /// apart must not read a whole `ties.csv` of millions of rows.
    private static func opening(of url: URL) -> Data {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return Data() }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 1 << 16)) ?? Data()
    }

    /// The tables named in a Gephi edges file's folder: the file itself, and a nodes table
    /// beside it when there is one (`nodes.csv`, or the same name with `edges` → `nodes`).
    init(edgesFile: URL) {
        edges = edgesFile
        let folder = edgesFile.deletingLastPathComponent()
        let name = edgesFile.lastPathComponent
        let candidates = [name.replacingOccurrences(of: "edges", with: "nodes"), name.replacingOccurrences(of: "Edges", with: "Nodes"), "nodes.csv", "Nodes.csv"]
        nodes = candidates.filter { $0 != name }.map { folder.appendingPathComponent($0) }.first { FileManager.default.fileExists(atPath: $0.path) }
    }
}
