import Foundation
import InclusionMap
@testable import InclusionMapInterchange
import Testing

/// Telling formats apart from their content.
@Suite struct FormatDetectionTests {
    @Test func topLevelKeysAreFoundWithoutParsing() {
        let text = #"{"edges": [{"nodes": 1, "s\"x": "a,b"}], "graph": {"actors": []}, "nodes": [], "k\\": 2}"#
        #expect(JSONTopLevelKeys.keys(in: Data(text.utf8)) == ["edges", "graph", "nodes", "k\\\\"])
        #expect(JSONTopLevelKeys.keys(in: Data("[1, 2]".utf8)).isEmpty)
    }

    @Test func jsonAndWorkbooksAreToldApartByWhatTheyHold() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("detect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files: [(String, Data, MapFileFormat)] = [
            ("map.json", Data(#"{"ties": [], "actors": [{"id": "a"}]}"#.utf8), .json),
            ("graph.json", Data(#"{"edges": [], "nodes": [{"id": "a"}]}"#.utf8), .nodeLink),
            ("project.json", Data(#"{"elements": [{"label": "A"}], "connections": []}"#.utf8), .kumu),
            ("kumu.xlsx", Kumu.writeWorkbook(try StakeholderMap(actors: [Actor(id: "a")])).data, .kumuWorkbook),
            ("dataset.xlsx", DatasetWorkbook.write(try StakeholderMap(actors: [Actor(id: "a")])), .xlsx),
            ("m.txt", Data(",a,b\na,0,1\nb,1,0\n".utf8), .matrix),
            ("e.txt", Data("Source,Target\na,b\n".utf8), .gephi),
        ]
        for (name, data, format) in files {
            let url = folder.appendingPathComponent(name)
            try data.write(to: url)
            #expect(try MapFileFormat.detect(url) == format, "\(name)")
        }
    }
}
