import Foundation
import Testing
@testable import InclusionMap

/// The fast reading of large dataset files: UTF-8 checked without strings, rows read in
/// blocks on several cores, repeated ties found by sorting. Each answer is checked against an
/// independent one: the standard library's UTF-8 decoder, lines counted by hand in the text
/// written, and repeats listed by hand.
@Suite struct LargeFileReadingTests {
    @Test(arguments: [
        [UInt8](), Array("plain ascii, longer than eight bytes".utf8), Array("Zoë Ōkubo — 東京 🙂".utf8),
        [0xC0, 0x80],              // overlong NUL
        [0xE0, 0x80, 0xAF],        // overlong '/'
        [0xED, 0xA0, 0x80],        // a UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xF5, 0x80, 0x80, 0x80],  // lead byte never used
        [0xE2, 0x82],              // cut short
        Array("12345678".utf8) + [0x80],  // a lone continuation byte after a whole ASCII word
        Array("abcdefg".utf8) + [0xC3, 0xA9] + Array("hijklmnop".utf8),  // é across an 8-byte word
        [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],  // edges that are valid
    ] as [[UInt8]])
    func utf8CheckAgreesWithTheStandardDecoder(bytes: [UInt8]) {
        let expected = String(validating: bytes, as: UTF8.self) != nil
        #expect(bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) } == expected)
    }

    /// Plain lines counted without the scanner: records and the place after every second one,
    /// counted by hand from the text (lines 1–6; line 3 is empty and no record; the last
    /// record has no line break, so the place after it is the end, still on line 6).
    @Test func plainLinesAreCountedAsTheScannerWould() {
        let text = "a,b\nc,d\n\ne,f\n,\ng,h"
        let counted = Array(text.utf8).withUnsafeBufferPointer { CSVLines.count($0, from: 0, line: 1, every: 2) }
        #expect(counted?.records == 5)
        #expect(counted?.marks.map(\.offset) == [8, 15])  // after "c,d\n" and after ",\n"
        #expect(counted?.marks.map(\.line) == [3, 6])
        let last = Array(text.utf8).withUnsafeBufferPointer { CSVLines.count($0, from: 0, line: 1, every: 5) }
        #expect(last?.marks.map(\.offset) == [text.utf8.count] && last?.marks.map(\.line) == [6])
        // Anything the scanner must judge is left to it.
        for hard in ["a,\"b\"\n", "a,b\r\nc,d\n", "a,\u{FF}\n", String(repeating: "x", count: InputLimits.maximumColumns) + "\n"] {
            var bytes = Array(hard.utf8)
            if hard.contains("\u{FF}") { bytes = Array("a,".utf8) + [0xFF, 0x0A] }
            #expect(bytes.withUnsafeBufferPointer { CSVLines.count($0, from: 0, line: 1, every: 2) } == nil)
        }
    }

    /// 40,000 ties span three blocks of 16,384 rows. A quoted line break in row 100 moves every
    /// later row one line down, so row r (1-based, under the header) starts on line r + 2 from
    /// row 101 on; the bad weight is in row 33,000, so on line 33,002, column 3.
    @Test func rowsReadInBlocksKeepTheirOrderAndLines() throws {
        let actors = "id\n" + (0..<500).map { "a\($0)\n" }.joined()
        var ties = "source,target,weight,note\n"
        for row in 1...40_000 {
            let weight = row == 33_000 ? "heavy" : "\(row % 7)"
            let note = row == 100 ? "\"two\nlines\"" : "n\(row)"
            ties += "a\(row % 500),a\(Self.target(of: row)),\(weight),\(note)\n"
        }
        let check = DatasetFolder(url: TestSupport.folder(["actors.csv": actors, "ties.csv": ties])).check()
        #expect(check.map == nil)
        #expect(check.issues.map(\.description) == [
            "ties.csv:33002:3: weight: \"heavy\" is not a number; expected a number such as 1 or 2.5",
        ])

        let good = ties.replacingOccurrences(of: ",heavy,", with: ",2,")
        let map = try DatasetFolder(url: TestSupport.folder(["actors.csv": actors, "ties.csv": good])).read()
        #expect(map.ties.count == 40_000)
        for row in [1, 100, 16_384, 16_385, 32_768, 32_769, 40_000] {
            let tie = map.ties[row - 1]
            #expect(tie.source == "a\(row % 500)" && tie.target == "a\(Self.target(of: row))")
            #expect(tie.weight == Double(row == 33_000 ? 2 : row % 7))
            #expect(tie.attributes["note"] == (row == 100 ? "two\nlines" : "n\(row)"))
        }
    }

    /// Reading ties.csv counts its blocks as they are done: 40,000 rows are three blocks of
    /// 16,384 (the last of 7,232), so the counts are 1, 2 and 3 of 3, in whichever order the
    /// cores finish them, after the step "reading ties.csv".
    @Test func readingCountsTheBlocksOfTies() throws {
        let actors = "id\n" + (0..<500).map { "a\($0)\n" }.joined()
        let ties = "source,target\n" + (1...40_000).map { "a\($0 % 500),a\(Self.target(of: $0))\n" }.joined()
        let heard = Heard()
        let progress = ProgressReporter(step: { heard.note("step \($0)") }, advance: { heard.note("\($0) of \($1)") })
        _ = try DatasetFolder(url: TestSupport.folder(["actors.csv": actors, "ties.csv": ties])).read(progress: progress)
        #expect(heard.notes.first == "step reading ties.csv")
        #expect(Set(heard.notes.dropFirst()) == ["1 of 3", "2 of 3", "3 of 3"] && heard.notes.count == 4)
    }

    /// What a progress reporter was told, from any thread.
    private final class Heard: @unchecked Sendable {
        private let lock = NSLock()
        private var said: [String] = []
        func note(_ words: String) { lock.lock(); said.append(words); lock.unlock() }
        var notes: [String] { lock.lock(); defer { lock.unlock() }; return said }
    }

    /// The target of row `row`: a(s + k + 1) for source a(s), s = row mod 500, k = row / 500
    /// (at most 80), so no two rows join the same pair either way (that would need k + k′ + 2
    /// to be a multiple of 500) and none is a self-loop.
    private static func target(of row: Int) -> Int {
        (row % 500 + row / 500 + 1) % 500
    }

    /// Lines 2–7 of the file: an undirected tie read both ways repeats; a directed one does not
    /// repeat its reverse; another wave or relation is another tie.
    @Test func repeatsAreFoundWhateverTheOrderOfTheirEnds() {
        let check = DatasetFolder(url: TestSupport.folder([
            "actors.csv": "id\na\nb\nc\n",
            "ties.csv": "source,target,relation,directed,wave\n"
                + "b,c,advice,false,\n"   // 2
                + "c,b,advice,true,\n"    // 3: directed, not a repeat of 2
                + "b,c,advice,true,\n"    // 4: directed, reverse of 3, not a repeat
                + "c,b,advice,false,\n"   // 5: repeats 2
                + "c,b,advice,false,w2\n" // 6: another wave
                + "b,c,advice,true,\n",   // 7: repeats 4
        ])).check()
        #expect(check.issues.map(\.description) == [
            "ties.csv:5: warning: repeats the advice tie c–b of line 2; network measures merge repeated ties",
            "ties.csv:7: warning: repeats the advice tie b–c of line 4; network measures merge repeated ties",
        ])
    }

    /// A map edited after reading drops its cached tie ends, and its views still read the ties.
    @Test func editingDropsTheCachedEnds() throws {
        var map = try DatasetFolder(url: TestSupport.folder([
            "actors.csv": "id\na\nb\nc\n", "ties.csv": "source,target\na,b\nb,c\n",
        ])).read()
        #expect(map.tieEnds?.sources == [0, 1] && map.tieEnds?.targets == [1, 2])
        try map.removeActor(withID: "a")
        #expect(map.tieEnds == nil)
        let view = NetworkIndex(map)
        #expect(view.actorIDs == ["b", "c"] && view.tieCount == 1)
        #expect(view.outNeighbours(of: view.node(of: "b")!) == [view.node(of: "c")!])
    }
}
