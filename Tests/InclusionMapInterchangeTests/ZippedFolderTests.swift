import Foundation
import InclusionMap
@testable import InclusionMapInterchange
import Testing
import ZIPFoundation

/// A dataset folder zipped for upload: written out whole, or refused with nothing written when
/// an entry would land outside the folder, is a link, or the archive is damaged.
@Suite struct ZippedFolderTests {
    private func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("zipped-\(UUID().uuidString)")
    }

    @Test func aZippedDatasetFolderIsWrittenOutAndReads() throws {
        // As Finder or Explorer zips a folder: one top folder, a __MACOSX fork and a .DS_Store.
        let data = try HostileXMLTests.workbook([
            "team/actors.csv": "id,department\na,x\nb,y\n",
            "team/ties.csv": "source,target\na,b\n",
            "team/.DS_Store": "junk",
            "__MACOSX/team/._actors.csv": "fork",
        ])
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ZippedFolder.extract(data, fileName: "team.zip", into: folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["actors.csv", "ties.csv"])
        let map = try #require(DatasetFolder(url: folder).check().map)
        #expect(map.actors.count == 2 && map.ties.count == 1)
    }

    @Test func entriesLeadingOutAreRefusedBeforeAnythingIsWritten() throws {
        for path in ["../evil.csv", "team/../../evil.csv", "/etc/evil.csv", "team\\evil.csv", "team/./actors.csv"] {
            let data = try HostileXMLTests.workbook(["team/actors.csv": "id\na\n", path: "x"])
            let folder = scratch()
            #expect(throws: DatasetError.self, "\(path)") { try ZippedFolder.extract(data, fileName: "team.zip", into: folder) }
            #expect(!FileManager.default.fileExists(atPath: folder.path), "\(path)")
            #expect(!FileManager.default.fileExists(atPath: folder.deletingLastPathComponent().appendingPathComponent("evil.csv").path))
        }
    }

    @Test func damagedArchivesAndLinksAreRefusedInWords() throws {
        let folder = scratch()
        do {
            try ZippedFolder.extract(Data("not a zip".utf8), fileName: "team.zip", into: folder)
            Issue.record("a text file was taken for an archive")
        } catch {
            #expect(error.issues.first?.description.hasPrefix("team.zip: not a zip archive that can be read") == true)
        }
        let archive = try Archive(data: Data(), accessMode: .create)
        let target = Data("/etc".utf8)
        try archive.addEntry(with: "team/link", type: .symlink, uncompressedSize: Int64(target.count)) { (position: Int64, size: Int) in
            target.subdata(in: Int(position)..<Int(position) + size)
        }
        do {
            try ZippedFolder.extract(archive.data!, fileName: "team.zip", into: folder)
            Issue.record("a link was written")
        } catch {
            #expect(error.issues.first?.description == "team.zip: its entry \"team/link\" is a link, which a dataset folder never holds")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
