import Foundation
import InclusionMap
import Testing

/// Output encoding by destination, checked character by character.
@Suite struct OutputEncodingTests {
    @Test func terminalTextEscapesControlsAndBidiButKeepsLineFeedsTabsAndLetters() {
        #expect(TerminalText.escaped("\u{1B}[2Jwipe\u{7}") == "\\u{1B}[2Jwipe\\u{7}")
        #expect(TerminalText.escaped("a\u{202E}b\u{2066}c\u{200F}") == "a\\u{202E}b\\u{2066}c\\u{200F}")
        #expect(TerminalText.escaped("c1\u{85}\u{9B}del\u{7F}") == "c1\\u{85}\\u{9B}del\\u{7F}")
        #expect(TerminalText.escaped("line\u{2028}sep\rcr") == "line\\u{2028}sep\\u{D}cr")
        #expect(TerminalText.escaped("one\ntwo\tthree") == "one\ntwo\tthree")
        #expect(TerminalText.escaped("Zoë Ōtsuka 👩🏽‍⚕️ مرحبا") == "Zoë Ōtsuka 👩🏽‍⚕️ مرحبا")
        #expect(TerminalText.escapedCell("two\nlines\there") == "two\\u{A}lines\\u{9}here")
        // Escaping an escape changes nothing.
        let once = TerminalText.escaped("\u{1B}x\u{202E}")
        #expect(TerminalText.escaped(once) == once)
    }

    @Test func spreadsheetCellsThatWouldRunAsFormulasAreQuoted() {
        #expect(SpreadsheetCell.guarded("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")")
        #expect(SpreadsheetCell.guarded("+SUM(1,2)") == "'+SUM(1,2)")
        #expect(SpreadsheetCell.guarded("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0")
        #expect(SpreadsheetCell.guarded("@import") == "'@import")
        // A leading tab or carriage return is escaped, so the cell starts with a backslash.
        #expect(SpreadsheetCell.guarded("\t=1") == "\\u{9}=1")
        #expect(SpreadsheetCell.guarded("\r=1") == "\\u{D}=1")
        // Numbers are numbers.
        for number in ["-0.25", "-3e-5", "+7", "-12", "0.5", "-1.5E+10"] {
            #expect(SpreadsheetCell.guarded(number) == number)
        }
        for notNumber in ["-", "-.", "-1+1", "-1e", "--1", "-0x10"] {
            #expect(SpreadsheetCell.guarded(notNumber) == "'" + notNumber)
        }
        #expect(SpreadsheetCell.guarded("Samira Haddad") == "Samira Haddad")
        #expect(SpreadsheetCell.guarded("two\nlines") == "two\nlines")
        #expect(SpreadsheetCell.guarded("\u{1B}[31m") == "\\u{1B}[31m")
    }

    @Test func guardedCSVIsStillRFC4180() {
        let text = CSVWriter.text(header: ["id", "name"], rows: [["=1", "a,\"b\""], ["x", "-0.5"]], cells: .guarded)
        #expect(text == "id,name\n'=1,\"a,\"\"b\"\"\"\nx,-0.5\n")
        // Without the guard (a dataset folder), cells are written exactly.
        #expect(CSVWriter.text(header: ["id"], rows: [["=1"]]) == "id\n=1\n")
    }

    @Test func jsonKeepsItsValuesAndLosesItsRawControls() throws {
        let value = ["name": "\u{202E}evil\u{85}\u{7F}\u{2028}\u{1B}"]
        let raw = String(decoding: try JSONSerialization.data(withJSONObject: value), as: UTF8.self)
        let neutral = JSONText.neutralised(raw)
        #expect(neutral.contains("\\u202E") && neutral.contains("\\u0085") && neutral.contains("\\u007F") && neutral.contains("\\u2028"))
        #expect(!neutral.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x85 || $0.value == 0x7F || $0.value == 0x1B })
        let decoded = try JSONSerialization.jsonObject(with: Data(neutral.utf8)) as? [String: String]
        #expect(decoded == value)
    }

    @Test func xmlTextDropsWhatXMLForbidsAndEscapesKeepNamesApart() {
        #expect(XMLText.cleaned("a\u{0}b\u{1}c\u{B}d\u{FFFE}e") == "abcde")
        #expect(XMLText.cleaned("\u{202E}tab\tlf\ncr\r") == "tab\tlf\ncr\r")
        #expect(XMLText.cleaned("c1\u{85}del\u{7F}") == "c1del")
        #expect(XMLText.escaped("a\u{1}") == "a\\u{1}")
        #expect(XMLText.escaped("a\u{1}") != XMLText.escaped("a\u{2}"))
    }
}

/// The reversible quote prefix of data files.
@Suite struct FormulaPrefixTests {
    @Test func prefixIsTakenOffExactlyOnce() {
        let cases: [(String, String)] = [
            ("=1+1", "'=1+1"), ("+44 20", "'+44 20"), ("-2+3", "'-2+3"), ("@x", "'@x"),
            ("-0.5", "-0.5"), ("'=x", "''=x"), ("''@y", "'''@y"), ("'-5", "''-5"),
            ("it's", "it's"), ("'quoted'", "'quoted'"), ("", ""), ("plain", "plain"),
        ]
        for (value, written) in cases {
            #expect(SpreadsheetCell.prefixed(value) == written, "\(value)")
            #expect(SpreadsheetCell.unprefixed(written) == value, "\(written)")
        }
    }

    @Test func aDatasetFolderWithFormulaLikeValuesIsSafeAndReadsBackExactly() throws {
        let map = try StakeholderMap(
            actors: [Actor(id: "=cmd|' /C calc'!A0", name: "+SUM(1,2)", attributes: ["note": "'=already quoted"]), Actor(id: "@b", name: "-0.5")],
            ties: [Tie(source: "=cmd|' /C calc'!A0", target: "@b", relation: "-advice")])
        let files = DatasetFolder.files(for: map)
        #expect(files[.actors] == "id,name,note\n'=cmd|' /C calc'!A0,\"'+SUM(1,2)\",''=already quoted\n'@b,-0.5,\n")
        let folder = TestSupport.folder([
            "actors.csv": files[.actors]!, "ties.csv": files[.ties]!,
        ])
        #expect(try DatasetFolder(url: folder).read() == map)
    }
}
