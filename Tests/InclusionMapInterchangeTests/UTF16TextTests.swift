import Foundation
import InclusionMap
import InclusionMapInterchange
import Testing

/// Text saved as "Unicode" by Excel or Windows Notepad is UTF-16 with a byte-order mark
/// (issue 40): read as such by every text reader, and damaged UTF-16 refused with its line.
@Suite struct UTF16TextTests {
    static func utf16(_ text: String, littleEndian: Bool) -> Data {
        var data = Data(littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF])
        for unit in text.utf16 {
            data += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        return data
    }

    @Test(arguments: [true, false]) func pajekAndAMatrixInUTF16(littleEndian: Bool) throws {
        // "Gödel" has a non-ASCII letter; "𝔊" (U+1D50A) needs a surrogate pair.
        let net = Self.utf16("*Vertices 2\n1 \"Gödel\"\n2 \"𝔊\"\n*Edges\n1 2\n", littleEndian: littleEndian)
        let map = try #require(MapFile.check(net, as: .pajek, fileName: "g.net").map)
        #expect(map.actors.map(\.id) == ["Gödel", "𝔊"] && map.ties.count == 1)
        let matrix = Self.utf16(",Gödel,b\nGödel,0,1\nb,1,0\n", littleEndian: littleEndian)
        #expect(try MatrixCSV.read(matrix).ties.map(\.source) == ["Gödel"])
    }

    @Test func aDatasetFolderInUTF16() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("utf16-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.utf16("id,name\na,Zoë\nb,Bo\n", littleEndian: true).write(to: folder.appendingPathComponent("actors.csv"))
        try Data("source,target\na,b\n".utf8).write(to: folder.appendingPathComponent("ties.csv"))
        let map = try DatasetFolder(url: folder).read()
        #expect(map.actors.map(\.name) == ["Zoë", "Bo"] && map.ties.count == 1)
    }

    @Test func damagedUTF16SaysWhere() {
        // Line 2 holds a lone high surrogate (0xD835) where a pair should be.
        var data = Self.utf16("*Vertices 1\n1 \"", littleEndian: true)
        data += [0x35, 0xD8]
        data += Self.utf16("x\"\n", littleEndian: true).dropFirst(2)
        let result = MapFile.check(data, as: .pajek, fileName: "g.net")
        #expect(result.map == nil)
        #expect(result.issues.map { "\($0.line ?? 0) \($0.message)" } == ["2 the UTF-16 unit 0xD835 is half of a character with no other half; the file is damaged or not UTF-16"])
        let odd = MapFile.check(Data([0xFF, 0xFE, 0x41]), as: .pajek, fileName: "g.net")
        #expect(odd.issues.map(\.message) == ["UTF-16 text of an odd number of bytes (3); the file is cut short or not UTF-16"])
    }
}
