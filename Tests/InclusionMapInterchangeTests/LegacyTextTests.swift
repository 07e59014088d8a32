import Foundation
import InclusionMap
@testable import InclusionMapInterchange
import Testing

/// Pajek and UCINET DL files as old tools save them (issue 32, defects 9 and 11): Windows-1252
/// names were silently turned into U+FFFD, a UTF-8 byte-order mark was refused as "a line
/// outside any section", and a vertex listed twice silently lost its first label.
@Suite struct LegacyTextTests {
    /// "Gödel, Kurt" in Windows-1252: ö is the single byte 0xF6.
    static let windows1252 = Data("*Vertices 2\n1 \"G".utf8) + Data([0xF6]) + Data("del, Kurt\"\n2 \"Escher\"\n*Edges\n1 2\n".utf8)

    @Test func bytesThatAreNotUTF8AreRefusedWithTheirPlace() {
        let check = MapFile.check(Self.windows1252, as: .pajek, fileName: "logicians.net")
        #expect(check.map == nil)
        #expect(check.issues.map(\.description) == [
            "logicians.net:2:5: the byte 0xF6 is not UTF-8; the file is in another encoding (one written on Windows is often Windows-1252): read it with --encoding windows-1252 (or iso-8859-1), or save it as UTF-8",
        ])
    }

    @Test func theEncodingNamedIsRead() {
        for encoding in [TextEncoding.windows1252, .latin1] {
            let check = MapFile.check(Self.windows1252, as: .pajek, fileName: "logicians.net", options: ReadingOptions(encoding: encoding))
            #expect(check.map?.actors.map(\.id) == ["Gödel, Kurt", "Escher"], "\(encoding): \(check.issues)")
        }
    }

    @Test func aByteOrderMarkIsSkipped() {
        let check = MapFile.check(Data([0xEF, 0xBB, 0xBF]) + Data("*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2\n".utf8), as: .pajek, fileName: "bom.net")
        #expect(check.map?.ties.count == 1, "\(check.issues)")
        let dl = MapFile.check(Data([0xEF, 0xBB, 0xBF]) + Data("dl n=2 format=edgelist1\nlabels:\na,b\ndata:\n1 2\n".utf8), as: .ucinet, fileName: "bom.dl")
        #expect(dl.map?.ties.count == 1, "\(dl.issues)")
    }

    @Test func aVertexListedTwiceIsAnError() {
        let check = MapFile.check(Data("*Vertices 2\n1 \"a\"\n2 \"b\"\n1 \"c\"\n*Edges\n1 2\n".utf8), as: .pajek, fileName: "twice.net")
        #expect(check.map == nil)
        #expect(check.issues.map(\.description) == ["twice.net:4:1: vertex 1 is listed again (first on line 2); expected each vertex once"])
    }
}
