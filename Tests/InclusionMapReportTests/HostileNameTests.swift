import Foundation
import InclusionMap
import Testing
@testable import InclusionMapReport

/// A dataset whose names, departments, relations and engagements try to run script, break
/// out of attributes or fetch from the network: the report shows them as text.
@Suite struct HostileNameTests {
    static let hostile = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(2)>",
        "Tom & Jerry's <b>bold</b>",
        "</style><script src=https://evil.example/x.js></script>",
        "<!-- comment --> ]]> <![CDATA[ x ]]>",
    ]

    static let files: [String: String] = {
        func field(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var actors = ["id,name,department,sector,roles,consent"]
        let departments = ["d1", "d2", "d3"]
        for i in 0..<15 {
            let name = i < hostile.count ? hostile[i] : "Person \(i)"
            let role = i == 5 ? "knowledge broker" : ""
            actors.append("a\(i),\(field(name)),\(departments[i % 3]),\(i % 2 == 0 ? field("<i>sector</i>") : "health"),\(role),true")
        }
        actors.append("secret,Secret Person,d1,health,,false")
        var ties = ["source,target,relation"]
        for i in 0..<15 { ties.append("a\(i),a\((i + 1) % 15),\(field("<b>advice</b>"))") }
        for i in stride(from: 0, to: 15, by: 3) { ties.append("a\(i),a\((i + 4) % 15),work") }
        ties.append("secret,a1,work")
        ties.append("secret,a4,work")
        let departmentRows = ["id,name", "d1,\(field("<script>alert('dept')</script>"))", "d2,\(field("Housing & <u>Homes</u>"))", "d3,Plain"]
        let engagements = ["id,name,date", "e1,\(field("<script>alert('e')</script>")),2024-01-01", "e2,Board,2024-02-01"]
        let attendance = ["engagement,actor", "e1,a0", "e1,a1", "e1,secret", "e2,a0", "e2,a2"]
        return [
            "actors.csv": actors.joined(separator: "\n") + "\n", "ties.csv": ties.joined(separator: "\n") + "\n",
            "departments.csv": departmentRows.joined(separator: "\n") + "\n",
            "engagements.csv": engagements.joined(separator: "\n") + "\n", "attendance.csv": attendance.joined(separator: "\n") + "\n",
        ]
    }()

    static let written: Result<(folder: URL, page: String, document: HTMLDocument), any Error> = Result {
        let dataset = try ReportSupport.dataset(files)
        let (folder, output, _) = try ReportSupport.writeReport(of: dataset, options: ReportOptions(egoMapCount: 2, permutations: 99))
        let data = try Data(contentsOf: output.page)
        return (folder, String(decoding: data, as: UTF8.self), try HTMLDocument(data))
    }

    @Test func pageParsesAndShowsTheNamesAsText() throws {
        let (_, page, document) = try Self.written.get()
        #expect(document.elements(named: "section").count == 7)
        for name in Self.hostile.prefix(3) {
            #expect(document.text.contains(name), "\(name) is not shown as text")
        }
        #expect(document.text.contains("<script>alert('dept')</script>"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>"))
        #expect(!page.contains("<i>sector"))
    }

    @Test func noElementOrAttributeRunsScript() throws {
        let document = try Self.written.get().document
        let forbidden: Set<String> = ["script", "img", "iframe", "object", "embed", "link", "base", "form", "meta-refresh"]
        #expect(document.elements.allSatisfy { !forbidden.contains($0.name.lowercased()) })
        let handlers = document.elements.flatMap { $0.attributes.keys.filter { $0.lowercased().hasPrefix("on") } }
        #expect(handlers.isEmpty)
        for link in document.links {
            #expect(link.hasPrefix("#") || link.hasPrefix("maps/"), "link \(link)")
        }
        // The only elements in the page are those of the page and of Graphviz's SVG.
        let allowed: Set<String> = [
            "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav", "ol", "ul", "li", "a", "main",
            "aside", "section", "span", "em", "strong", "div", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption",
            "dl", "dt", "dd", "code", "pre", "footer", "svg", "g", "polygon", "polyline", "path", "ellipse", "text", "rect", "line",
        ]
        let unexpected = Set(document.elements.map(\.name)).subtracting(allowed)
        #expect(unexpected.isEmpty, "unexpected elements \(unexpected.sorted())")
    }

    @Test func theActorWithoutConsentIsNamedNowhere() throws {
        let folder = try Self.written.get().folder
        #expect(try ReportSupport.files(under: folder, containing: "Secret Person").isEmpty)
        #expect(try ReportSupport.files(under: folder, containing: "secret").isEmpty)
    }

    @Test func csvTablesKeepTheNamesIntact() throws {
        let csv = try String(contentsOf: Self.written.get().folder.appendingPathComponent("tables/attendance.csv"), encoding: .utf8)
        #expect(csv.contains("\"\"\"><img src=x onerror=alert(2)>\""))
        #expect(csv.contains("a0,<script>alert(1)</script>,2,2"))
    }
}
