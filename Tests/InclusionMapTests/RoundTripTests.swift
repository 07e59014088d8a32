import Foundation
import Testing
import InclusionMap

/// folder → map → folder → map is the same map, writing is byte-for-byte repeatable, and JSON
/// keeps a map whole; on every dataset in Datasets/.
@Suite struct RoundTripTests {
    static let datasets = TestSupport.datasetNames

    @Test func everyDatasetIsFound() {
        #expect(Self.datasets == [
            "bank-wiring", "freeman-eies", "krackhardt-hightech", "lazega-lawfirm", "rivertown",
            "uk-faculty", "workplace-invs13", "workplace-invs15",
        ])
    }

    @Test(arguments: datasets)
    func folderRoundTrip(_ name: String) throws {
        let original = try DatasetFolder(url: TestSupport.dataset(name)).read()
        let first = TestSupport.scratchFolder()
        try DatasetFolder.write(original, to: first)
        let reread = try DatasetFolder(url: first).read()
        #expect(reread == original)
        #expect(reread.extraColumns == original.extraColumns)

        // Writing again, from the re-read map, gives the same bytes.
        let second = TestSupport.scratchFolder()
        try DatasetFolder.write(reread, to: second)
        for file in DatasetFile.allCases {
            let a = try? Data(contentsOf: first.appendingPathComponent(file.fileName))
            let b = try? Data(contentsOf: second.appendingPathComponent(file.fileName))
            #expect(a == b, "\(name)/\(file.fileName) differs between two writes")
        }
    }

    @Test(arguments: datasets)
    func jsonRoundTrip(_ name: String) throws {
        let original = try DatasetFolder(url: TestSupport.dataset(name)).read()
        let data = original.jsonData()
        let decoded = try StakeholderMap(jsonData: data)
        #expect(decoded == original)
        #expect(decoded.extraColumns == original.extraColumns)
        #expect(decoded.jsonData() == data)
    }

    @Test func writingReplacesFilesTheMapNoLongerNeeds() throws {
        let folder = TestSupport.folder([
            "actors.csv": "id\na\n", "ties.csv": "source,target\n",
            "attendance.csv": "engagement,actor\n", "engagements.csv": "id\n",
        ])
        try DatasetFolder.write(try StakeholderMap(actors: [Actor(id: "b")]), to: folder)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("attendance.csv").path))
        #expect(try DatasetFolder(url: folder).read().actors.map(\.id) == ["b"])
    }

    @Test func writtenFilesHoldOnlyColumnsInUse() throws {
        let map = try StakeholderMap(
            actors: [Actor(id: "a", name: "Ann, Jr", roles: ["sponsor", "evidence champion"]), Actor(id: "b", consent: true)],
            ties: [Tie(source: "a", target: "b", weight: 0.1), Tie(source: "b", target: "a", relation: "advice", weight: 3, isDirected: true)])
        let files = DatasetFolder.files(for: map)
        #expect(files[.actors] == "id,name,roles,consent\na,\"Ann, Jr\",sponsor;evidence champion,\nb,,,true\n")
        #expect(files[.ties] == "source,target,relation,weight,directed\na,b,tie,0.1,false\nb,a,advice,3,true\n")
        #expect(files[.departments] == nil)
    }

    @Test func jsonErrorsSayWhere() {
        let bad = Data(#"{"actors":[{"id":"a"}],"ties":[{"source":"a","target":"b"}]}"#.utf8)
        // The tie's record opens at column 32 of the one line.
        #expect(throws: DatasetError(issues: [DatasetIssue(
            file: "map.json", line: 1, column: 32,
            message: "ties[0].target: unknown actor \"b\"; expected an actor id from actors.csv")])
        ) {
            try StakeholderMap(jsonData: bad)
        }
        let wrongType = Data(#"{"actors":[{"id":"a"}],"ties":[{"source":"a","target":"a","weight":"x"}]}"#.utf8)
        do {
            _ = try StakeholderMap(jsonData: wrongType)
            Issue.record("expected an error")
        } catch {
            #expect(error.issues.first?.message == "ties[0].weight: is a string; expected a number")
        }
    }
}
