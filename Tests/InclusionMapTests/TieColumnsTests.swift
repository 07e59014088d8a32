import Foundation
import Testing
@testable import InclusionMap

/// Ties stored a column at a time (`TieList`), and ties.csv read straight into those columns
/// (`TieFileReader`, `ActorIDTable`). Every expected tie is written out by hand from the rows
/// of the file; the rows read from bytes and the rows read as strings must give the same ties.
@Suite struct TieColumnsTests {
    // MARK: TieList

    @Test func aListReadsBackTheTiesItWasGiven() throws {
        let ties = [
            Tie(source: "a", target: "b"),
            Tie(source: "b", target: "c", relation: "advice", weight: 2.5, isDirected: true, wave: "w1",
                date: CalendarDate(parsing: "2024-03-18"), provenance: "survey", attributes: ["note": "x"]),
            Tie(source: "c", target: "a", relation: "advice", wave: ""),
        ]
        var list = TieList(ties)
        #expect(Array(list) == ties)
        #expect(list == [ties[0], ties[1], ties[2]])
        // Both ends of every tie and each name are kept once.
        #expect(list.names.labels == ["a", "b", "c"])
        #expect(list.relationNames.labels == ["tie", "advice"])
        #expect(list.waves == [-1, 0, 1])
        #expect(list.waveNames.labels == ["w1", ""])
        #expect(list.distinctWaves == ["w1"])

        #expect(list.remove(at: 1) == ties[1])
        #expect(Array(list) == [ties[0], ties[2]])
        list.append(ties[1])
        #expect(Array(list) == [ties[0], ties[2], ties[1]])
        list.removeAll { $0.relation == "advice" }
        #expect(Array(list) == [ties[0]])
    }

    @Test func columnsNoTieUsesTakeNoRoom() {
        var list = TieList([Tie(source: "a", target: "b"), Tie(source: "b", target: "a", weight: 3)])
        #expect(list.waves == nil && list.provenances == nil && list.dates == nil && list.attributes == nil)
        // The first tie with a date brings the column in, the earlier ties without one.
        list.append(Tie(source: "a", target: "c", date: CalendarDate(parsing: "2025-01-02")))
        #expect(list.dates?.count == 3)
        #expect(list.dates?[0] == nil && list.dates?[2] == CalendarDate(parsing: "2025-01-02"))
        #expect(list.waves == nil)
    }

    @Test func aListIsWrittenAsAnArrayOfTies() throws {
        let ties = [Tie(source: "a", target: "b", relation: "advice", isDirected: true), Tie(source: "b", target: "c", wave: "w2")]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(TieList(ties)) == encoder.encode(ties))
        #expect(try JSONDecoder().decode(TieList.self, from: encoder.encode(ties)) == TieList(ties))
    }

    // MARK: ActorIDTable

    @Test func idsAreFoundByTheirBytes() {
        let long = String(repeating: "x", count: 300)
        let ids = ["a", "a1", "12345678", "123456789", "Zoë", long, long + "y", "", "a1", "b"]
        let table = ActorIDTable(ids)
        #expect(table.position(of: "a") == 0)
        #expect(table.position(of: "a1") == 1)  // listed twice: its first position
        #expect(table.position(of: "12345678") == 2)   // 8 bytes: held in its slot
        #expect(table.position(of: "123456789") == 3)  // 9 bytes: read from the id bytes
        #expect(table.position(of: "Zoë") == 4)
        #expect(table.position(of: long) == 5)
        #expect(table.position(of: long + "y") == 6)
        #expect(table.position(of: "") == 7)
        #expect(table.position(of: "b") == 9)
        for absent in ["A", "a12", "1234567", "12345678 ", "Zoe", String(repeating: "x", count: 299), "c"] {
            #expect(table.position(of: absent) == nil)
        }
    }

    @Test func manyIDsAreEachFoundAtTheirPosition() {
        let ids = (0..<20_000).map { "n\($0 * 7919 % 100_003)" }
        let table = ActorIDTable(ids)
        for (position, id) in ids.enumerated() { #expect(table.position(of: id) == position) }
        #expect(table.position(of: "n100003") == nil)
    }

    // MARK: ties.csv read into columns

    /// One row of each kind the byte reader hands to the string reader, between plain rows;
    /// the ties are written out from the rows by hand.
    @Test func rowsReadFromBytesAndAsStringsGiveTheSameTies() throws {
        let map = try DatasetFolder(url: TestSupport.folder([
            "actors.csv": "id\na\nb\nZoë\nlong-id-of-many-bytes\n",
            "ties.csv": "source,target,relation,weight,directed,wave,date,source_of_evidence,note\n"
                + "a,b,advice,2,true,w1,2024-03-18,survey,n1\n"          // plain
                + " a ,b,advice,1,yes,w1,,,\n"                           // spaces trimmed
                + "a,Zoë,,,,,,,\n"                                        // not ASCII; defaults
                + "\"b\",\"a\",\"say \"\"hi\"\"\",0.5,0,,,,\"q\"\n"       // quoted, a doubled quote
                + "long-id-of-many-bytes,a,advice,1,false,w2,2024-03-19,minutes,'=1\n"  // apostrophe prefix
                + "b,a,advice,2,TRUE,w1,,,\n"                            // a word read by BooleanText
                + "a,b,,,,,,,\n",                                        // plain with every default
        ])).read()
        let date = { (text: String) in CalendarDate(parsing: text) }
        #expect(Array(map.ties) == [
            Tie(source: "a", target: "b", relation: "advice", weight: 2, isDirected: true, wave: "w1",
                date: date("2024-03-18"), provenance: "survey", attributes: ["note": "n1"]),
            Tie(source: "a", target: "b", relation: "advice", weight: 1, isDirected: true, wave: "w1"),
            Tie(source: "a", target: "Zoë"),
            Tie(source: "b", target: "a", relation: "say \"hi\"", weight: 0.5, attributes: ["note": "q"]),
            Tie(source: "long-id-of-many-bytes", target: "a", relation: "advice", wave: "w2",
                date: date("2024-03-19"), provenance: "minutes", attributes: ["note": "=1"]),
            Tie(source: "b", target: "a", relation: "advice", weight: 2, isDirected: true, wave: "w1"),
            Tie(source: "a", target: "b"),
        ])
    }

    /// 20,000 rows span two blocks of 16,384. The second block meets the relation `info`
    /// before `advice`, and rows 17,000 and 19,000 (lines 17,001 and 19,001) name an actor
    /// that is not in actors.csv, once plainly and once with a space to trim.
    @Test func laterBlocksKeepTheirNamesAndTheirErrors() throws {
        let actors = "id\n" + (0..<100).map { "a\($0)\n" }.joined()
        func row(_ r: Int) -> (source: String, target: String, relation: String) {
            (source: "a\(r % 100)", target: "a\((r + 1 + r / 100) % 100)", relation: r > 16_384 && r % 3 == 0 ? "info" : "advice")
        }
        func file(unknown: Bool) -> String {
            var ties = "source,target,relation\n"
            for r in 1...20_000 {
                let tie = row(r)
                let target = unknown && r == 17_000 ? "zz" : unknown && r == 19_000 ? " zz " : tie.target
                ties += "\(tie.source),\(target),\(tie.relation)\n"
            }
            return ties
        }
        let check = DatasetFolder(url: TestSupport.folder(["actors.csv": actors, "ties.csv": file(unknown: true)])).check()
        #expect(check.map == nil)
        #expect(check.issues.filter { $0.severity == .error }.map(\.description) == [
            "ties.csv:17001:2: target: unknown actor \"zz\"; expected an actor id from actors.csv",
            "ties.csv:19001:2: target: unknown actor \"zz\"; expected an actor id from actors.csv",
        ])

        let map = try DatasetFolder(url: TestSupport.folder(["actors.csv": actors, "ties.csv": file(unknown: false)])).read()
        #expect(map.ties.count == 20_000)
        #expect(map.ties.relationNames.labels == ["advice", "info"])
        for r in [1, 16_384, 16_385, 16_386, 16_387, 17_000, 19_999, 20_000] {
            let tie = map.ties[r - 1], expected = row(r)
            #expect(tie.source == expected.source && tie.target == expected.target && tie.relation == expected.relation)
        }
        // The read list numbers its ends as the actors, so network views take them as they are.
        #expect(map.ties.sharesActorNumbering(with: map))
        // Multiples of 3 from 16,385 to 20,000: 6,666 − 5,461 = 1,205.
        let counts = map.ties.reduce(into: [String: Int]()) { $0[$1.relation, default: 0] += 1 }
        #expect(counts == ["advice": 20_000 - 1_205, "info": 1_205])
    }
}
