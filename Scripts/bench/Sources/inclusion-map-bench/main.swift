// Times InclusionMap on one dataset folder and prints one JSON object per measurement:
//
//   inclusion-map-bench FOLDER --metrics betweenness,closeness,... --threads 1,2
//
// Load (reading the CSV files into a StakeholderMap) and index building are timed once;
// each metric runs at each thread count, repeated while the repeats take under a second,
// and the fastest run is reported, as the Python peers do.
import Foundation
import InclusionMap

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func fastest(_ body: () -> Void) -> Double {
    var best = Double.infinity, spent = 0.0
    repeat {
        let time = seconds(body)
        best = min(best, time)
        spent += time
    } while spent < 1 && best < 0.2
    return best
}

@MainActor func emit(_ fields: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

/// Resident memory of this process, from /proc/self/statm (Linux), in bytes.
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    return (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE)))
}

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(i...(i + 1)) }
    return arguments[i + 1]
}
let metrics = (option("--metrics") ?? "degree,pagerank").split(separator: ",").map(String.init)
let threadCounts = (option("--threads") ?? "1").split(separator: ",").compactMap { Int($0) }
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: inclusion-map-bench FOLDER [--metrics LIST] [--threads LIST]\n".utf8))
    exit(2)
}

var map = StakeholderMap()
let load = seconds { map = try! DatasetFolder(url: URL(fileURLWithPath: path)).read() }
emit(["metric": "load", "seconds": load])

let before = residentBytes()
var index: NetworkIndex!
let build = seconds { index = NetworkIndex(map) }
let resident = residentBytes() - before
emit(["metric": "index", "seconds": build, "bytes": index.memoryFootprint, "resident_bytes": resident, "ties": index.tieCount])

// Group measures read the department column; graphs without one skip them.
let grouping = try? Grouping(index, map: map)
var sink = 0.0
for metric in metrics {
    let parallel = ["betweenness", "betweenness-1000", "closeness", "harmonic", "bridging-betweenness"].contains(metric)
    for threads in parallel ? threadCounts : [1] {
        let time = fastest {
            switch metric {
            case "degree": sink += Double(index.degrees()[0])
            case "betweenness": sink += index.betweenness(threads: threads)[0]
            case "betweenness-1000": sink += index.betweenness(pivots: Array(0..<1000), threads: threads)[0]
            case "closeness": sink += index.closeness(threads: threads)[0]
            case "harmonic": sink += index.harmonicCentrality(threads: threads)[0]
            case "eigenvector": sink += index.eigenvectorCentrality()![0]
            case "pagerank": sink += index.pageRank()![0]
            case "clustering": sink += index.clustering()[0]
            case "core": sink += Double(index.coreNumbers()[0])
            case "components": sink += Double(index.weakComponents()[0])
            case "constraint": sink += StructuralHoles(index: index).constraint[0] ?? 0
            case "brokerage": sink += Double(Brokerage(index: index, grouping: grouping!).actors[0]?.counts[5] ?? 0)
            case "bridging-betweenness": sink += index.bridgingBetweenness(grouping: grouping!, threads: threads)[0] ?? 0
            default: fatalError("unknown metric \(metric)")
            }
        }
        emit(["metric": metric, "threads": parallel ? threads : 1, "seconds": time])
    }
}
if sink.isNaN { print("") }

/// Peak resident memory of this process (VmHWM in /proc/self/status, Linux), in bytes.
func peakResidentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kilobytes * 1024
}
emit(["metric": "peak", "bytes": peakResidentBytes()])
