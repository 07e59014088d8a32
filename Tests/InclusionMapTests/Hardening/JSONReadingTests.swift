import Foundation
import InclusionMap
import Testing

/// JSON maps read with positions and record paths, in the project's words.
@Suite struct JSONReadingTests {
    func issues(_ text: String) -> [String] {
        do {
            _ = try StakeholderMap(jsonData: Data(text.utf8), fileName: "map.json")
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    @Test func everyProblemHasItsLineColumnAndPath() {
        let text = """
            {"actors": [
              {"id": "a", "name": "Ann"},
              {"id": "  ", "kind": "robot"},
              {"id": "c", "consent": "yes", "colour": "red"}
            ],
             "ties": [{"source": "a", "target": "nobody", "weight": "-1"}]}
            """
        // Columns counted by hand: on line 3, `  {"id": "  "` puts the id's opening quote at
        // 10 and the kind's at 24; on line 4 consent's value opens at 26 and colour's at 43;
        // on line 6 the weight's opening quote is at 57 (a negative number is a negative tie,
        // read as given; a string is not a weight). Unknown fields are noted as the record
        // is opened, before its values are read.
        #expect(issues(text) == [
            "map.json:3:10: actors[1].id: is blank; expected an id",
            "map.json:3:24: actors[1].kind: \"robot\" is not a kind of actor; expected person, team, organisation, group",
            "map.json:4:43: actors[2].colour: is not a field of this record; expected attributes, consent, department, id, kind, name, organisation, responded, roles, sector",
            "map.json:4:26: actors[2].consent: is a string; expected true or false",
            "map.json:6:57: ties[0].weight: is a string; expected a number",
        ])
        #expect(issues("{\"actors\": [{\"id\": \"a\"}], \"ties\": [{\"source\": \"a\", \"target\": \"b\"}]}") == [
            // The tie's record opens at column 36.
            "map.json:1:36: ties[0].target: unknown actor \"b\"; expected an actor id from actors.csv",
        ])
    }

    @Test func duplicateKeysAndSyntaxAreErrorsWithAPlace() {
        #expect(issues("{\"actors\": [{\"id\": \"a\", \"id\": \"b\"}]}") == [
            "map.json:1:25: the key \"id\" appears twice in one object (first at line 1, column 14); expected each key once",
        ])
        #expect(issues("{\"actors\": [\n  {\"id\": \"a\",}\n]}") == ["map.json:2:14: expected a key in double quotes"])
        #expect(issues("{\"actors\": [{\"id\": \"a\", \"name\": \"line\nbreak\"}]}") == [
            "map.json:1:38: a control character (U+000A) inside a string; expected it written as an escape such as \\n",
        ])
        #expect(issues("") == ["map.json:1:1: the document is empty; expected a JSON object"])
        #expect(issues("{\"actors\": []} x") == ["map.json:1:16: text after the end of the document"])
        #expect(issues("{\"actors\": [{\"id\": \"a\"}], \"ties\": [{\"source\": \"a\", \"target\": \"a\", \"weight\": 1e999}]}")
            == ["map.json:1:77: \"1e999\" is too large to hold (the largest is about 1.8e308)"])
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        // The root object and 63 lists make 64 levels; the 64th "[" (column 12 + 63) is refused.
        #expect(issues("{\"actors\": " + deep + "}") == ["map.json:1:75: nesting deeper than 64 levels; a map needs four"])
    }

    @Test func aMapRoundTrips() throws {
        let map = try BundledDataset.rivertown.read()
        #expect(try StakeholderMap(jsonData: map.jsonData()) == map)
        let escaped = try StakeholderMap(jsonData: Data(#"{"actors": [{"id": "z\u00f6\ud83d\ude00", "name": "tab\there \"q\" \\ /"}]}"#.utf8))
        #expect(escaped.actors[0].id == "zö😀")
        #expect(escaped.actors[0].name == "tab\there \"q\" \\ /")
    }
}
