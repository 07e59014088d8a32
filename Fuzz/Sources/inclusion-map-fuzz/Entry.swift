import Foundation

/// libFuzzer's set-up hook: with `INCLUSIONMAP_FUZZ_SEEDS=DIR` (and `INCLUSIONMAP_ROOT`, the
/// repository) it writes the selected harness's seed corpus into DIR and exits.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    let environment = ProcessInfo.processInfo.environment
    let harness = Harness.selected
    if let corpus = environment["INCLUSIONMAP_FUZZ_SEEDS"] {
        let root = URL(fileURLWithPath: environment["INCLUSIONMAP_ROOT"] ?? FileManager.default.currentDirectoryPath)
        do {
            try Seeds.write(harness, root: root, into: URL(fileURLWithPath: corpus))
            exit(0)
        } catch {
            FileHandle.standardError.write(Data("cannot write seeds: \(error)\n".utf8))
            exit(1)
        }
    }
    return 0
}

/// libFuzzer's entry point: one input, one run of the selected reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    Harness.selected.run(data)
    return 0
}

/// libFuzzer's driver, which the fuzzer runtime exports for programs that have their own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
) -> CInt

/// The program's entry point under SwiftPM (which names an executable's `main` after its
/// module): hand over to libFuzzer's driver, which calls ``fuzzInitialize(_:_:)`` first.
@_cdecl("inclusion_map_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return withUnsafeMutablePointer(to: &count) { countPointer in
        withUnsafeMutablePointer(to: &arguments) { argumentsPointer in
            runFuzzerDriver(countPointer, argumentsPointer) { fuzzOneInput($0, $1) }
        }
    }
}
