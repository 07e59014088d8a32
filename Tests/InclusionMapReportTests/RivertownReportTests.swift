import Foundation
import InclusionMap
import Testing
@testable import InclusionMapReport

/// The Rivertown report, read back as a person and a browser would: well-formed, every
/// section present, the story of `Datasets/rivertown/README.md` told, nobody without consent
/// named in any file, nothing fetched from the network.
@Suite struct RivertownReportTests {
    static let written: Result<(folder: URL, page: String, document: HTMLDocument), any Error> = Result {
        // The command's defaults: 10,000 permutations, so p can fall below 0.001.
        let (folder, output, _) = try ReportSupport.writeReport(of: ReportSupport.repositoryDataset("rivertown"), options: ReportOptions())
        let data = try Data(contentsOf: output.page)
        return (folder, String(decoding: data, as: UTF8.self), try HTMLDocument(data))
    }

    private var page: String { get throws { try Self.written.get().page } }
    private var document: HTMLDocument { get throws { try Self.written.get().document } }

    @Test func pageIsWellFormedWithEverySection() throws {
        let sections = try document.elements(named: "section").compactMap { $0.attributes["id"] }
        #expect(sections == ["mapped", "silos", "map", "brokers", "usual-suspects", "invite", "method"])
        #expect(try page.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func filesBesideThePage() throws {
        let folder = try Self.written.get().folder
        let names = Set(ReportSupport.files(under: folder).map { $0.path.replacingOccurrences(of: folder.standardizedFileURL.path + "/", with: "") })
        for map in ["silo", "whole", "ego-1", "ego-2", "ego-3"] {
            for format in ["svg", "png", "pdf"] { #expect(names.contains("maps/\(map).\(format)")) }
        }
        for table in ["brokers", "silo-groups", "group-pairs", "communities", "attendance", "representation", "panel", "panel-comparison", "actors-by-group"] {
            #expect(names.contains("tables/\(table).csv"))
        }
        let png = try Data(contentsOf: folder.appendingPathComponent("maps/whole.png"))
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        let pdf = try Data(contentsOf: folder.appendingPathComponent("maps/whole.pdf"))
        #expect(pdf.prefix(4) == Data("%PDF".utf8))
    }

    /// The four under-used brokers, the idle champions, the usual suspects and the groups
    /// never engaged, as the dataset's README tells them.
    @Test func tellsRivertownsStory() throws {
        let text = try document.text
        #expect(text.contains("more inward-looking than chance, p < 0.001"))
        // In shortlist order: most groups reached through two or more people first, then
        // score. Counted from ties.csv and actors.csv: eh07 has 2+ contacts in 4 other
        // departments (schools 3, nurseries 3, parents 3, health visiting 2), vo03 in 2
        // (parents 5, faith 4), pi03 in 1 (public health 2, score 0.97) and ho02 in 1
        // (early help 2, score 0.96).
        #expect(text.contains("are outlined in red: Samira Haddad eh07, Leon Clarke vo03, Ravi Chandran pi03, Tariq Mahmood ho02."))
        for champion in ["Philippa Drury", "Lorraine Hughes", "Wendy Marsden"] {
            #expect(text.contains(champion))
        }
        #expect(text.contains("Housing Services (department, 6 actors on the map)"))
        #expect(text.contains("Faith groups (department, 4 actors on the map)"))
        #expect(text.contains("faith (sector, 4 actors on the map)"))
        for usual in ["Helen Marsh ph01", "Dr Amara Osei ph02", "Prof. Eleanor Grant un01", "Diane Holloway ey01", "Mark Devlin sh01", "Susan Achebe vo01"] {
            #expect(text.contains(usual))
        }
        // 47 of 116 attendances by the six usual suspects, from the README's attendance table.
        #expect(text.contains("took 47 of the 116 seats (41%)"))
    }

    /// The whole map highlights exactly the under-used brokers.
    @Test func wholeMapHighlightsTheBrokers() throws {
        let highlighted = try document.elements(named: "g").filter { ($0.attributes["class"] ?? "").split(separator: " ").contains("highlighted") }
            .compactMap { $0.attributes["id"] }.filter { $0.hasPrefix("map-whole-") }
        #expect(Set(highlighted) == ["map-whole-actor-eh07", "map-whole-actor-pi03", "map-whole-actor-ho02", "map-whole-actor-vo03"])
    }

    @Test func noOutputNamesAnActorWithoutConsent() throws {
        let folder = try Self.written.get().folder
        #expect(try ReportSupport.files(under: folder, containing: "Parent A").isEmpty)
        #expect(try ReportSupport.files(under: folder, containing: "Parent B").isEmpty)
        #expect(try page.contains("2 actors asked not to be named"))
    }

    @Test func fetchesNothing() throws {
        let document = try document
        for link in document.links {
            #expect(link.hasPrefix("#") || link.hasPrefix("maps/"), "link \(link)")
        }
        #expect(document.elements(named: "script").isEmpty)
        #expect(document.elements(named: "link").isEmpty)
        #expect(document.elements(named: "img").isEmpty)
        let page = try page
        #expect(!page.contains("@import"))
        #expect(page.components(separatedBy: "url(").dropFirst().allSatisfy { $0.hasPrefix("#") })
        #expect(page.contains("default-src 'none'"))
        // Ids are unique across the inline maps.
        let ids = document.elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count)
    }

    @Test func methodGivesVersionChecksumsAndCommand() throws {
        let text = try document.text
        #expect(text.contains("InclusionMap \(InclusionMapVersion.current)"))
        let actors = try Data(contentsOf: ReportSupport.repositoryDataset("rivertown").appendingPathComponent("actors.csv"))
        #expect(text.contains(SHA256.hexDigest(actors)))
        #expect(text.contains("inclusion-map report"))
        #expect(text.contains("inclusion-map report \(ReportSupport.repositoryDataset("rivertown").path) --out report"))
    }

    @Test func brokerTableMatchesTheRanking() throws {
        let csv = try String(contentsOf: Self.written.get().folder.appendingPathComponent("tables/brokers.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.prefix(4).map { String($0[1]) } == ["eh07", "pi03", "ho02", "vo03"])
        #expect(rows.prefix(4).allSatisfy { $0[10] == "true" })
    }
}
