import Foundation
import InclusionMap
import Testing

/// Hierarchies and loops far deeper than any organisation: read in linear time, and loops
/// reported in one short line.
@Suite struct DeepInputTests {
    static func chain(_ depth: Int, parentFirst: Bool) -> String {
        var lines = ["id,parent"]
        let order = parentFirst ? Array(0..<depth) : Array((0..<depth).reversed())
        for i in order { lines.append(i == 0 ? "d0," : "d\(i),d\(i - 1)") }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [true, false]) func aHundredThousandLevelsLoad(parentFirst: Bool) throws {
        let folder = TestSupport.folder([
            "actors.csv": "id,department\na,d99999\nb,d0\n",
            "departments.csv": Self.chain(100_000, parentFirst: parentFirst),
        ])
        let map = try DatasetFolder(url: folder).read()
        #expect(map.departments.count == 100_000)
        #expect(map.department(withID: "d99999")?.parent == "d99998")
        #expect(map.department(withID: "d0")?.parent == nil)
    }

    @Test func aLoopOfTenThousandIsOneShortLine() {
        // d0 → d1 → … → d9999 → d0.
        var lines = ["id,parent"]
        for i in 0..<10_000 { lines.append("d\(i),d\((i + 1) % 10_000)") }
        let issues = TestSupport.issues(["actors.csv": "id\na\n", "departments.csv": lines.joined(separator: "\n") + "\n"])
        // The last row closes the loop (d9999's parent d0): it is the one reported.
        #expect(issues == ["departments.csv:10001:2: parent: department cycle d9999 → d0 → d1 → d2 → d3 → … (10000 departments in the loop); expected departments to nest without a loop"])
    }

    @Test func aShortLoopIsListedWhole() {
        let issues = TestSupport.issues(["actors.csv": "id\na\n", "departments.csv": "id,parent\nx,y\ny,z\nz,x\n"])
        #expect(issues == ["departments.csv:4:2: parent: department cycle z → x → y → z; expected departments to nest without a loop"])
    }
}
