import Foundation
import InclusionMap
import Testing
@testable import InclusionMapReport

/// Pseudonyms, small groups and the key file.
@Suite struct PrivacyTests {
    /// Five actors in department big, two in small, one in tiny; a chain of ties.
    static let files: [String: String] = [
        "actors.csv": """
            id,name,department,sector
            b1,Alice Big,big,health
            b2,Bob Big,big,health
            b3,Cara Big,big,health
            b4,Dan Big,big,council
            b5,Eve Big,big,council
            s1,Sam Small,small,council
            s2,Sue Small,small,health
            t1,Tia Tiny,tiny,health

            """,
        "ties.csv": """
            source,target
            b1,b2
            b2,b3
            b3,b4
            b4,b5
            b5,s1
            s1,s2
            s2,t1
            t1,b1

            """,
    ]

    @Test func pseudonymisedReportShowsCodesOnlyAndKeepsTheKeyOutside() throws {
        let dataset = try ReportSupport.dataset(Self.files)
        let (folder, output, _) = try ReportSupport.writeReport(of: dataset, options: ReportOptions(pseudonymises: true, permutations: 99))
        for name in ["Alice Big", "Bob Big", "Sam Small", "Tia Tiny"] {
            #expect(try ReportSupport.files(under: folder, containing: name).isEmpty, "\(name) is in the report")
        }
        let page = try String(contentsOf: output.page, encoding: .utf8)
        #expect(page.contains("P001"))
        #expect(page.contains("replaced by codes"))
        let key = try #require(output.keyFile)
        #expect(!key.path.hasPrefix(folder.standardizedFileURL.path + "/"))
        #expect(key.lastPathComponent == "report-pseudonym-key.csv")
        let text = try String(contentsOf: key, encoding: .utf8)
        #expect(text.hasPrefix("code,id,name\n"))
        #expect(text.contains("P001,b1,Alice Big\n"))
        #expect(text.contains("P008,t1,Tia Tiny\n"))
    }

    /// Codes sort as the ids do, so rankings that break ties by id do not move: the coded
    /// Rivertown report finds the same brokers, usual panel and suggested panel.
    @Test func codesKeepEveryResult() throws {
        let map = try BundledDataset.rivertown.read()
        let source = ReportSource(name: "Rivertown", files: [])
        let plain = try InclusionReport(map: map, source: source, options: ReportOptions(permutations: 9))
        let coded = try InclusionReport(map: map, source: source, options: ReportOptions(pseudonymises: true, permutations: 9))
        let pseudonyms = try #require(coded.pseudonyms)
        let code = { (id: String) in pseudonyms.code(of: id)! }
        #expect(coded.brokers.candidates.map(\.actorID) == plain.brokers.candidates.map { code($0.actorID) })
        #expect(coded.panel.usualPanel == plain.panel.usualPanel.map(code))
        #expect(coded.panel.picks.map(\.actorID) == plain.panel.picks.map { code($0.actorID) })
        #expect(coded.panel.usualMeasures == plain.panel.usualMeasures)
        #expect(coded.audit.usualSuspects.map(\.actorID) == plain.audit.usualSuspects.map { code($0.actorID) })
    }

    @Test func keyFileInsideTheReportIsRefused() throws {
        let dataset = try ReportSupport.dataset(Self.files)
        let map = try DatasetFolder(url: dataset).read()
        let report = try InclusionReport(map: map, source: ReportSource(name: "x", files: []), options: ReportOptions(pseudonymises: true, permutations: 9))
        let folder = try ReportSupport.scratchFolder().appendingPathComponent("out")
        #expect(throws: ReportError.self) {
            try ReportWriter(report: report, mapFormats: [.svg]).write(to: folder, keyFile: folder.appendingPathComponent("key.csv"))
        }
    }

    /// Groups of 2 and 1 actors are added up: 3 actors, ties inside small (s1–s2) = 1, inside
    /// tiny = 0; ties across from small: b5–s1, s2–t1 = 2; from tiny: s2–t1, t1–b1 = 2. So the
    /// folded row has 1 inside and 4 across, E-I = (4 − 1) / (4 + 1) = 0.6.
    @Test func smallGroupsAreFoldedInTables() throws {
        let dataset = try ReportSupport.dataset(Self.files)
        let (folder, output, _) = try ReportSupport.writeReport(of: dataset)
        let csv = try String(contentsOf: folder.appendingPathComponent("tables/silo-groups.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\n").map(String.init)
        #expect(rows.count == 3)
        #expect(rows.contains("2 groups with fewer than 3 actors,3,1,4,0.6,"))
        // big: inside b1–b2, b2–b3, b3–b4, b4–b5 = 4; across b5–s1, t1–b1 = 2; E-I = −2/6.
        #expect(rows.contains("big,5,4,2,\(-2.0 / 6.0),\(4.0 / 10.0)"))
        let page = try String(contentsOf: output.page, encoding: .utf8)
        #expect(page.contains("Groups with fewer than 3 actors are counted together"))
        let breakdown = try String(contentsOf: folder.appendingPathComponent("tables/actors-by-group.csv"), encoding: .utf8)
        #expect(breakdown.contains("department,big,5\n"))
        #expect(breakdown.contains("department,2 values with fewer than 3 actors,3\n"))
        #expect(!breakdown.contains("department,tiny"))
    }
}
