import Foundation
import InclusionMap
import InclusionMapInterchange
@testable import InclusionMapServer
import Testing
import ZIPFoundation

/// Bringing data in from the page: uploads kept in the workspace and nowhere else, a survey
/// export read with its names to review, one decided, and built into a map; a map added as a
/// wave of a register.
@Suite("Workbench import", .serialized)
struct WorkbenchImportTests {
    private static func survey(_ workspace: URL) throws {
        let folder = workspace.appendingPathComponent("survey")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in ["responses.csv", "staff.csv", "survey.json"] {
            try FileManager.default.copyItem(at: WorkbenchHarness.datasets.appendingPathComponent("rivertown-survey/\(file)"),
                                            to: folder.appendingPathComponent(file))
        }
        try WorkbenchHarness.write(WorkbenchHarness.path, to: "path", in: workspace)
    }

    /// The path a–b–c zipped in a top folder, as a file manager zips a folder.
    static func zippedPath() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (file, text) in WorkbenchHarness.path.sorted(by: { $0.key < $1.key }) {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: "team/" + file, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    @Test func uploadsStayInTheWorkspacesUploadsFolder() async throws {
        try await WorkbenchHarness.with(source: "path", prepare: Self.survey) { harness in
            func upload(_ name: String, _ text: String) async throws -> WorkbenchHarness.Answer {
                let own = "http://\(harness.base.host!):\(harness.base.port!)"
                return try await harness.request("/api/upload?name=\(name)", method: "POST", headers: ["Origin": own], body: Data(text.utf8))
            }
            let first = try await upload("..%2F..%2Fevil.graphml", "one")
            #expect((try first.json() as? [String: String])?["path"] == "uploads/evil.graphml")
            let second = try await upload("evil.graphml", "two")
            #expect((try second.json() as? [String: String])?["path"] == "uploads/evil-2.graphml")
            #expect(try String(contentsOf: harness.workspace.appendingPathComponent("uploads/evil.graphml"), encoding: .utf8) == "one")
            #expect(!FileManager.default.fileExists(atPath: harness.workspace.deletingLastPathComponent().appendingPathComponent("evil.graphml").path))
            #expect(try await upload("", "x").status == 400)
            #expect(try await upload("...", "x").status == 400)
            let listed = try #require(try await harness.request("/api/workspace").json() as? [[String: Any]])
            #expect(listed.contains { $0["path"] as? String == "uploads/evil-2.graphml" })
            // A zipped dataset folder is written out as a folder, and opens.
            let zipped = try await harness.request("/api/upload?name=team.zip", method: "POST",
                                                   headers: ["Origin": "http://\(harness.base.host!):\(harness.base.port!)"],
                                                   body: try Self.zippedPath())
            #expect((try zipped.json() as? [String: String])?["path"] == "uploads/team")
            #expect(try await harness.post("/api/open", json: #"{"path": "uploads/team"}"#).status == 200)
            // Without the page's Origin nothing is written.
            let foreign = try await harness.request("/api/upload?name=x.csv", method: "POST", body: Data("x".utf8))
            #expect(foreign.status == 403)
        }
    }

    /// The Rivertown survey's one ambiguous name: eh01 wrote "Chris", and two people called
    /// Chris work in Early Help (eh90, eh91). Decided as eh90, the map gains exactly that tie.
    @Test func aSurveyIsReviewedAndBuilt() async throws {
        try await WorkbenchHarness.with(source: "path", prepare: Self.survey) { harness in
            let request = #"{"responses": "survey/responses.csv", "roster": "survey/staff.csv"}"#
            let preview = try #require(try await harness.post("/api/survey/preview", json: request).json() as? [String: Any])
            let review = try #require(preview["review"] as? [[String: Any]])
            let chris = try #require(review.first { $0["answer"] as? String == "Chris" })
            #expect(chris["rule"] as? String == "ambiguous")
            #expect(chris["respondent"] as? String == "eh01")
            #expect((chris["candidates"] as? [[String: Any]])?.map { $0["id"] as? String } == ["eh90", "eh91"])

            let uncorrected = try SurveyImport(
                responses: harness.workspace.appendingPathComponent("survey/responses.csv"),
                roster: harness.workspace.appendingPathComponent("survey/staff.csv"),
                configuration: SurveyConfiguration.read(Data(contentsOf: harness.workspace.appendingPathComponent("survey/survey.json")), fileName: "survey.json"))
            #expect(preview["ties"] as? Int == uncorrected.map.ties.count)

            let question = try #require(chris["question"] as? String)
            let decided = #"{"responses": "survey/responses.csv", "roster": "survey/staff.csv", "out": "surveyed", "corrections": [{"respondent": "eh01", "question": "\#(question)", "answer": "Chris", "matched_id": "eh90"}]}"#
            let built = try await harness.post("/api/survey/build", json: decided)
            #expect(built.status == 200)
            #expect((try built.json() as? [String: Any])?["name"] as? String == "surveyed")
            let written = try #require(DatasetFolder(url: harness.workspace.appendingPathComponent("surveyed")).check().map)
            #expect(written.ties.count == uncorrected.map.ties.count + 1)
            #expect(written.ties.contains { $0.source == "eh01" && $0.target == "eh90" })
            #expect(FileManager.default.fileExists(atPath: harness.workspace.appendingPathComponent("surveyed/matches.csv").path))
            let matches = try String(contentsOf: harness.workspace.appendingPathComponent("surveyed/matches.csv"), encoding: .utf8)
            #expect(matches.contains("eh01,\(question),Chris,eh90,corrected"))
            // The folder exists now: a second build under its name is refused.
            #expect(try await harness.post("/api/survey/build", json: decided).status == 400)
            let bad = try await harness.post("/api/survey/preview", json: #"{"responses": "survey/staff.csv", "roster": "survey/staff.csv", "config": "path/actors.csv"}"#)
            #expect(bad.status == 422)
        }
    }

    @Test func aMapBecomesAWaveOfARegister() async throws {
        try await WorkbenchHarness.with(source: "path", prepare: Self.survey) { harness in
            let added = try await harness.post("/api/register/add", json: #"{"register": "programme.sqlite", "wave": "2026", "source": "path"}"#)
            #expect(added.status == 200)
            #expect((try added.json() as? [[String: Any]])?.map { $0["id"] as? String } == ["2026"])
            let again = try await harness.post("/api/register/add", json: #"{"register": "programme.sqlite", "wave": "2026", "source": "path"}"#)
            #expect(again.status == 400)
            #expect(try await harness.post("/api/register/add", json: #"{"register": "../outside.sqlite", "wave": "1", "source": "path"}"#).status == 400)
            #expect(try await harness.post("/api/register/add", json: #"{"register": "notes.txt", "wave": "1", "source": "path"}"#).status == 400)
        }
    }
}
