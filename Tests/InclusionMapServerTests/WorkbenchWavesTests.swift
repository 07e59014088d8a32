import Foundation
import InclusionMap
import InclusionMapRegister
@testable import InclusionMapServer
import Testing

/// Waves of a register in the workbench: the two Rivertown waves compared as
/// `Datasets/rivertown-waves/truth.json` (written with NetworkX by
/// `Scripts/datasets/rivertown_waves.py`) says they changed.
@Suite("Workbench waves", .serialized)
struct WorkbenchWavesTests {
    private static func register(_ workspace: URL) throws {
        let register = try Register.create(at: workspace.appendingPathComponent("programme.sqlite"))
        try register.addWave("2024", reading: WorkbenchHarness.datasets.appendingPathComponent("rivertown-waves/wave-1"))
        try register.addWave("2025", reading: WorkbenchHarness.datasets.appendingPathComponent("rivertown-waves/wave-2"))
    }

    private var truth: [String: Any] {
        get throws {
            let data = try Data(contentsOf: WorkbenchHarness.datasets.appendingPathComponent("rivertown-waves/truth.json"))
            return try JSONSerialization.jsonObject(with: data) as! [String: Any]
        }
    }

    @Test func theTwoRivertownWavesChangeAsTheStorySays() async throws {
        let truth = try truth
        try await WorkbenchHarness.with(source: "programme.sqlite", prepare: Self.register) { harness in
            let waves = try #require(try await harness.request("/api/waves").json() as? [[String: Any]])
            #expect(waves.map { $0["id"] as? String } == ["2024", "2025"])

            let change = try #require(try await harness.request("/api/compare?from=2024&to=2025").json() as? [String: Any])
            #expect(Set(change["joined"] as? [String] ?? []) == Set(truth["joiners"] as! [String]))
            #expect(Set(change["left"] as? [String] ?? []) == Set(truth["leavers"] as! [String]))
            #expect(change["engagedBrokers"] as? [String] == truth["engaged_brokers"] as? [String])
            let ei = try #require(change["ei"] as? [String: Any])
            #expect(abs((ei["before"] as? Double ?? 0) - (truth["ei_before"] as! Double)) < 1e-12)
            #expect(abs((ei["after"] as? Double ?? 0) - (truth["ei_after"] as! Double)) < 1e-12)
            let gained = truth["ties_gained"] as! [String: Int], lost = truth["ties_lost"] as! [String: Int]
            for relation in try #require(change["relations"] as? [[String: Any]]) {
                let name = relation["relation"] as! String
                #expect(relation["gained"] as? Int == gained[name], "\(name) gained")
                #expect(relation["lost"] as? Int == lost[name], "\(name) lost")
            }
            // The joiners are named where they may be: Megan Doyle (eh11).
            let findings = try #require(change["findings"] as? [[String: Any]])
            #expect(findings.contains { $0["subject"] as? String == "eh11" && $0["name"] as? String == "Megan Doyle" })

            // Without from and to: the last two waves, the same answer.
            let latest = try #require(try await harness.request("/api/compare").json() as? [String: Any])
            #expect(latest["joined"] as? [String] == change["joined"] as? [String])
            for picture in ["before", "after", "change"] {
                let svg = try await harness.request("/api/compare/\(picture)?from=2024&to=2025")
                #expect(svg.status == 200 && svg.text.contains("<svg"), "\(picture)")
            }
            #expect(try await harness.request("/api/compare/sideways").status == 404)
            let unknown = try await harness.request("/api/compare?from=2019&to=2025")
            #expect(unknown.status == 400)
            #expect((try unknown.json() as? [String: Any])?["error"] as? String == "no wave \"2019\"; the register holds 2024, 2025")
        }
    }

    @Test func aFolderHasNoWaves() async throws {
        try await WorkbenchHarness.with(source: "path", prepare: { try WorkbenchHarness.write(WorkbenchHarness.path, to: "path", in: $0) }) { harness in
            let waves = try await harness.request("/api/waves")
            #expect(waves.status == 200)
            #expect((try waves.json() as? [Any])?.isEmpty == true)
            let answer = try await harness.request("/api/compare")
            #expect(answer.status == 404)
            #expect((try answer.json() as? [String: Any])?["error"] as? String == "no waves: the open map is not a register (FILE.sqlite)")
        }
    }
}
