import Foundation
import InclusionMap
import InclusionMapInterchange
import InclusionMapRegister

/// One reader under the fuzzer. Each takes the fuzzer's bytes as one file (or, for the
/// two-file and five-file formats, as files cut at ``Harness/fileBreak``), must return or
/// throw a ``DatasetError`` — never crash, hang or run away with memory — and, when it reads
/// a map, a writer (one per input, chosen by its length, so every writer is exercised
/// without slowing each run twelvefold) must then write that map without crashing.
enum Harness: String, CaseIterable {
    case csv, folder, json, pajek, ucinet, matrix, gephi
    case nodeLink = "node-link"
    case graphml, gexf, gml, ncol, lgl, vna, xlsx, kumu
    case gephiSpreadsheet = "gephi-spreadsheet"
    case kumuWorkbook = "kumu-xlsx"
    /// A register file: opened, checked, and every wave, its history and consent read.
    case register

    /// The line that separates one file from the next in a multi-file input.
    static let fileBreak = Data("\n#--next-file--\n".utf8)

    /// The harness named by the environment variable `INCLUSIONMAP_FUZZ` (Scripts/fuzz sets it).
    static let selected: Harness = {
        let name = ProcessInfo.processInfo.environment["INCLUSIONMAP_FUZZ"] ?? ""
        guard let harness = Harness(rawValue: name) else {
            let names = Harness.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("set INCLUSIONMAP_FUZZ to one of: \(names)\n".utf8))
            exit(2)
        }
        return harness
    }()

    /// Runs the reader on `data`; a map it reads goes through every writer.
    func run(_ data: Data) {
        var map: StakeholderMap?
        do throws(DatasetError) {
            switch self {
            case .csv:
                _ = try CSVRecords.read(data, fileName: "fuzz.csv", unprefixing: true)
            case .folder:
                var sheets: [DatasetFile: [(line: Int, fields: [String])]] = [:]
                for (file, part) in zip(DatasetFile.allCases, Self.parts(of: data)) {
                    sheets[file] = try CSVRecords.read(part, fileName: file.fileName, unprefixing: true)
                }
                map = DatasetFolder.check(sheets: sheets) { DatasetIssue(file: $0.fileName, message: "missing") }.map
            case .pajek:
                let parts = Self.parts(of: data)
                var read = MapFile.check(parts[0], as: .pajek, fileName: "fuzz.net").map
                if let network = read, parts.count > 1 {
                    let values = try PajekPartition.read(String(decoding: parts[1], as: UTF8.self), fileName: "fuzz.clu")
                    read = try PajekPartition.applied(values, to: network, fileName: "fuzz.clu")
                }
                map = read
            case .register:
                map = Self.readRegister(data)
            case .gephi:
                let parts = Self.parts(of: data)
                let nodes = parts.count > 1 ? (data: parts[0], fileName: "nodes.csv") : nil
                map = try GephiCSV.read(nodes: nodes, edges: (parts[parts.count > 1 ? 1 : 0], "edges.csv")).map
            default:
                let format = MapFileFormat(rawValue: rawValue)!
                let result = MapFile.check(data, as: format, fileName: "fuzz.\(format.fileExtension ?? "data")")
                precondition(result.map != nil || result.issues.contains { $0.severity == .error }, "no map and no error")
                map = result.map
            }
        } catch {
            // A positioned refusal is the right answer to most fuzzed input.
            precondition(!error.issues.isEmpty, "a DatasetError with no issue")
        }
        guard let map else { return }
        let formats = MapFileFormat.allCases.filter { $0 != .folder && $0 != .gephi }
        let choice = data.count % (formats.count + 1)
        if choice < formats.count {
            _ = MapFile.converted(map, to: formats[choice])
        } else {
            _ = GephiCSV.write(map)
        }
    }

    /// Where the register harness puts the fuzzer's bytes: SQLite reads a file, not memory.
    static let registerFile = FileManager.default.temporaryDirectory.appendingPathComponent("inclusion-map-fuzz-\(getpid()).sqlite")

    /// Opens `data` as a register and reads all of it; the last wave read, if any. Every
    /// refusal must be a `RegisterError`; the file and its journal are removed after.
    static func readRegister(_ data: Data) -> StakeholderMap? {
        let files = ["", "-wal", "-shm", "-journal"].map { registerFile.path + $0 }
        defer { for file in files { try? FileManager.default.removeItem(atPath: file) } }
        for file in files { try? FileManager.default.removeItem(atPath: file) }
        guard (try? data.write(to: registerFile)) != nil else { return nil }
        var last: StakeholderMap?
        do throws(RegisterError) {
            let register = try Register(opening: registerFile)
            _ = try register.consentScope()
            _ = try register.history()
            for wave in try register.waves() {
                last = try register.map(ofWave: wave.id)
            }
            _ = try register.check()
        } catch {
            precondition(!error.message.isEmpty, "a RegisterError with no words")
        }
        return last
    }

    /// `data` cut at every ``fileBreak``.
    static func parts(of data: Data) -> [Data] {
        var parts: [Data] = []
        var rest = data[...]
        while let found = rest.range(of: fileBreak) {
            parts.append(Data(rest[..<found.lowerBound]))
            rest = rest[found.upperBound...]
        }
        parts.append(Data(rest))
        return parts
    }
}
