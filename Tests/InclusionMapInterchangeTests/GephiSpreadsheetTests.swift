import Foundation
import InclusionMap
import InclusionMapInterchange
import Testing

/// Gephi's adjacency-list and matrix spreadsheets (issue 40), as Gephi's "CSV format" page
/// shows them, in text and in a workbook; the ties of each are counted in the comments.
@Suite struct GephiSpreadsheetTests {
    static func arcs(_ map: StakeholderMap) -> [String] {
        map.ties.map { "\($0.source)\($0.isDirected ? "→" : "–")\($0.target) \($0.weight)" }
    }

    @Test func anAdjacencyListIsArcsFromTheFirstName() throws {
        // A → B, A → C; B → C; D alone; E → A twice (merged, weight 2).
        let map = try GephiSpreadsheet.read("A;B;C\nB;C\nD\nE;A;A\n")
        #expect(map.actors.map(\.id) == ["A", "B", "C", "D", "E"])
        #expect(Self.arcs(map) == ["A→B 1.0", "A→C 1.0", "B→C 1.0", "E→A 2.0"])
        // Tab-separated, every tie answered: undirected, one per pair.
        let mutual = try GephiSpreadsheet.read("A\tB\nB\tA\tC\nC\tB\n")
        #expect(Self.arcs(mutual) == ["A–B 1.0", "B–C 1.0"])
    }

    @Test func aMatrixHasABlankCornerAndNamedRows() throws {
        // From Gephi's page: A–B, A–D (symmetric → undirected), C → E only (asymmetric → arcs).
        let text = ";A;B;C;D;E\nA;0;1;0;1;0\nB;1;0;0;0;0\nC;0;0;0;0;2\nD;1;0;0;0;0\nE;0;0;0;0;0\n"
        let map = try GephiSpreadsheet.read(text)
        #expect(map.actors.map(\.id) == ["A", "B", "C", "D", "E"])
        #expect(Self.arcs(map) == ["A→B 1.0", "A→D 1.0", "B→A 1.0", "C→E 2.0", "D→A 1.0"])
        let signed = try GephiSpreadsheet.read("|x|y\nx|0|-1\ny|-1|0\n")
        #expect(Self.arcs(signed) == ["x–y -1.0"])
    }

    @Test func theFirstSheetOfAWorkbook() throws {
        let sheet = Workbook.Sheet(name: "Sheet1", rows: [(1, ["", "A", "B"]), (2, ["A", "0", "3"]), (3, ["B", "3", "x"])])
        let data = Workbook(sheets: [sheet]).data()
        do {
            _ = try GephiSpreadsheet.read(try Workbook(data: data), fileName: "m.xlsx")
            Issue.record("read a bad cell")
        } catch {
            #expect(error.issues.map(\.message) == ["Sheet1!C3: \"x\" is not a weight; expected a number (0 or empty for no tie, negative for a negative tie)"])
        }
        let good = Workbook(sheets: [Workbook.Sheet(name: "Sheet1", rows: [(1, ["A", "B", "C"]), (2, ["C", "A"])])]).data()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gephi-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try good.write(to: url)
        // A workbook with no dataset or Kumu sheet is Gephi's spreadsheet.
        #expect(try MapFileFormat.detect(url) == .gephiSpreadsheet)
        #expect(Self.arcs(try MapFile.read(url)) == ["A→B 1.0", "A→C 1.0", "C→A 1.0"])
    }

    @Test func detectionProblemsAndWriting() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gephi-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("A;B;C\nB;C\n".utf8).write(to: url)
        #expect(try MapFileFormat.detect(url) == .gephiSpreadsheet)
        do {
            _ = try GephiSpreadsheet.read(";A;B\nA;0;1\nC;1;0\n", fileName: "m.csv")
            Issue.record("read a matrix whose rows are not its columns")
        } catch {
            #expect(error.issues.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message)" } == [
                "3:1 row name \"C\"; expected \"B\", the name of column 3, so that rows and columns are the same actors",
            ])
        }
        do {
            _ = try GephiSpreadsheet.read("A;B\nC;\"D\nE;F\n;G\n", fileName: "l.csv")
            Issue.record("read an open quote and a blank first cell")
        } catch {
            #expect(error.issues.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message)" } == [
                "2:2 a quote that is not closed on its line",
                "4:1 a row with no actor in its first cell; expected an actor, then the actors it has ties to",
            ])
        }
        let map = try GephiSpreadsheet.read("A;B;C\nB;C\nD\n")
        let written = GephiSpreadsheet.write(map)
        #expect(String(decoding: written.data, as: UTF8.self) == "A;B;C\nB;C\nC\nD\n")
        #expect(Self.arcs(try GephiSpreadsheet.read(String(decoding: written.data, as: UTF8.self))) == Self.arcs(map))
    }
}
