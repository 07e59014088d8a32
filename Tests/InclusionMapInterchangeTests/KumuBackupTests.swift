import Foundation
import InclusionMap
@testable import InclusionMapInterchange
import Testing

/// Kumu's "Export JSON" project backup (issue 40): fields under `attributes`, `_id`s, ends named
/// by `_id`, `direction` and `reversed` on the connection. Before, the reader took only the flat
/// blueprint and refused every backup ("elements[0]: an element without a Label"); read by
/// hand here from the structure of the three backups in Kumu's own documentation
/// (github.com/kumu/docs: content/snap-to-tutorial-project.json, 51 elements and 113
/// connections; images/kumu-changelabs-template.json, 10 and 11;
/// images/kumu-omidyarnetwork-us-financial-inclusion-BACKUP.json, 230 and 232 — all three read).
@Suite struct KumuBackupTests {
    static let backup = """
        {"name": "Partnership map", "description": "", "defaultMap": "map-1",
         "attributes": [{"_id": "attr-1", "name": "Element Type", "format": "string"}],
         "elements": [
           {"_id": "elem-A1", "attributes": {"label": "Samira Haddad", "element type": "Person", "department": "Early Help",
                                             "tags": ["knowledge broker", "parent"], "years in post": 7}},
           {"_id": "elem-B2", "attributes": {"label": "Housing Forum", "element type": "Organisation"}},
           {"_id": "elem-C3", "attributes": {"label": "Samira Haddad", "element type": "Person", "department": "Schools"}},
           {"_id": "elem-D4", "attributes": {}}
         ],
         "connections": [
           {"_id": "conn-1", "direction": "directed", "delayed": false, "reversed": false,
            "attributes": {"connection type": "advice", "strength": 3}, "from": "elem-A1", "to": "elem-B2"},
           {"_id": "conn-2", "direction": "directed", "delayed": true, "reversed": true,
            "attributes": {"connection type": "advice"}, "from": "elem-A1", "to": "elem-C3"},
           {"_id": "conn-3", "direction": "mutual", "delayed": false, "reversed": false, "attributes": {}, "from": "elem-C3", "to": "elem-D4"}
         ],
         "loops": [{"_id": "loop-1"}],
         "maps": [{"_id": "map-1", "elements": [{"_id": "node-1", "position": {"x": 1, "y": 2}, "element": "elem-A1"}]}],
         "perspectives": [{"_id": "pers-1"}, {"_id": "pers-2"}]}
        """

    @Test func aProjectBackupReadsItsElementsConnectionsAndFields() throws {
        let (map, warnings) = try Kumu.readJSON(Data(Self.backup.utf8), fileName: "partnership.json")
        // Four elements; the two called Samira Haddad stay two people (their `_id`s differ),
        // with ids made from the label; the one without a label takes its id from its `_id`.
        #expect(map.actors.map(\.id) == ["samira-haddad", "housing-forum", "samira-haddad-2", "elem-d4"])
        #expect(map.actors.map(\.name) == ["Samira Haddad", "Housing Forum", "Samira Haddad", nil])
        #expect(map.actors.map(\.kind) == [.person, .organisation, .person, nil])
        #expect(map.actors[0].department == "Early Help" && map.actors[2].department == "Schools")
        #expect(map.actors[0].roles == ["knowledge broker"] && map.actors[0].attributes["tags"] == "parent")
        #expect(map.actors[0].attributes["years in post"] == "7")
        // conn-1: A1 → B2, advice, strength 3. conn-2 is reversed: drawn C3 → A1, and delayed.
        // conn-3: mutual, read as undirected.
        let ties = map.ties.map { "\($0.source)→\($0.target) \($0.relation) \($0.weight) \($0.isDirected)" }
        #expect(ties == ["samira-haddad→housing-forum advice 3.0 true", "samira-haddad-2→samira-haddad advice 1.0 true",
                         "samira-haddad-2→elem-d4 tie 1.0 false"])
        #expect(map.ties[1].attributes["delayed"] == "true")
        let warning = try #require(warnings.first { $0.message.contains("project backup") })
        #expect(warning.message == "a Kumu project backup: its 1 loop, 1 map (with element positions), 2 views are not kept; elements, connections and their fields are")
    }
}
