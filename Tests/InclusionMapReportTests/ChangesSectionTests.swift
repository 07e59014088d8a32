import Foundation
import InclusionMap
import Testing
@testable import InclusionMapReport

/// A report with an earlier wave opens with what changed, on the two Rivertown waves whose
/// story Scripts/datasets/rivertown_waves.py planted.
@Suite struct ChangesSectionTests {
    static func write(pseudonymise: Bool = false) throws -> (folder: URL, report: InclusionReport) {
        let waves = ReportSupport.repositoryDataset("rivertown-waves")
        let first = try DatasetFolder(url: waves.appendingPathComponent("wave-1")).read()
        let second = try DatasetFolder(url: waves.appendingPathComponent("wave-2")).read()
        let source = try ReportSource(name: "rivertown", path: nil, reading: waves.appendingPathComponent("wave-2"))
        let report = try InclusionReport(
            map: second, source: source, options: ReportOptions(pseudonymises: pseudonymise, permutations: 99),
            earlier: .init(map: first, name: "2024", currentName: "2025"))
        let folder = try ReportSupport.scratchFolder().appendingPathComponent("report")
        try ReportWriter(report: report, mapFormats: [.svg]).write(to: folder, keyFile: folder.deletingLastPathComponent().appendingPathComponent("key.csv"))
        return (folder, report)
    }

    @Test func theReportOpensWithWhatChanged() throws {
        let (folder, report) = try Self.write()
        let page = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        // The section comes first and its lead is the first key finding.
        let changes = try #require(page.range(of: "<section id=\"changes\">"))
        let mapped = try #require(page.range(of: "<section id=\"mapped\">"))
        #expect(changes.lowerBound < mapped.lowerBound)
        #expect(page.contains("<span class=\"number\">1</span> What changed since 2024"))
        let findings = try #require(page.range(of: "Since 2024:"))
        #expect(findings.lowerBound < changes.lowerBound)
        #expect(page.contains("3 actors joined and 2 left"))
        #expect(page.contains("under-used brokers now engaged: Samira Haddad"))
        // The change map is inline, and each wave alone is beside it.
        #expect(page.contains("What changed from 2024 to 2025"))
        for name in ["change", "earlier-wave", "this-wave"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("maps/\(name).svg").path), "\(name)")
        }
        let table = try String(contentsOf: folder.appendingPathComponent("tables/changes.csv"), encoding: .utf8)
        #expect(table.contains("single-point-new,early-help + social-care,,\"eh01, sc01\""))
        #expect(table.contains("broker-engaged,Samira Haddad (eh07),under-used,engaged,"))
        #expect(report.comparison?.left == ["pi04", "sc07"])
    }

    @Test func pseudonymsAreOneKeyAcrossBothWaves() throws {
        let (folder, report) = try Self.write(pseudonymise: true)
        let earlier = try #require(report.earlier)
        // Every actor in both waves has the same code in both.
        let stable = Set(earlier.map.actors.map(\.id)).intersection(report.map.actors.map(\.id))
        #expect(stable.count == 109)
        // No real id or name reaches the page or the tables.
        for needle in ["Samira Haddad", "eh07", "pi04"] {
            #expect(try ReportSupport.files(under: folder, containing: needle).isEmpty, "\(needle)")
        }
    }
}
