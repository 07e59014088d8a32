import Testing
@testable import InclusionMap

/// RFC 4180 edge cases, each on its own, with the line numbers the reader must report.
@Suite struct CSVReaderTests {
    private func read(_ text: String) throws -> CSVTable {
        try CSVReader.read(Array(text.utf8))
    }

    private func rows(_ text: String) throws -> [[String]] {
        try read(text).rows.map(\.fields)
    }

    @Test func plainFieldsAndHeader() throws {
        let table = try read("id,name\na,Alice\nb,Bob\n")
        #expect(table.header?.fields == ["id", "name"])
        #expect(table.header?.line == 1)
        #expect(table.rows.map(\.fields) == [["a", "Alice"], ["b", "Bob"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test func quotedFieldWithEmbeddedComma() throws {
        #expect(try rows("id,name\na,\"Marsh, Helen\"\n") == [["a", "Marsh, Helen"]])
    }

    @Test func doubledQuotesInsideQuotes() throws {
        #expect(try rows("id,name\na,\"the \"\"usual\"\" suspects\"\n") == [["a", "the \"usual\" suspects"]])
    }

    @Test func embeddedNewlineKeepsLineNumbersOfLaterRows() throws {
        let table = try read("id,note\na,\"first line\nsecond line\"\nb,x\n")
        #expect(table.rows.map(\.fields) == [["a", "first line\nsecond line"], ["b", "x"]])
        // Row a starts on line 2 and spans lines 2–3, so b is on line 4.
        #expect(table.rows.map(\.line) == [2, 4])
    }

    @Test func crlfLineEnds() throws {
        let table = try read("id,name\r\na,Alice\r\nb,\"two\r\nlines\"\r\nc,Carol\r\n")
        #expect(table.rows.map(\.fields) == [["a", "Alice"], ["b", "two\r\nlines"], ["c", "Carol"]])
        #expect(table.rows.map(\.line) == [2, 3, 5])
    }

    @Test func loneCarriageReturnEndsARecord() throws {
        #expect(try rows("id\ra\rb") == [["a"], ["b"]])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let table = try CSVReader.read([0xEF, 0xBB, 0xBF] + Array("id,name\na,Alice\n".utf8))
        #expect(table.header?.fields == ["id", "name"])
    }

    @Test func blankTrailingLinesAreSkipped() throws {
        let table = try read("id\na\nb\n\n\n\r\n")
        #expect(table.rows.map(\.fields) == [["a"], ["b"]])
    }

    @Test func blankLinesInsideAreSkippedButCounted() throws {
        let table = try read("id\n\na\n\nb\n")
        #expect(table.rows.map(\.line) == [3, 5])
    }

    @Test func lastRowWithoutLineEnd() throws {
        #expect(try rows("id,name\na,Alice") == [["a", "Alice"]])
    }

    @Test func emptyFieldsAndQuotedEmptyField() throws {
        #expect(try rows("a,b,c\n,,\n\"\",x,\n") == [["", "", ""], ["", "x", ""]])
        // A lone quoted empty field is a record, not a blank line.
        #expect(try rows("id\n\"\"\n") == [[""]])
    }

    @Test func unicodeIsKeptAsWritten() throws {
        #expect(try rows("id,name\n1,Siân Ní Bhriain 🌳\n") == [["1", "Siân Ní Bhriain 🌳"]])
    }

    @Test func emptyInputHasNoHeader() throws {
        let table = try read("")
        #expect(table.header == nil)
        #expect(table.rows.isEmpty)
    }

    @Test func unterminatedQuoteIsReportedWhereItOpens() {
        #expect(throws: CSVSyntaxError(line: 3, field: 2, message: "quoted field never closed; expected a closing double quote")) {
            try read("id,name\na,b\nc,\"never\nclosed\n")
        }
    }

    @Test func quoteInsideUnquotedFieldIsAnError() {
        #expect(throws: CSVSyntaxError(
            line: 2, field: 2,
            message: "double quote inside an unquoted field; expected the whole field in quotes with inner quotes doubled")
        ) {
            try read("id,name\na,O\"Neil\n")
        }
    }

    @Test func textAfterClosingQuoteIsAnError() {
        #expect(throws: CSVSyntaxError(line: 2, field: 1, message: "text after a closing quote; expected a comma or the end of the line")) {
            try read("id,name\n\"a\"b,c\n")
        }
    }

    @Test func invalidUTF8IsAnError() {
        #expect(throws: CSVSyntaxError(line: 2, field: 2, message: "invalid UTF-8; expected text encoded as UTF-8")) {
            try CSVReader.read(Array("id,name\na,".utf8) + [0xFF, 0xFE] + Array("\n".utf8))
        }
    }
}

@Suite struct CSVWriterTests {
    @Test func quotesOnlyWhatNeedsQuoting() {
        let text = CSVWriter.text(header: ["id", "name"], rows: [["a", "plain"], ["b", "Marsh, Helen"], ["c", "say \"hi\""], ["d", "two\nlines"]])
        #expect(text == "id,name\na,plain\nb,\"Marsh, Helen\"\nc,\"say \"\"hi\"\"\"\nd,\"two\nlines\"\n")
    }

    /// Rows written without their header (a long table written a block at a time) are the
    /// lines after the header line, quoted the same way.
    @Test func linesAreTheRowsWithoutTheHeader() {
        #expect(CSVWriter.lines([["b", "Marsh, Helen"], [""]]) == "b,\"Marsh, Helen\"\n\"\"\n")
        #expect(CSVWriter.lines([["=1"]], cells: .guarded) == CSVWriter.text(header: ["x"], rows: [["=1"]], cells: .guarded).dropFirst(2))
    }

    @Test func loneEmptyFieldIsQuotedSoItIsNotABlankLine() {
        #expect(CSVWriter.text(header: ["note"], rows: [[""]]) == "note\n\"\"\n")
    }

    @Test func writtenTextReadsBack() throws {
        let rows = [["1", "a,b", "\"q\"", "x\r\ny", "", " spaced ", "Ünï"]]
        let header = ["c1", "c2", "c3", "c4", "c5", "c6", "c7"]
        let table = try CSVReader.read(Array(CSVWriter.text(header: header, rows: rows).utf8))
        #expect(table.header?.fields == header)
        #expect(table.rows.map(\.fields) == rows)
    }
}
