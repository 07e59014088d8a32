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
