import Foundation
import InclusionMap
import InclusionMapRegister
import Testing

// The README's register example, verbatim, so that it keeps compiling.
func keepTwoWaves(of waves: URL, in folder: URL) throws -> [String] {
    // waves: Datasets/rivertown-waves, which holds wave-1 and wave-2.
    let register = try Register.create(at: folder.appendingPathComponent("programme.sqlite"))
    try register.addWave("2024", reading: waves.appendingPathComponent("wave-1"))
    try register.addWave("2025", reading: waves.appendingPathComponent("wave-2"))
    var latest = try register.map()  // the latest wave
    let changes = try WaveComparison(before: try register.map(ofWave: "2024"), after: latest)

    // Checked edits, saved as the wave's next revision with a change log.
    try latest.addTie(Tie(source: "eh07", target: "ho02"))
    try register.saveRevision(latest, ofWave: "2025", note: "a tie the survey missed")
    return changes.engagedBrokers  // ["eh07"]
}

@Suite struct ReadmeRegisterExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func exampleRunsAndSaysWhatTheREADMEPromises() throws {
        let folder = RegisterTests.scratch()
        // The story planted in wave 2 (Datasets/rivertown-waves/README.md): eh07 now attends.
        #expect(try keepTwoWaves(of: Self.root.appendingPathComponent("Datasets/rivertown-waves"), in: folder) == ["eh07"])
        let register = try Register(opening: folder.appendingPathComponent("programme.sqlite"))
        #expect(try register.wave("2025").revision == 2)
        #expect(try register.history(ofWave: "2025").last?.changes == [RegisterChange(kind: .added, record: .tie, key: "tie: eh07–ho02", detail: "added")])
    }

    @Test func readmeHoldsTheSameExample() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let start = source.range(of: "func keepTwoWaves")!.lowerBound
        let end = source.range(of: "\n}\n", range: start..<source.endIndex)!.upperBound
        #expect(readme.contains(source[start..<end]))
    }
}
