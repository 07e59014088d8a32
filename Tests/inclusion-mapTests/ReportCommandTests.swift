import Foundation
import Testing

/// The `report` command: its files, its errors, and the README's first command.
extension CommandLineTests {
    @Test func reportOnTheBundledMap() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("inclusion-map-report-\(UUID().uuidString)").path
        let run = try run(["report", "--out", out, "--permutations", "99"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("wrote \(out)/index.html"))
        let page = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(page.contains("<h1>Inclusion map of Rivertown</h1>"))
        #expect(FileManager.default.fileExists(atPath: out + "/maps/whole.pdf"))
        #expect(FileManager.default.fileExists(atPath: out + "/tables/brokers.csv"))
        // Not a terminal: no progress lines on standard error.
        #expect(!run.errors.contains("…"))
    }

    @Test func reportOnLazegaByStatusAndRelation() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("inclusion-map-report-\(UUID().uuidString)").path
        let run = try run(["report", dataset("lazega-lawfirm"), "--out", out, "--group", "status", "--relation", "advice",
                           "--title", "Who advises whom", "--permutations", "99", "--ego-maps", "1"])
        #expect(run.status == 0, "\(run.errors)")
        let page = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(page.contains("<h1>Who advises whom</h1>"))
        #expect(page.contains("This report measures advice ties only."))
        #expect(page.contains("--group status --relation advice --title &#39;Who advises whom&#39;"))
        #expect(FileManager.default.fileExists(atPath: out + "/maps/ego-1.svg"))
        #expect(!FileManager.default.fileExists(atPath: out + "/maps/ego-2.svg"))
    }

    @Test func reportErrorsSayWhatAndWhere() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("inclusion-map-report-\(UUID().uuidString)").path
        let column = try run(["report", "--out", out, "--group", "nonsense"])
        #expect(column.status != 0)
        #expect(column.errors.contains("group column \"nonsense\": no actor has a value in it"))
        let relation = try run(["report", "--out", out, "--relation", "gossip"])
        #expect(relation.status != 0)
        #expect(relation.errors.contains("unknown relation \"gossip\""))
        let key = try run(["report", "--out", out, "--key", "k.csv"])
        #expect(key.status != 0)
        #expect(key.errors.contains("--key names the pseudonym key; it needs --pseudonymise."))
        let folder = try scratchFolder(["actors.csv": "id,name\na,A\na,B\n"])
        let broken = try run(["report", folder, "--out", out])
        #expect(broken.status != 0)
        #expect(broken.errors.contains("\(folder)/actors.csv:3:1:"))
        #expect(!FileManager.default.fileExists(atPath: out + "/index.html"))
    }
}
