import Foundation
import InclusionMap

/// The formats a map can be read from and written to.
public enum MapFileFormat: String, CaseIterable, Sendable {
    /// A dataset folder of CSV files (actors.csv, ties.csv, …): holds everything.
    case folder
    /// InclusionMap's own JSON map (``StakeholderMap/jsonData()``): holds everything.
    case json
    /// GraphML, as NetworkX, igraph, Gephi and yEd write it.
    case graphml
    /// GEXF 1.1–1.3, as Gephi and NetworkX write it.
    case gexf
    /// Node-link JSON, as `networkx.node_link_data` writes it and D3 reads it.
    case nodeLink = "node-link"
    /// A Pajek network (`.net`, `.paj`).
    case pajek

    /// The names users type for `--to` and `--as`.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// The file extension written for the format (none for a folder).
    public var fileExtension: String? {
        switch self {
        case .folder: nil
        case .json, .nodeLink: "json"
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .pajek: "net"
        }
    }

    /// The format a file's extension names, when it names one unambiguously.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "net", "paj": self = .pajek
        default: return nil
        }
    }

    /// What the tool can read, in words, for the error on a file it cannot.
    public static let readableDescription = "a dataset folder, a JSON map (InclusionMap's or node-link), GraphML (.graphml), GEXF (.gexf) or Pajek (.net, .paj)"

    /// The format of the file or folder at `url`: a folder is a dataset folder; otherwise
    /// the extension decides (`.graphml`, `.gexf`, `.net`, `.paj`), and for `.json`, `.xml` or any
    /// other name the content does: a JSON object with `actors` is InclusionMap's map, one
    /// with `nodes` is node-link; `<graphml` is GraphML, `<gexf` GEXF; a first section `*Vertices` or
    /// `*Network` is Pajek.
    ///
    /// - Throws: ``DatasetError`` saying the file cannot be read and what was expected.
    public static func detect(_ url: URL) throws(DatasetError) -> MapFileFormat {
        var isDirectory: ObjCBool = false
        let path = url.path
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DatasetError(issues: [DatasetIssue(file: path, message: "no such file or folder; expected \(readableDescription)")])
        }
        if isDirectory.boolValue { return .folder }
        if let format = MapFileFormat(fileExtension: url.pathExtension) { return format }
        let head: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = try handle.read(upToCount: 4096) ?? Data()
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: path, message: "cannot be read: \(error.localizedDescription)")])
        }
        let text = String(decoding: head, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
        if text.hasPrefix("{") {
            // Which JSON: decided on the whole document's keys (they may come after a long list).
            guard let data = try? Data(contentsOf: url), let keys = (try? JSONSerialization.jsonObject(with: data) as? [String: Any])?.keys else {
                return .json  // the JSON reader reports what is wrong with it
            }
            return keys.contains("nodes") && !keys.contains("actors") ? .nodeLink : .json
        }
        if text.hasPrefix("<"), text.range(of: "<graphml") != nil { return .graphml }
        if text.hasPrefix("<"), text.range(of: "<gexf") != nil { return .gexf }
        let firstSection = text.split(whereSeparator: \.isNewline).first { !$0.hasPrefix("%") }?.lowercased() ?? ""
        if firstSection.hasPrefix("*vertices") || firstSection.hasPrefix("*network") { return .pajek }
        throw DatasetError(issues: [DatasetIssue(file: path, message: "cannot read \(url.lastPathComponent): expected \(readableDescription)")])
    }
}
