import Foundation
import Testing

/// A person who withdraws consent in a later wave is withheld in every output of the register,
/// for every wave, under one code (issue 32, defects 1–3), as a user meets it on the command line.
extension CommandLineTests {
    /// The two Rivertown waves in a register, with pi03 (Ravi Chandran, the fourth-ranked
    /// broker of wave 1) withdrawing consent in wave 2.
    func registerWithAWithdrawal() throws -> (file: String, scratch: String) {
        let scratch = try scratchFolder([:])
        let waveTwo = scratch + "/wave-2"
        try FileManager.default.copyItem(atPath: dataset("rivertown-waves") + "/wave-2", toPath: waveTwo)
        let actors = try String(contentsOfFile: waveTwo + "/actors.csv", encoding: .utf8)
        let withdrawn = actors.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("pi03,") ? line.replacingOccurrences(of: ",true,", with: ",false,") : String(line)
        }.joined(separator: "\n")
        #expect(withdrawn != actors)
        try withdrawn.write(toFile: waveTwo + "/actors.csv", atomically: true, encoding: .utf8)
        let file = scratch + "/r.sqlite"
        #expect(try run(["register", "init", file]).status == 0)
        #expect(try run(["register", "add", file, dataset("rivertown-waves") + "/wave-1", "--wave", "1"]).status == 0)
        #expect(try run(["register", "add", file, waveTwo, "--wave", "2"]).status == 0)
        return (file, scratch)
    }

    /// The withheld codes a text shows.
    func codes(in text: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: "withheld-[0-9a-f]+")
        return Set(pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range, in: text)!]) })
    }

    @Test func aWithdrawalHidesThePersonInEveryWaveAndCommand() throws {
        let (file, scratch) = try registerWithAWithdrawal()
        var everything = ""
        // Every actor of each wave: pa07, pa09 (never consented) and pi03 (withdrew) coded.
        let first = try run(["metrics", file, "--wave", "1", "--format", "csv"])
        let second = try run(["metrics", file, "--wave", "2", "--format", "csv"])
        #expect(first.status == 0 && second.status == 0)
        #expect(codes(in: first.output).count == 3)
        #expect(codes(in: first.output) == codes(in: second.output))
        everything += first.output + second.output
        // The broker compare named before (`broker pi03 rank 4 → 3`) is a code of the same set.
        let compare = try run(["compare", file, "--maps", scratch + "/maps"])
        #expect(compare.status == 0, "\(compare.errors)")
        #expect(!codes(in: compare.output).isEmpty)
        #expect(codes(in: compare.output).isSubset(of: codes(in: first.output)))
        everything += compare.output + compare.errors
        for arguments in [["brokers", file, "--wave", "1"], ["brokers", file, "--wave", "1", "--format", "json"], ["audit", file, "--wave", "1"],
                          ["compare", file, "--format", "json"], ["compare", file, "--missing", "respondents"]] {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.errors)")
            #expect(codes(in: result.output).isSubset(of: codes(in: first.output)), "\(arguments)")
            everything += result.output + result.errors
        }
        let converted = scratch + "/wave-1.json"
        #expect(try run(["convert", file, "--wave", "1", "--to", "json", "--out", converted]).status == 0)
        everything += try String(contentsOfFile: converted, encoding: .utf8)
        for map in try FileManager.default.contentsOfDirectory(atPath: scratch + "/maps") where map.hasSuffix(".svg") {
            everything += try String(contentsOfFile: scratch + "/maps/" + map, encoding: .utf8)
        }
        #expect(!everything.contains("pi03"))
        #expect(!everything.contains("Ravi Chandran"))
    }
}
