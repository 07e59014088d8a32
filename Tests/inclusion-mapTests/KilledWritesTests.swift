import Foundation
import Testing

/// A process killed (SIGKILL) at any moment while writing a dataset folder or a report leaves
/// the previous output or the new one at the path: never neither, never a mix.
@Suite(.serialized) struct KilledWritesTests {
    let cli = CommandLineTests()

    /// Every file under `folder` by relative path, with its bytes (a PDF by its name only: cairo
    /// stamps each with the time it was made).
    static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            files[String(url.path.dropFirst(root.path.count))] = url.pathExtension == "pdf" ? Data() : try? Data(contentsOf: url)
        }
        return files
    }

    /// Runs `arguments`, killing the process after `delay` seconds if it is still running.
    func runKilled(_ arguments: [String], after delay: Double) throws {
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(UInt32(delay * 1_000_000))
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Writes `old`, records it and what a finished write of `arguments` gives, then kills the
    /// write at several moments across its run and checks the path each time.
    func check(target: String, old: [String], new: [String]) throws {
        let start = Date()
        #expect(try cli.run(new).status == 0)
        let duration = Date().timeIntervalSince(start)
        let finished = Self.snapshot(target)
        #expect(!finished.isEmpty)
        for step in 1...6 {
            #expect(try cli.run(old).status == 0)
            let previous = Self.snapshot(target)
            try runKilled(new, after: duration * Double(step) / 6.5)
            let now = Self.snapshot(target)
            #expect(now == previous || now == finished, "killed at \(step)/6.5 of the run: the folder is neither the old output nor the new")
        }
    }

    @Test func aKilledConvertLeavesTheOldFolderOrTheNewOne() throws {
        let target = try cli.scratchFolder([:]) + "/map"
        try check(target: target,
                  old: ["convert", cli.dataset("rivertown"), "--to", "folder", "--out", target],
                  new: ["convert", cli.dataset("lazega-lawfirm"), "--to", "folder", "--out", target])
    }

    @Test func aKilledReportLeavesTheOldReportOrTheNewOne() throws {
        let target = try cli.scratchFolder([:]) + "/report"
        try check(target: target,
                  old: ["report", cli.dataset("krackhardt-hightech"), "--out", target, "--permutations", "99", "--resamples", "5", "--ego-maps", "0"],
                  new: ["report", "--out", target, "--permutations", "99", "--resamples", "5", "--ego-maps", "1"])
    }
}
