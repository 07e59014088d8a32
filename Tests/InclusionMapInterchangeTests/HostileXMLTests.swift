import Foundation
import InclusionMap
@testable import InclusionMapInterchange
import Testing
import ZIPFoundation

/// XML the fuzzer (Scripts/fuzz) or a broken exporter produces: refused with its place, never a
/// crash, a silently partial sheet, or a sheet padded to a billion columns.
@Suite struct HostileXMLTests {
    /// RFC 3629's cases, each with the byte where it must be found (line 2, column counted in
    /// bytes from 1): a lone continuation byte, an overlong "/" (C0 AF), a surrogate (ED A0 80),
    /// a code point above U+10FFFF (F4 90 80 80), a sequence cut short at the end.
    @Test func theFirstByteThatIsNotUTF8IsFoundWithItsPlace() {
        let cases: [([UInt8], Int)] = [
            ([0x61, 0x80], 2), ([0xC0, 0xAF], 1), ([0x61, 0x62, 0xED, 0xA0, 0x80], 3),
            ([0xF4, 0x90, 0x80, 0x80], 1), ([0x61, 0xE2, 0x82], 2),
        ]
        for (bytes, column) in cases {
            let data = Data("<a>\n".utf8) + Data(bytes)
            #expect(UTF8Validation.firstInvalidByte(in: data)! == (2, column), "\(bytes)")
        }
        // Well-formed: é (C3 A9), € (E2 82 AC), 𝄞 (F0 9D 84 9E), U+10FFFF (F4 8F BF BF).
        let good = Data("<a>é€</a>".utf8) + Data([0xF0, 0x9D, 0x84, 0x9E, 0xF4, 0x8F, 0xBF, 0xBF])
        #expect(UTF8Validation.firstInvalidByte(in: good) == nil)
        // Another declared encoding or UTF-16 is libxml2's to convert.
        #expect(UTF8Validation.firstInvalidByte(in: Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>".utf8) + Data([0xE9])) == nil)
        #expect(UTF8Validation.firstInvalidByte(in: Data([0xFF, 0xFE, 0x3C, 0x00])) == nil)
        // A declaration this check cannot read, or an encoding it does not know, is held to
        // UTF-8 (libxml2 would read it as UTF-8): a declaration cut off in `encoding='ut`.
        #expect(UTF8Validation.firstInvalidByte(in: Data("<?xml version='1.0' encoding='ut<?xml?>\n<a>".utf8) + Data([0xE9])) ?? (0, 0) == (2, 4))
        #expect(UTF8Validation.firstInvalidByte(in: Data("<?xml version='1.0' encoding='x-unknown'?>\n<a>".utf8) + Data([0xE9])) ?? (0, 0) == (2, 4))
    }

    /// Foundation on Linux traps on a name holding such bytes (found by the fuzzer in a
    /// GraphML export cut short and mutated; Fuzz/Regressions/graphml).
    @Test func bytesThatAreNotUTF8InAnAttributeNameAreAnErrorAtTheirPlace() {
        let document = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph edgedefault=\"undirected\"><node id=\"a\"/>\n<edge ".utf8)
            + Data([0xFF, 0xFF]) + Data("ce=\"a\" target=\"a\"/></graph></graphml>\n".utf8)
        let check = MapFile.check(document, as: .graphml, fileName: "map.graphml")
        #expect(check.map == nil)
        #expect(check.issues.map(\.description) == [
            "map.graphml:4:7: bytes that are not UTF-8 in a document that is UTF-8; save the file as UTF-8",
        ])
    }

    /// A workbook whose parts are given as `parts` (path → XML), zipped as Excel would.
    static func workbook(_ parts: [String: String]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    static let workbookPart = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"actors\" sheetId=\"1\"/></sheets></workbook>"

    /// A cell past Excel's last column (XFD, the 16,384th) would have padded the row to that
    /// column (or overflowed for a long reference); it is refused, named by its reference.
    @Test func aCellBeyondExcelsLastColumnIsRefused() throws {
        for reference in ["XFE1", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ1"] {
            let sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"\(reference)\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>"
            let data = try Self.workbook(["xl/workbook.xml": Self.workbookPart, "xl/worksheets/sheet1.xml": sheet])
            let check = DatasetWorkbook.check(data, fileName: "book.xlsx")
            #expect(check.map == nil)
            #expect(check.issues.count == 1)
            #expect(check.issues.first?.message.hasPrefix("in its part xl/worksheets/sheet1.xml: cell \"\(reference.prefix(20))") == true, "\(check.issues)")
            #expect(check.issues.first?.message.hasSuffix("is beyond Excel's last column XFD (16384 columns)") == true)
        }
        // XFD itself is the last column Excel has, and is read.
        #expect(Workbook.column(ofReference: "XFD1") == 16_383)
    }

    /// A worksheet that is not well-formed was read as far as libxml2 got, silently; now the
    /// workbook is refused with the part, line and column.
    @Test func aMalformedWorksheetIsAnErrorWithItsPart() throws {
        let sheet = "<worksheet><sheetData>\n<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c></row>\n<row r=\"2\"><c r=\"A2\"></row></sheetData></worksheet>"
        let data = try Self.workbook(["xl/workbook.xml": Self.workbookPart, "xl/worksheets/sheet1.xml": sheet])
        let check = DatasetWorkbook.check(data, fileName: "book.xlsx")
        #expect(check.map == nil)
        #expect(check.issues.count == 1)
        let issue = try #require(check.issues.first)
        #expect(issue.line == 3)
        #expect(issue.message == "in its part xl/worksheets/sheet1.xml: not well-formed XML: an end tag does not match the element it closes")
    }

    /// A zip directory pointing past the end of the archive crashed ZIPFoundation's
    /// in-memory reader (found by fuzzing; Fuzz/Regressions/xlsx): the layout is checked
    /// first and the file refused with where it goes wrong.
    @Test func aZipDirectoryPointingPastTheEndIsRefused() throws {
        let good = try Data(contentsOf: Bundle.module.resourceURL!.appendingPathComponent("Fixtures/interchange/dataset.openpyxl.xlsx"))
        #expect(ZIPLayout.problem(in: good) == nil)
        // The end record's directory offset (bytes 16–19 of the last 22) moved to byte 10^6.
        var bad = good
        let offset = bad.count - 22 + 16
        for (k, byte) in [UInt8(0x40), 0x42, 0x0F, 0x00].enumerated() { bad[offset + k] = byte }
        let message = try #require(ZIPLayout.problem(in: bad))
        #expect(message.hasPrefix("its central directory (bytes 1000000 to "))
        let check = MapFile.check(bad, as: .xlsx, fileName: "book.xlsx")
        #expect(check.map == nil)
        #expect(check.issues.map { $0.description } == ["book.xlsx: not an Excel workbook (.xlsx): " + message])
    }

    /// Every input the fuzzer once crashed on (Fuzz/Regressions/TARGET/…) is read again, as the
    /// harness reads it, and refused or read without a crash.
    @Test func everySavedFuzzingInputIsReadWithoutACrash() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let saved = root.appendingPathComponent("Fuzz/Regressions")
        var replayed = 0
        for target in try FileManager.default.contentsOfDirectory(atPath: saved.path).sorted() {
            let folder = saved.appendingPathComponent(target)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let data = try Data(contentsOf: folder.appendingPathComponent(name))
                switch target {
                case "csv":
                    _ = try? CSVRecords.read(data, fileName: name, unprefixing: true)
                default:
                    let format = try #require(MapFileFormat(rawValue: target == "kumu-xlsx" ? "kumu-xlsx" : target), "unknown target \(target)")
                    let check = MapFile.check(data, as: format, fileName: name)
                    #expect(check.map != nil || check.issues.contains { $0.severity == .error }, "\(target)/\(name): \(check.issues)")
                }
                replayed += 1
            }
        }
        #expect(replayed >= 3)
    }
}
