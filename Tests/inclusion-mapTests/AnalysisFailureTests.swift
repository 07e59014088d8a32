import Foundation
import Testing

/// An analysis's refusal is said in its own words, under the command's name; only a group
/// column no actor has is a `--group` problem (issue 33, part 7: every error was relabelled
/// "--group: …", so a map too large for whatif read as a bad group column).
extension CommandLineTests {
    @Test func analysisErrorsAreNotRelabelledAsGroupProblems() throws {
        // 65,540 actors: more than the table of hop distances whatif needs can hold.
        let actors = "id,department\n" + (0..<65_540).map { "a\($0),\($0 % 2 == 0 ? "x" : "y")" }.joined(separator: "\n") + "\n"
        let folder = try scratchFolder(["actors.csv": actors, "ties.csv": "source,target\na0,a1\n"])
        let big = try run(["whatif", folder, "--space", "a0,a2"])
        #expect(big.status == 1)
        #expect(big.errors.hasSuffix("whatif: the cohesion measures need the hop distance between every two of the 65540 actors in the view, a table of 8.6 GB; it holds at most 65534 actors. Ask about a part of the map: one relation (--relation), or the actors of some groups.\n"))
        #expect(!big.errors.contains("--group"))
        // A column no actor has a value in is still named as --group's problem.
        let column = try run(["whatif", folder, "--space", "a0,a2", "--group", "colour"])
        #expect(column.status != 0)
        #expect(column.errors.contains("--group"))
    }
}
