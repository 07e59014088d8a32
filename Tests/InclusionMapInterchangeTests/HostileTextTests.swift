import Foundation
@testable import InclusionMap
@testable import InclusionMapInterchange
import Testing

/// Plain-text inputs the fuzzer (Scripts/fuzz) found or that ask for absurd amounts: refused
/// with their place, never a crash and never memory out of proportion to the file.
@Suite struct HostileTextTests {
    /// A second `*Vertices` section once left labels numbered beyond the new count (a crash
    /// on the label of vertex 1).
    @Test func aSecondVerticesSectionIsRefusedWithItsLine() {
        let text = "*Vertices 5\n4 \"d\"\n5 \"e\"\n*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2\n"
        do {
            _ = try PajekReader(fileName: "x.net").read(text)
            Issue.record("read")
        } catch {
            #expect(error.issues.map(\.description).contains(
                "x.net:4:1: a second *Vertices section in one network; expected *Network NAME before each network of a project"))
        }
    }

    /// Thirteen bytes must not make a billion actors: the cap is the file's lines plus
    /// 1,000,000 (here 2 lines, so 1,000,002).
    @Test func aHeaderDeclaringBillionsOfActorsIsRefused() throws {
        do {
            _ = try PajekReader(fileName: "x.net").read("*Vertices 1000000000\n")
            Issue.record("read")
        } catch {
            #expect(error.issues.map(\.description).first ==
                "x.net:1:11: *Vertices 1000000000: more than 1000000 vertices beyond the file's 2 lines; a file this short cannot describe so many")
        }
        #expect(throws: DatasetError(issues: [DatasetIssue(file: "x.dl", line: 1, message: "n=1000000000: more than 1000000 actors beyond the file's 3 lines; a file this short cannot describe so many")])) {
            try UCINETDL.read("dl n=1000000000 format=edgelist1\ndata:\n", fileName: "x.dl")
        }
        #expect(throws: DatasetError(issues: [DatasetIssue(file: "x.dl", line: 1, message: "n=-3: expected the number of actors, 0 or more")])) {
            try UCINETDL.read("dl n=-3\ndata:\n", fileName: "x.dl")
        }
        #expect(throws: DatasetError(issues: [DatasetIssue(file: "x.dl", line: 1, message: "nm=0: expected the number of matrices, 1 or more and no more than the file's lines")])) {
            try UCINETDL.read("dl n=2 nm=0\ndata:\n0 1\n1 0\n", fileName: "x.dl")
        }
        // A count the file does not list still reads, as isolates.
        #expect(try PajekReader().read("*Vertices 3\n").map.actors.map(\.id) == ["1", "2", "3"])
    }

    /// A row of only separators once emptied the tokens before the embedded label was taken
    /// (a crash); a matrix is made only once every row has n values, so 32,000 one-value
    /// rows cannot ask for 32,000² cells.
    @Test func malformedMatrixRowsAreReportedBeforeTheMatrixIsMade() {
        do {
            _ = try UCINETDL.read("dl n=2 format=fullmatrix\nlabels embedded\ndata:\na b\n,,,\nb 0 1\n", fileName: "x.dl")
            Issue.record("read")
        } catch {
            #expect(error.issues.map(\.description) == ["x.dl:5: row label \"\"; expected \"a\"", "x.dl:5: a row with no label and no values; expected a label and 2 values"])
        }
        // A label alone is a row of no values, not a row without a label.
        do {
            _ = try UCINETDL.read("dl n=2 format=fullmatrix\nlabels embedded\ndata:\na b\na\nb 0 1\n", fileName: "x.dl")
            Issue.record("read")
        } catch {
            #expect(error.issues.map(\.description) == ["x.dl:5: a row of 0 values; expected 2"])
        }
        do {
            _ = try UCINETDL.read("dl n=3 format=fullmatrix\nlabels embedded\ndata:\na b\n", fileName: "x.dl")
            Issue.record("read")
        } catch {
            #expect(error.issues.map(\.description) == ["x.dl:4: 2 labels embedded in the first row for n=3 actors"])
        }
        let rows = String(repeating: "1\n", count: 32_000)
        do {
            _ = try UCINETDL.read("dl n=32000\ndata:\n" + rows, fileName: "x.dl")
            Issue.record("read")
        } catch {
            #expect(error.issues.count == 32_000)
            #expect(error.issues.first?.description == "x.dl:3: a row of 1 values; expected 32000")
        }
    }

    /// Embedded labels are collected with a set: 20,000 distinct actors in an edge list read
    /// in linear time, in the order they first appear.
    @Test func embeddedEdgeListLabelsKeepTheirFirstAppearanceOrder() throws {
        let lines = (0..<20_000).map { "a\($0) a\($0 + 1)" }.joined(separator: "\n")
        let map = try UCINETDL.read("dl n=20001 format=edgelist1\nlabels embedded\ndata:\n" + lines + "\n")
        #expect(map.actors.count == 20_001)
        #expect(map.actors.prefix(3).map(\.id) == ["a0", "a1", "a2"])
        #expect(map.ties.count == 20_000)
    }

    /// A field of 16 MiB + 1 bytes and a record of 16,385 fields are refused with their line
    /// and field; one of exactly 16,384 fields reads.
    @Test func csvFieldsAndRecordsHaveDocumentedCaps() throws {
        let long = Data("id\n".utf8) + Data(repeating: UInt8(ascii: "x"), count: InputLimits.maximumFieldBytes + 1)
        #expect(throws: CSVSyntaxError(line: 2, field: 1, message: "a field of 16777217 bytes; a field may hold at most 16777216 bytes (16 MiB)")) {
            try CSVReader.read(long)
        }
        let wide = Data(Array(repeating: "a", count: 16_385).joined(separator: ",").utf8)
        #expect(throws: CSVSyntaxError(line: 1, field: 16_385, message: "more than 16384 fields in one record; a table may have at most 16384 columns (Excel's XFD)")) {
            try CSVReader.read(wide)
        }
        let widest = Data(Array(repeating: "a", count: 16_384).joined(separator: ",").utf8)
        #expect(try CSVReader.read(widest).header?.fields.count == 16_384)
    }
}
