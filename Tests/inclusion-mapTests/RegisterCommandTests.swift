import Foundation
import Testing

/// `register` and `compare` as a user runs them, on the two Rivertown waves.
extension CommandLineTests {
    /// A new register holding the two Rivertown waves as 2024 and 2025.
    func rivertownRegister() throws -> String {
        let file = try scratchFolder([:]) + "/rivertown.sqlite"
        #expect(try run(["register", "init", file]).status == 0)
        for (wave, folder) in [("2024", "wave-1"), ("2025", "wave-2")] {
            let added = try run(["register", "add", file, dataset("rivertown-waves") + "/" + folder, "--wave", wave])
            #expect(added.status == 0, "\(added.errors)")
        }
        return file
    }

    @Test func registerWavesAndEveryCommandReadsAWave() throws {
        let file = try rivertownRegister()
        let waves = try run(["register", "waves", file, "--format", "csv"])
        // wave-1 is the Rivertown folder (111 actors, 408 ties); wave-2 drops 2 actors and adds 3,
        // drops 6 ties (4 of leavers, 1 more of theirs, eh02–sc02) and adds 9 (3 + 2 × 3): the
        // generator's story; counted from the files here.
        let wave2 = try String(contentsOfFile: dataset("rivertown-waves") + "/wave-2/ties.csv", encoding: .utf8)
        let ties2 = wave2.split(separator: "\n").count - 1
        #expect(waves.output == "wave,label,date,revision,actors,ties\n2024,,,1,111,408\n2025,,,1,112,\(ties2)\n")
        let latest = try run(["summary", file, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(latest.output.utf8)) as? [String: Any])
        #expect(object["actors"] as? Int == 112)
        let earlier = try run(["summary", file, "--wave", "2024", "--format", "json"])
        let first = try #require(try JSONSerialization.jsonObject(with: Data(earlier.output.utf8)) as? [String: Any])
        #expect(first["actors"] as? Int == 111)
        let unknown = try run(["summary", file, "--wave", "2030"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("no wave \"2030\"; the register holds \"2024\", \"2025\""))
    }

    @Test func registerExportGivesTheWaveBack() throws {
        let file = try rivertownRegister()
        let out = try scratchFolder([:]) + "/out"
        let export = try run(["register", "export", file, "--wave", "2024", "--out", out])
        #expect(export.status == 0, "\(export.errors)")
        let ties = try String(contentsOfFile: out + "/ties.csv", encoding: .utf8)
        let original = try String(contentsOfFile: dataset("rivertown-waves") + "/wave-1/ties.csv", encoding: .utf8)
        #expect(ties.split(separator: "\n").count == original.split(separator: "\n").count)
        // The two parents who refused consent are written under their codes, as by convert:
        // the register's keyed codes (withheld- and ten hex digits), the same in every wave.
        let actors = try String(contentsOfFile: out + "/actors.csv", encoding: .utf8)
        #expect(!actors.contains("pa07") && !actors.contains("pa09"))
        #expect(codes(in: actors).count == 2)
        #expect(codes(in: actors).allSatisfy { $0.count == "withheld-".count + 10 })
        let later = try scratchFolder([:]) + "/later"
        #expect(try run(["register", "export", file, "--wave", "2025", "--out", later]).status == 0)
        #expect(codes(in: try String(contentsOfFile: later + "/actors.csv", encoding: .utf8)) == codes(in: actors))
    }

    @Test func registerRefusesBadInputAndChangesNothing() throws {
        let file = try rivertownRegister()
        let duplicate = try run(["register", "add", file, dataset("rivertown"), "--wave", "2024"])
        #expect(duplicate.status == 1)
        #expect(duplicate.errors.contains("wave \"2024\" is already in the register"))
        let bad = try scratchFolder(["actors.csv": "id\na\n", "ties.csv": "source,target\na,b\n"])
        let invalid = try run(["register", "add", file, bad, "--wave", "2026"])
        #expect(invalid.status == 1)
        #expect(invalid.errors.contains("\(bad)/ties.csv:2:2: target: unknown actor \"b\""), "\(invalid.errors)")
        #expect(try run(["register", "waves", file, "--format", "csv"]).output.split(separator: "\n").count == 3)
        let notRegister = try scratchFolder(["x.sqlite": "not a database"]) + "/x.sqlite"
        let refused = try run(["register", "waves", notRegister])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("not an InclusionMap register (it is not a SQLite database)"))
        #expect(try run(["register", "add", file, bad]).errors.contains("Missing --wave ID"))
    }

    @Test func compareFindsThePlantedStoryFromTheCommandLine() throws {
        let file = try rivertownRegister()
        let truthData = try Data(contentsOf: URL(fileURLWithPath: dataset("rivertown-waves") + "/truth.json"))
        let truth = try #require(try JSONSerialization.jsonObject(with: truthData) as? [String: Any])
        let space = (truth["planned_space"] as! [String]).joined(separator: ",")
        let result = try run(["compare", file, "--space", space, "--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["joined"] as? [String] == truth["joiners"] as? [String])
        #expect(object["left"] as? [String] == truth["leavers"] as? [String])
        #expect(object["engagedBrokers"] as? [String] == truth["engaged_brokers"] as? [String])
        let findings = try #require(object["findings"] as? [[String: String]])
        #expect(findings.allSatisfy { !($0["reason"] ?? "").isEmpty })
        #expect(findings.contains { $0["kind"] == "single-point-resolved" && $0["subject"] == "early-help + housing" })
        #expect(findings.contains { $0["kind"] == "single-point-new" && $0["subject"] == "early-help + social-care" })
        #expect(findings.contains { $0["kind"] == "what-if" })
        // Two folders compare the same way.
        let folders = try run(["compare", dataset("rivertown-waves") + "/wave-1", dataset("rivertown-waves") + "/wave-2", "--format", "csv"])
        #expect(folders.status == 0)
        #expect(folders.output.contains("broker-engaged,eh07,"))
        let table = try run(["compare", file])
        #expect(table.output.contains("Comparing wave 2024 of"))
    }

    @Test func reportOnARegisterOpensWithWhatChanged() throws {
        let file = try rivertownRegister()
        let out = try scratchFolder([:]) + "/report"
        let result = try run(["report", file, "--out", out, "--permutations", "99", "--ego-maps", "0"])
        #expect(result.status == 0, "\(result.errors)")
        let page = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(page.contains("What changed since 2024"))
        #expect(FileManager.default.fileExists(atPath: out + "/maps/change.svg"))
        // The earlier wave alone: no section on changes.
        let first = try run(["report", file, "--wave", "2024", "--out", out + "-2024", "--permutations", "99", "--ego-maps", "0"])
        #expect(first.status == 0)
        #expect(!(try String(contentsOfFile: out + "-2024/index.html", encoding: .utf8)).contains("What changed since"))
        let since = try run(["report", file, "--since", "2030", "--out", out + "-x"])
        #expect(since.status != 0)
        #expect(since.errors.contains("--since 2030: expected another wave of"))
    }
}

extension CommandLineTests {
    /// A folder this user may not enter is named once, in plain words, not as five missing
    /// files. As root (who may enter any folder) the command runs as `nobody` through runuser.
    @Test func aFolderThisUserMayNotOpenIsSaidSo() throws {
        let folder = try scratchFolder(["actors.csv": "id\na\n"])
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        func validate(with binary: URL) throws -> (status: Int32, text: String) {
            let process = Process()
            if getuid() == 0 {
                process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
                process.arguments = ["-u", "nobody", "--", binary.path, "validate", folder]
            } else {
                process.executableURL = binary
                process.arguments = ["validate", folder]
            }
            let out = Pipe()
            process.standardOutput = out
            process.standardError = out
            try process.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, text)
        }
        if getuid() == 0, !FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") { return }
        var (status, text) = try validate(with: Self.executable)
        if text.contains("failed to execute") {
            // `nobody` cannot reach the built binary where it is: run a copy from the scratch
            // folder's parent. A copy just written can be "busy" while another test's child
            // process still holds it open, so try again a few times.
            let copy = URL(fileURLWithPath: folder).deletingLastPathComponent().appendingPathComponent("inclusion-map-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: Self.executable, to: copy)
            defer { try? FileManager.default.removeItem(at: copy) }
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
            for _ in 0..<20 {
                (status, text) = try validate(with: copy)
                guard text.contains("Text file busy") else { break }
                usleep(200_000)
            }
        }
        #expect(status == 1)
        #expect(text.contains("\(folder): this user may not open the folder (check its permissions)"), "\(text)")
        #expect(!text.contains("file not found"))
    }

}

extension CommandLineTests {
    @Test func oneFileOfAFolderGivenAloneIsToldToGiveTheFolder() throws {
        let result = try run(["validate", dataset("rivertown") + "/actors.csv"])
        #expect(result.status == 1)
        #expect(result.output.contains("actors.csv is one file of a dataset folder; give the folder itself (\(dataset("rivertown"))) to read the whole map")
            || result.errors.contains("actors.csv is one file of a dataset folder; give the folder itself (\(dataset("rivertown"))) to read the whole map"),
                "\(result.output)\(result.errors)")
    }
}

extension CommandLineTests {
    @Test func structuralHolesNeedNoGroups() throws {
        // A path a–b–c and no department column: constraint of an end is (p_ab)² = 1, of the
        // middle 2 · (1/2)² = 1/2; effective size n − 2t/n: 1 for an end, 2 for the middle.
        let folder = try scratchFolder(["actors.csv": "id\na\nb\nc\n", "ties.csv": "source,target\na,b\nb,c\n"])
        let result = try run(["metrics", folder, "--metrics", "constraint,effective_size,participation", "--format", "csv"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "id,name,department,constraint,effective_size,participation\na,,,1.0,1.0,\nb,,,0.5,2.0,\nc,,,1.0,1.0,\n")
    }
}
