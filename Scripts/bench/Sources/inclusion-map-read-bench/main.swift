// Times reading one file in any format InclusionMap reads, and prints one JSON object:
//
//   inclusion-map-read-bench FILE
//
// {"seconds": …, "actors": …, "ties": …, "peak_rss_mb": …}. The read runs once (a large file
// is read once in real use); peak memory is the process's maximum resident set.
import Foundation
import InclusionMap
import InclusionMapInterchange

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: inclusion-map-read-bench FILE\n".utf8))
    exit(2)
}
let url = URL(fileURLWithPath: CommandLine.arguments[1])
let start = DispatchTime.now().uptimeNanoseconds
let check = MapFile.check(url)
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
guard let map = check.map else {
    FileHandle.standardError.write(Data((check.issues.prefix(5).map(\.description).joined(separator: "\n") + "\n").utf8))
    exit(1)
}
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let fields: [String: Any] = ["seconds": seconds, "actors": map.actors.count, "ties": map.ties.count, "peak_rss_mb": Double(usage.ru_maxrss) / 1024]
print(String(decoding: try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self))
