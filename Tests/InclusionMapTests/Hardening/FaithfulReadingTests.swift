import Foundation
import InclusionMap
import Testing

/// Inputs that used to be read wrongly without a word: each is now an error or a warning
/// with its place.
@Suite struct FaithfulReadingTests {
    @Test func aDanglingLinkOrALoopIsNotAnEmptyFile() throws {
        let folder = TestSupport.folder(["actors.csv": "id\na\nb\n"])
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("ties.csv").path, withDestinationPath: "/nonexistent/ties.csv")
        #expect(TestSupport.issues(at: folder) == ["ties.csv: is a link to /nonexistent/ties.csv, which does not exist; expected a file"])
        let loop = TestSupport.folder(["actors.csv": "id\na\n"])
        try FileManager.default.createSymbolicLink(atPath: loop.appendingPathComponent("ties.csv").path, withDestinationPath: "ties.csv")
        #expect(TestSupport.issues(at: loop) == ["ties.csv: is a link that leads back to itself (a loop of links); expected a file"])
        let directory = TestSupport.folder(["actors.csv": "id\na\n"])
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("ties.csv"), withIntermediateDirectories: false)
        #expect(TestSupport.issues(at: directory) == ["ties.csv: is a folder, not a file"])
    }

    @Test func controlCharactersInIDsAreErrorsAndDroppedFromText() {
        #expect(TestSupport.issues(["actors.csv": "id,name\n\"a\u{0}1\",Ann\na\u{1}2,Bo\n"]) == [
            "actors.csv:2:1: id: \"a\\u{0}1\" holds the control character U+0000; expected an id of printable characters",
            "actors.csv:3:1: id: \"a\\u{1}2\" holds the control character U+0001; expected an id of printable characters",
        ])
        let folder = TestSupport.folder(["actors.csv": "id,name\na,An\u{0}n\n"])
        let check = DatasetFolder(url: folder).check()
        #expect(check.map?.actors.first?.name == "Ann")
        #expect(check.warnings.map(\.description) == ["actors.csv:2:2: warning: name: control characters (such as U+0000) dropped from the value"])
    }

    @Test func aByteOrderMarkOutsideTheStartIsAnError() {
        #expect(TestSupport.issues(["actors.csv": "id,\u{FEFF}name\na,Ann\n"]) == [
            "actors.csv:1:2: a byte-order mark (U+FEFF) inside the header cell \"\\u{FEFF}name\"; expected one only at the very start of the file",
        ])
    }

    @Test func numbersFollowOneDecimalGrammar() {
        let issues = TestSupport.issues([
            "actors.csv": "id\na\nb\nc\nd\ne\n",
            "ties.csv": "source,target,weight\na,b,0x10\na,c,1e-400\na,d,1e309\na,e,inf\nb,c,1.5e2\n",
        ])
        #expect(issues == [
            "ties.csv:2:3: weight: \"0x10\" is not a number; expected a number such as 1 or 2.5",
            "ties.csv:3:3: weight: \"1e-400\" is too close to zero to hold (the smallest is about 4.9e-324), yet not zero; expected a number such as 1 or 2.5",
            "ties.csv:4:3: weight: \"1e309\" is too large to hold (the largest is about 1.8e308); expected a number such as 1 or 2.5",
            "ties.csv:5:3: weight: \"inf\" is not a number; expected a number such as 1 or 2.5",
        ])
        #expect(DecimalNumber.parse("1.5e2") == .success(150))
        #expect(DecimalNumber.parse("0e-400") == .success(0))
        #expect(DecimalNumber.parse("-0.000") == .success(0))
    }

    @Test func longOrBrokenValuesAreQuotedShortAndOnOneLine() {
        let long = String(repeating: "x", count: 10_000)
        let issues = TestSupport.issues(["actors.csv": "id\na\nb\nc\n", "ties.csv": "source,target,weight\na,b,\(long)\na,c,\"one\ntwo\"\n"])
        #expect(issues == [
            "ties.csv:2:3: weight: \"\(String(repeating: "x", count: 60))…\" (10000 characters) is not a number; expected a number such as 1 or 2.5",
            "ties.csv:3:3: weight: \"one\\u{A}two\" is not a number; expected a number such as 1 or 2.5",
        ])
    }
}
