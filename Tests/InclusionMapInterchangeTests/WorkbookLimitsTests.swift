import Foundation
import InclusionMap
@testable import InclusionMapInterchange
import Testing

/// Workbook work bounded by the input (issue 32, defect 10) and the 1904 date system (defect 9).
@Suite struct WorkbookLimitsTests {
    static let book = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"actors\" sheetId=\"1\"/><sheet name=\"notes\" sheetId=\"2\"/></sheets></workbook>"
    static let actors = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a</t></is></c></row></sheetData></worksheet>"

    /// A sheet of 20 MB of one repeated row deflates about a thousand-fold: refused from the
    /// zip directory before it is inflated, in well under 5 s.
    @Test func aPartThatInflatesBeyondAHundredfoldIsRefusedBeforeInflating() throws {
        let row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
        let bomb = "<worksheet><sheetData>" + String(repeating: row, count: 20_000_000 / row.utf8.count) + "</sheetData></worksheet>"
        let data = try HostileXMLTests.workbook(["xl/workbook.xml": Self.book, "xl/worksheets/sheet1.xml": bomb])
        let started = Date()
        let check = DatasetWorkbook.check(data, fileName: "bomb.xlsx")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(check.map == nil)
        let message = try #require(check.issues.first?.message)
        #expect(message.hasPrefix("its part xl/worksheets/sheet1.xml would inflate "), "\(message)")
        #expect(message.hasSuffix("-fold of real data: the file is damaged or built to exhaust memory"))
    }

    /// A sheet that is not a dataset table is neither inflated nor parsed: a damaged one no
    /// longer stops the dataset, and only a warning names it.
    @Test func sheetsThatAreNotReadAreNotParsed() throws {
        let data = try HostileXMLTests.workbook([
            "xl/workbook.xml": Self.book, "xl/worksheets/sheet1.xml": Self.actors, "xl/worksheets/sheet2.xml": "<worksheet><sheetData><row>",
        ])
        let check = DatasetWorkbook.check(data, fileName: "book.xlsx")
        #expect(check.map?.actors.map(\.id) == ["a"], "\(check.issues)")
        #expect(check.issues.map(\.message) == ["sheets \"notes\" are not dataset tables and are not read"])
    }

    /// Serial 45000 is 2023-03-15 in the 1900 system (Excel: =DATE(2023,3,15) is 45000) and
    /// 1462 days later, 2027-03-16, in the 1904 system (1462 is the gap between the epochs).
    /// Python: `date(1899, 12, 30) + timedelta(45000)` is 2023-03-15 and
    /// `date(1904, 1, 1) + timedelta(45000)` is 2027-03-16.
    @Test func the1904DateSystemIsRead() throws {
        #expect(DateStyles.day(ofSerial: 45_000) == "2023-03-15")
        #expect(DateStyles.day(ofSerial: 45_000, date1904: true) == "2027-03-16")
        #expect(DateStyles.day(ofSerial: 0, date1904: true) == "1904-01-01")
        let styles = "<styleSheet><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"
        let sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>date</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>e1</t></is></c><c r=\"B2\" s=\"1\"><v>45000</v></c></row></sheetData></worksheet>"
        for (workbookPr, expected) in [("", "2023-03-15"), ("<workbookPr date1904=\"1\"/>", "2027-03-16")] {
            let book = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\(workbookPr)<sheets><sheet name=\"engagements\" sheetId=\"1\"/></sheets></workbook>"
            let workbook = try Workbook(data: try HostileXMLTests.workbook(["xl/workbook.xml": book, "xl/styles.xml": styles, "xl/worksheets/sheet1.xml": sheet]))
            #expect(workbook.sheets.first?.rows.last?.cells == ["e1", expected])
        }
    }
}
