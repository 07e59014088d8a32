import Foundation
import InclusionMap
import InclusionMapInterchange
import Testing

/// NetDraw's VNA (issue 40): files written here by hand as NetDraw saves them, their nodes,
/// ties and relations counted in the comments.
@Suite struct NetDrawVNATests {
    /// Four people; friendship among a, b, c both ways (1), advice c → d (2) and d → a (1);
    /// node properties and tie properties as NetDraw adds them.
    static let file = """
        *Node data
        ID name department
        a "Ann Lee" finance
        b Bo finance
        c "Cy" ops
        d Di ops
        *Node properties
        ID x y color shape size shortlabel active
        a 100 200 255 1 10 Ann TRUE
        *Tie data
        FROM TO friend advice
        a b 1 0
        b a 1 0
        b c 1 0
        c b 1 0
        c d 0 2
        d a 0 1
        *Tie properties
        FROM TO color size active
        a b 0 1 TRUE
        """

    @Test func nodesTiesAndRelationsAreRead() throws {
        let (map, warnings) = try NetDrawVNA.read(Self.file, fileName: "office.vna")
        #expect(map.actors.map(\.id) == ["a", "b", "c", "d"])
        #expect(map.actors.map(\.name) == ["Ann Lee", "Bo", "Cy", "Di"])
        #expect(map.actors.map(\.department) == ["finance", "finance", "ops", "ops"])
        // friend: a⇄b, b⇄c, every arc reciprocated with the same strength → two undirected ties.
        // advice: c → d (2), d → a (1) → two arcs. Zero cells are no tie.
        #expect(map.ties.map { "\($0.relation) \($0.source)\($0.isDirected ? "→" : "–")\($0.target) \($0.weight)" } == [
            "friend a–b 1.0", "friend b–c 1.0", "advice c→d 2.0", "advice d→a 1.0",
        ])
        // The drawing sections are named as not kept.
        #expect(warnings.map { "\($0.line ?? 0) \($0.message)" } == [
            "7 *Node properties: NetDraw's drawing (positions, colours, shapes, sizes) is not kept",
            "18 *Tie properties: NetDraw's drawing (positions, colours, shapes, sizes) is not kept",
        ])
    }

    @Test func tieDataAloneAndAStrengthColumn() throws {
        // No node data: the four ids come from the ties. One strength column: relation "tie".
        let (map, _) = try NetDrawVNA.read("*tie data\nfrom to strength\nx y 3\ny z -1\nz w 0\n")
        #expect(map.actors.map(\.id) == ["x", "y", "z", "w"])
        #expect(map.ties.map { "\($0.relation) \($0.source)→\($0.target) \($0.weight)" } == ["tie x→y 3.0", "tie y→z -1.0"])
        let (plain, _) = try NetDrawVNA.read("*Tie data\nfrom to\np q\n")
        #expect(plain.ties == [Tie(source: "p", target: "q", weight: 1, isDirected: true)])
    }

    @Test func problemsSayWhereAndWhat() {
        do {
            _ = try NetDrawVNA.read("*Node data\nID name\na \"Ann\nb Bo extra\n*Tie data\nfrom to friend\na b heavy\n*Edges\n", fileName: "x.vna")
            Issue.record("read a broken file")
        } catch {
            #expect(error.issues.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message)" } == [
                "3:3 a quote that is not closed on its line",
                "4:1 a row of 3 values; expected 2, one per column of the header on line 2",
                "7:5 weight \"heavy\" is not a number",
                "8:1 section \"*Edges\"; expected *Node data, *Node properties, *Tie data or *Tie properties",
            ])
        }
    }

    @Test func writingAndReadingAgainKeepsActorsTiesAndRelations() throws {
        let (map, _) = try NetDrawVNA.read(Self.file)
        let written = NetDrawVNA.write(map)
        let text = String(decoding: written.data, as: UTF8.self)
        #expect(text.hasPrefix("*Node data\nID name department\na \"Ann Lee\" finance\n"))
        // Each undirected friendship is an arc each way: 2 × 2 + 2 advice arcs = 6 tie rows.
        #expect(text.components(separatedBy: "*Tie data\n")[1].split(separator: "\n").count == 1 + 6)
        let (back, _) = try NetDrawVNA.read(text)
        #expect(back.actors == map.actors)
        #expect(back.ties == map.ties)
        #expect(MapFileFormat(fileExtension: "vna") == .vna)
    }

    @Test func aVNAFileIsKnownByItsContent() throws {
        // Saved as .txt: the first section tells it is VNA.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vna-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(("\n" + Self.file).utf8).write(to: url)
        #expect(try MapFileFormat.detect(url) == .vna)
        #expect(try MapFile.read(url).ties.count == 4)
    }
}
