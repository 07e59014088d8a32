import Foundation
import Testing

/// One withheld person, one code, in every command and under every missing-data policy (issue
/// 33): `compare` applied the policy before the mask, so with two withheld parents and
/// `--missing respondents` the one who answered was withheld-2 in `brokers` and withheld-1 in
/// `compare`, where withheld-1 was someone else.
extension CommandLineTests {
    /// Rivertown's second wave as a folder in which pa07 (withheld, listed first) did not
    /// answer the survey and pa09 (withheld, second) did; everyone else answered.
    func folderWithAWithheldNonRespondent() throws -> String {
        let folder = try scratchFolder([:]) + "/wave"
        try FileManager.default.copyItem(atPath: dataset("rivertown-waves") + "/wave-2", toPath: folder)
        let actors = try String(contentsOfFile: folder + "/actors.csv", encoding: .utf8)
        var lines = actors.split(separator: "\n").map(String.init)
        lines[0] += ",responded"
        for index in 1..<lines.count { lines[index] += lines[index].hasPrefix("pa07,") ? ",false" : ",true" }
        try (lines.joined(separator: "\n") + "\n").write(toFile: folder + "/actors.csv", atomically: true, encoding: .utf8)
        return folder
    }

    @Test(arguments: ["observed", "reconstruct", "respondents"]) func aWithheldPersonHasOneCodeInEveryCommand(_ policy: String) throws {
        let folder = try folderWithAWithheldNonRespondent()
        let scratch = try scratchFolder([:])
        // pa09 is the second withheld actor of the file: withheld-2, whatever the policy does to pa07.
        let expected: Set<String> = policy == "respondents" ? ["withheld-2"] : ["withheld-1", "withheld-2"]
        let metrics = try run(["metrics", folder, "--missing", policy, "--format", "csv"])
        #expect(metrics.status == 0, "\(metrics.errors)")
        #expect(codes(in: metrics.output) == expected, "metrics under \(policy)")
        // An earlier wave without pa09: compare names them as a joiner, under their code.
        let earlier = scratch + "/earlier"
        try FileManager.default.copyItem(atPath: folder, toPath: earlier)
        for file in ["actors.csv", "ties.csv"] {
            let text = try String(contentsOfFile: earlier + "/" + file, encoding: .utf8)
            try text.split(separator: "\n").filter { !$0.contains("pa09") }.joined(separator: "\n").appending("\n")
                .write(toFile: earlier + "/" + file, atomically: true, encoding: .utf8)
        }
        let joined = try run(["compare", earlier, folder, "--missing", policy, "--format", "csv"])
        #expect(joined.status == 0, "\(joined.errors)")
        #expect(joined.output.contains("joined,withheld-2,"), "compare under \(policy): \(joined.output.prefix(300))")
        for arguments in [["brokers", folder, "--format", "json"], ["audit", folder, "--format", "json"], ["compare", folder, folder, "--format", "json"]] {
            let result = try run(arguments + ["--missing", policy])
            #expect(result.status == 0, "\(arguments): \(result.errors)")
            #expect(codes(in: result.output).isSubset(of: expected), "\(arguments) under \(policy): \(codes(in: result.output))")
        }
        let converted = scratch + "/map.json"
        #expect(try run(["convert", folder, "--missing", policy, "--to", "json", "--out", converted]).status == 0)
        #expect(codes(in: try String(contentsOfFile: converted, encoding: .utf8)) == expected, "convert under \(policy)")
        let report = try run(["report", folder, "--missing", policy, "--out", scratch + "/report", "--resamples", "0", "--permutations", "99", "--ego-maps", "0"])
        #expect(report.status == 0, "\(report.errors)")
        let page = try String(contentsOfFile: scratch + "/report/index.html", encoding: .utf8)
        #expect(codes(in: page).isSubset(of: ["withheld-1", "withheld-2"]), "report under \(policy)")
        #expect(!page.contains("pa07") && !page.contains("pa09"))
    }
}
