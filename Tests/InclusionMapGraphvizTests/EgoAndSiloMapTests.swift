import Foundation
import InclusionMap
import InclusionMapGraphviz
import Testing

@Suite struct EgoAndSiloMapTests {
    @Test func egoMapShowsTheNeighbourhoodToTheDepthAsked() throws {
        // Within 1 tie of a3: a1 (advice a1 → a3) and a4; lines a1–a3 and a3–a4.
        let one = try MapSupport.svg(NetworkMap(.ego(actor: "a3", depth: 1)), of: OfficeMap.map)
        #expect(Set(one.groups(withClass: "actor").map(\.id)) == ["actor-a1", "actor-a3", "actor-a4"])
        #expect(one.groups(withClass: "tie").count == 2)
        #expect(one.groups(withClass: "highlighted").map(\.id) == ["actor-a3"])
        // Within 2: also a2 (via a1) and a5 (via a4); lines a1–a2, a1–a3, a3–a4, a4–a5.
        let two = try MapSupport.svg(NetworkMap(.ego(actor: "a3", depth: 2)), of: OfficeMap.map)
        #expect(Set(two.groups(withClass: "actor").map(\.id)) == ["actor-a1", "actor-a2", "actor-a3", "actor-a4", "actor-a5"])
        #expect(two.groups(withClass: "tie").count == 4)
        #expect(NetworkMap(.ego(actor: "a3", depth: 1)).automaticEngine(for: Drawing()) == .twopi)
    }

    @Test func egoMapErrors() {
        #expect(throws: MapError.unknownActor("nobody", role: "the ego")) {
            try NetworkMap(.ego(actor: "nobody", depth: 1)).drawing(of: OfficeMap.map)
        }
        #expect(throws: MapError.self) { try NetworkMap(.ego(actor: "a1", depth: 0)).drawing(of: OfficeMap.map) }
    }

    @Test func siloMapHasANodePerGroupAndALinePerLinkedPair() throws {
        let svg = try MapSupport.svg(NetworkMap(.silo), of: OfficeMap.map)
        // Finance, HR, Operations (nobody sits in Corporate itself; a7 has no department).
        let groups = svg.groups(withClass: "group")
        #expect(Set(groups.map(\.id)) == ["group-fin", "group-hr", "group-ops"])
        // Finance: a1–a2 collaboration and advice, 2 ties inside. HR: a3–a4. Ops: a5 ⇄ a6.
        #expect(svg.group(withID: "group-fin")?.texts == ["Finance", "2 actors · 2 ties inside"])
        #expect(svg.group(withID: "group-hr")?.texts == ["HR", "2 actors · 1 tie inside"])
        #expect(svg.group(withID: "group-ops")?.texts == ["Operations", "2 actors · 2 ties inside"])
        // Finance–HR (a1 → a3) and HR–Operations (a4–a5), one tie each; Finance–Operations none.
        let links = svg.groups(withClass: "link")
        #expect(Set(links.map(\.id)) == ["link-fin-hr", "link-hr-ops"])
        #expect(links.allSatisfy { $0.texts == ["1"] })
    }

    @Test func rivertownSiloMapShowsItsSixteenDepartments() throws {
        let map = try BundledDataset.rivertown.read()
        let svg = try MapSupport.svg(NetworkMap(.silo), of: map)
        // Rivertown's README: 16 departments hold actors.
        #expect(svg.groups(withClass: "group").count == 16)
        #expect(svg.groups(withClass: "link").count > 0)
        #expect(svg.group(withID: "a_legend") != nil)
    }

    @Test func lazegaAdviceMapHasThreeOfficeBoxes() throws {
        // Lazega (2001): 71 lawyers, 48 in Boston, 19 in Hartford, 4 in Providence.
        let map = MapSupport.dataset("lazega-lawfirm")
        let picture = NetworkMap(options: MapOptions(filter: MapFilter(relations: ["advice"])))
        let svg = try MapSupport.svg(picture, of: map)
        let boxes = svg.groups(withClass: "cluster")
        #expect(boxes.map { $0.texts.first ?? "" }.sorted() == ["Boston (48)", "Hartford (19)", "Providence (4)"])
        #expect(svg.groups(withClass: "actor").count == 71)
    }
}
