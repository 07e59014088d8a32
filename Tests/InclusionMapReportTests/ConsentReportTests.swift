import Foundation
import InclusionMap
import Testing
@testable import InclusionMapReport

/// The report under the consent rule: withheld actors by code only, folders replaced whole,
/// identifying group columns refused, spreadsheet-safe tables.
@Suite struct ConsentReportTests {
    /// Rivertown with its top broker (eh07, Samira Haddad) and its only cut point (ho02,
    /// Tariq Mahmood) withheld, besides the two parents already withheld.
    static func withheldRivertown() throws -> StakeholderMap {
        let map = try BundledDataset.rivertown.read()
        let actors = map.actors.map { actor -> Actor in
            var actor = actor
            if ["eh07", "ho02"].contains(actor.id) { actor.consent = false }
            return actor
        }
        return try StakeholderMap(
            actors: actors, departments: map.departments, ties: map.ties, engagements: map.engagements,
            attendance: map.attendance, extraColumns: map.extraColumns)
    }

    @Test func withheldActorsAppearByCodeOnlyInEveryFile() throws {
        let map = try Self.withheldRivertown()
        let report = try InclusionReport(map: map, source: ReportSource(name: "Rivertown", files: []), options: ReportOptions(permutations: 99))
        // Codes follow the order of actors.csv: eh07, ho02, pa07, pa09.
        #expect(report.brokers.underUsed.map(\.actorID) == ["withheld-1", "pi03", "withheld-2", "vo03"])
        let folder = try ReportSupport.scratchFolder().appendingPathComponent("report")
        try ReportWriter(report: report).write(to: folder)
        for secret in ["eh07", "ho02", "pa07", "pa09", "Samira Haddad", "Tariq Mahmood", "Parent A", "Parent B", "Family Hub Coordinator"] {
            #expect(try ReportSupport.files(under: folder, containing: secret).isEmpty, "\(secret) is in the report")
        }
        let brokers = try String(contentsOf: folder.appendingPathComponent("tables/brokers.csv"), encoding: .utf8)
        #expect(brokers.split(separator: "\n")[1].hasPrefix("1,withheld-1,,"))
        let page = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("<em class=\"withheld\" title=\"asked not to be named\">withheld-1</em>"))
    }

    @Test func aPseudonymisedReportReplacesANamedOneWhole() throws {
        let map = try Self.withheldRivertown()
        let source = ReportSource(name: "Rivertown", files: [])
        let parent = try ReportSupport.scratchFolder()
        let folder = parent.appendingPathComponent("shared")
        let named = try InclusionReport(map: map, source: source, options: ReportOptions(egoMapCount: 4, permutations: 9))
        try ReportWriter(report: named, mapFormats: [.svg]).write(to: folder)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("maps/ego-4.svg").path))
        let coded = try InclusionReport(map: map, source: source, options: ReportOptions(pseudonymises: true, egoMapCount: 1, permutations: 9))
        let output = try ReportWriter(report: coded, mapFormats: [.svg]).write(to: folder)
        let left = Set(ReportSupport.files(under: folder).map { $0.path.replacingOccurrences(of: folder.path + "/", with: "") })
        #expect(left == Set(output.files.map { $0.path.replacingOccurrences(of: folder.path + "/", with: "") }))
        #expect(!left.contains("maps/ego-4.svg"))
        #expect(try ReportSupport.files(under: folder, containing: "Ravi Chandran").isEmpty)
        // Nothing of the staging or the old folder remains beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["shared", "shared-pseudonym-key.csv"])
    }

    @Test func aFolderThatIsNotAReportIsNeverReplaced() throws {
        let map = try BundledDataset.rivertown.read()
        let report = try InclusionReport(map: map, source: ReportSource(name: "Rivertown", files: []), options: ReportOptions(permutations: 9))
        let folder = try ReportSupport.scratchFolder()
        try Data("keep me".utf8).write(to: folder.appendingPathComponent("thesis.docx"))
        #expect(throws: ReportError.unwritable(
            path: folder.standardizedFileURL.path,
            reason: "it holds \"thesis.docx\", so it is not a report folder this tool wrote; choose a new folder, or empty this one")) {
            try ReportWriter(report: report, mapFormats: [.svg]).write(to: folder)
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("thesis.docx"), encoding: .utf8) == "keep me")
    }

    @Test func anIdentifyingGroupColumnIsRefused() throws {
        let map = try BundledDataset.rivertown.read()
        for column in ["name", "id", "job_title"] {
            #expect(throws: ReportError.identifyingGroupColumn(column)) {
                try InclusionReport(map: map, source: ReportSource(name: "Rivertown", files: []), options: ReportOptions(groupColumn: column, permutations: 9))
            }
        }
    }

    @Test func tablesNeverStartACellWithAFormula() throws {
        let files = [
            "actors.csv": "id,name,department\n=1+1,\"=HYPERLINK(\"\"http://x\"\")\",a\n@b,+c,a\nd,-2+3,=dept\n",
            "ties.csv": "source,target\n=1+1,@b\n@b,d\n",
        ]
        let dataset = try ReportSupport.dataset(files)
        let (folder, _, _) = try ReportSupport.writeReport(of: dataset, options: ReportOptions(permutations: 9))
        var cells = 0
        for file in ReportSupport.files(under: folder.appendingPathComponent("tables")) {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                    let cell = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                    cells += 1
                    if let first = cell.first, "=+@".contains(first) { Issue.record("\(file.lastPathComponent): \(cell)") }
                    if cell.hasPrefix("-"), Double(cell) == nil { Issue.record("\(file.lastPathComponent): \(cell)") }
                }
            }
        }
        #expect(cells > 50)
    }
}
