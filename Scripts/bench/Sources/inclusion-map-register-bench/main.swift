// Times the register against reading the dataset folder it stores, in one process, and
// prints one JSON object:
//
//   inclusion-map-register-bench FOLDER SCRATCH
//
// {"read_folder": s, "store_wave": s, "add_wave": s, "read_wave": s, "actors": n, "ties": n}
//   read_folder  DatasetFolder.read: the CSV files parsed and checked into a map
//   store_wave   Register.addWave(map:): the map written as one new wave (one transaction)
//   add_wave     Register.addWave(reading:): the folder read and stored, as `register add` does
//   read_wave    Register.map(ofWave:): the wave read back into a map, checked as on reading
// SCRATCH is a folder for the registers; each step gets a new one.
import Foundation
import InclusionMap
import InclusionMapRegister

guard CommandLine.arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: inclusion-map-register-bench FOLDER SCRATCH\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: CommandLine.arguments[1])
let scratch = URL(fileURLWithPath: CommandLine.arguments[2])

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func newRegister(_ name: String) throws -> Register {
    let url = scratch.appendingPathComponent(name)
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
    return try Register.create(at: url)
}

do {
    var map = StakeholderMap()
    let readFolder = try seconds { map = try DatasetFolder(url: folder).read() }
    let stored = try newRegister("store.sqlite")
    let storeWave = try seconds { try stored.addWave("1", map: map) }
    let added = try newRegister("add.sqlite")
    let addWave = try seconds { try added.addWave("1", reading: folder) }
    var back = StakeholderMap()
    let readWave = try seconds { back = try stored.map(ofWave: "1") }
    guard back == map else {
        FileHandle.standardError.write(Data("the wave read back differs from the folder\n".utf8))
        exit(1)
    }
    let fields: [String: Any] = [
        "read_folder": readFolder, "store_wave": storeWave, "add_wave": addWave, "read_wave": readWave,
        "actors": map.actors.count, "ties": map.ties.count,
    ]
    print(String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
