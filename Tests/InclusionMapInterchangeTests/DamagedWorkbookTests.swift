import Foundation
import InclusionMap
@testable import InclusionMapInterchange
import Testing

/// Damaged workbook parts are refused in words with their place (issue 32, defect 5): a
/// negative shared-string index killed the program (SIGILL), one past the end read as an
/// empty cell without a word.
@Suite struct DamagedWorkbookTests {
    static let sharedStrings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>id</t></si><si><t>a</t></si></sst>"

    /// A workbook whose second row's first cell refers to shared string `index`.
    static func workbook(index: String) throws -> Data {
        let sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>\(index)</v></c></row></sheetData></worksheet>"
        return try HostileXMLTests.workbook([
            "xl/workbook.xml": HostileXMLTests.workbookPart, "xl/sharedStrings.xml": sharedStrings, "xl/worksheets/sheet1.xml": sheet,
        ])
    }

    @Test(arguments: ["-1", "2", "99999999999999999999", "x"]) func aSharedStringIndexOutsideTheTableIsRefused(_ index: String) throws {
        let check = DatasetWorkbook.check(try Self.workbook(index: index), fileName: "book.xlsx")
        #expect(check.map == nil)
        #expect(check.issues.count == 1)
        let issue = try #require(check.issues.first)
        #expect(issue.message == "in its part xl/worksheets/sheet1.xml: cell \"A2\" refers to shared string \"\(index)\"; the workbook has 2 (numbered from 0)", "\(issue)")
        #expect(issue.line == 1)
    }

    @Test func aSharedStringIndexInsideTheTableIsRead() throws {
        let check = DatasetWorkbook.check(try Self.workbook(index: "1"), fileName: "book.xlsx")
        #expect(check.map?.actors.map(\.id) == ["a"], "\(check.issues)")
    }
}

extension DamagedWorkbookTests {
    /// A part whose bytes do not match its checksum was called "missing its part" (issue 32,
    /// defect 11); it is called damaged, by name.
    @Test func aPartThatFailsItsChecksumIsCalledDamaged() throws {
        var data = try Self.workbook(index: "1")
        let name = Data("xl/worksheets/sheet1.xml".utf8)
        // The CRC-32 of the entry, in its local header (offset 14) and its central directory
        // record (offset 16), both found by their signatures just before the name.
        var search = data.startIndex
        while let found = data[search...].firstRange(of: name) {
            let start = found.lowerBound
            if start >= 46, data[(start - 46)..<(start - 42)] == Data([0x50, 0x4B, 0x01, 0x02]) { data[start - 46 + 16] ^= 0xFF }
            if start >= 30, data[(start - 30)..<(start - 26)] == Data([0x50, 0x4B, 0x03, 0x04]) { data[start - 30 + 14] ^= 0xFF }
            search = found.upperBound
        }
        let check = DatasetWorkbook.check(data, fileName: "book.xlsx")
        #expect(check.map == nil)
        #expect(check.issues.map(\.description) == [
            "book.xlsx: its part xl/worksheets/sheet1.xml is damaged: it does not inflate to the \(Self.sheetLength) bytes with the checksum its directory entry declares",
        ])
    }

    /// The length of the sheet `workbook(index: "1")` holds.
    static var sheetLength: Int {
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row></sheetData></worksheet>".utf8.count
    }
}
