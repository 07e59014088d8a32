import Foundation
import InclusionMap
import InclusionMapGraphviz
import Testing

/// The whole map of ``OfficeMap``, checked element by element in the SVG.
@Suite struct WholeMapTests {
    @Test func everyActorIsOneNodeWithItsID() throws {
        let svg = try MapSupport.svg(NetworkMap(), of: OfficeMap.map)
        let nodes = svg.groups(withClass: "actor")
        #expect(nodes.count == 7)
        #expect(Set(nodes.map(\.id)) == ["actor-a1", "actor-a2", "actor-a3", "actor-a4", "actor-a5", "actor-withheld-1", "actor-a7"])
        // a6 did not consent: drawn under its code, never its id or name.
        #expect(svg.group(withID: "actor-withheld-1")?.texts == ["withheld-1"])
        #expect(svg.group(withID: "actor-withheld-1")?.classes.contains("withheld") == true)
        #expect(svg.group(withID: "actor-a1")?.texts == ["Ann"])
        #expect(svg.group(withID: "actor-a1")?.classes.contains("designated") == true)
        #expect(svg.group(withID: "actor-a2")?.classes.contains("designated") == false)
    }

    @Test func departmentsAreBoxesNestedInTheirParent() throws {
        let svg = try MapSupport.svg(NetworkMap(), of: OfficeMap.map)
        let boxes = svg.groups(withClass: "cluster")
        // Corporate holds Finance and HR; Operations stands alone; a7 has no department.
        #expect(boxes.count == 4)
        #expect(svg.group(withID: "group-corp")?.texts == ["Corporate"])
        #expect(svg.group(withID: "group-fin")?.texts == ["Finance (2)"])
        #expect(svg.group(withID: "group-hr")?.texts == ["HR (2)"])
        #expect(svg.group(withID: "group-ops")?.texts == ["Operations (2)"])
    }

    @Test func tiesMergeIntoOneLinePerPairAndBetweenGroupTiesAreMarked() throws {
        let svg = try MapSupport.svg(NetworkMap(), of: OfficeMap.map)
        let lines = svg.groups(withClass: "tie")
        #expect(lines.count == 6)
        // {a1,a3}, {a4,a5} and {a5,a7} cross a group boundary.
        #expect(svg.groups(withClass: "between").count == 3)
        #expect(svg.groups(withClass: "inside").count == 3)
    }

    @Test func theLegendIsDrawnWithTheColourKey() throws {
        let svg = try MapSupport.svg(NetworkMap(), of: OfficeMap.map)
        let legend = try #require(svg.group(withID: "a_legend"))
        #expect(legend.texts.contains("Fill: department"))
        #expect(legend.texts.contains("Finance (2)") == false)  // the fill key lists ids with counts
        #expect(legend.texts.contains("fin (2)"))
        #expect(legend.texts.contains("designated boundary spanner"))
        #expect(legend.texts.contains("did not consent to be named"))
        let without = try MapSupport.svg(NetworkMap(options: MapOptions(showsLegend: false)), of: OfficeMap.map)
        #expect(without.group(withID: "a_legend") == nil)
    }

    @Test func anActorWhoDidNotConsentIsNeverNamed() throws {
        for format in [OutputFormat.svg, .dot, .canon] {
            let text = try NetworkMap().render(OfficeMap.map, format: format).text!
            #expect(!text.contains("Flo"))
            #expect(!text.contains("a6"))
        }
    }

    @Test func highlightedActorsAreMarked() throws {
        let svg = try MapSupport.svg(NetworkMap(options: MapOptions(highlighted: ["a4"])), of: OfficeMap.map)
        #expect(svg.groups(withClass: "highlighted").map(\.id) == ["actor-a4"])
        #expect(throws: MapError.unknownActor("zz", role: "a highlight")) {
            try NetworkMap(options: MapOptions(highlighted: ["zz"])).drawing(of: OfficeMap.map)
        }
    }

    @Test func filtersLeaveOutTiesAndActors() throws {
        // Weight at least 1 drops a7 – a5 (0.5).
        var options = MapOptions(filter: MapFilter(minimumWeight: 1))
        #expect(try NetworkMap(options: options).drawing(of: OfficeMap.map).edges.count == 5)
        // Advice only: a2 → a1, a1 → a3, a5 ⇄ a6.
        options = MapOptions(filter: MapFilter(relations: ["advice"]))
        let advice = try NetworkMap(options: options).drawing(of: OfficeMap.map)
        #expect(advice.edges.count == 3)
        #expect(advice.edges.filter { $0.attributes["dir"] == "both" }.count == 1)
        // Finance and HR only.
        options = MapOptions(filter: MapFilter(groups: ["fin", "hr"]))
        let corporate = try NetworkMap(options: options).drawing(of: OfficeMap.map)
        #expect(corporate.nodes.map(\.name) == ["a1", "a2", "a3", "a4"])
        #expect(corporate.edges.count == 3)
        // Top two by degree: a5 (3 neighbours), then a1, a3, a4 (2 each), tie broken by id: a1.
        options = MapOptions(filter: MapFilter(topActors: 2))
        let top = try NetworkMap(options: options).drawing(of: OfficeMap.map)
        #expect(Set(top.nodes.map(\.name)) == ["a1", "a5"])
        #expect(top.edges.isEmpty)
    }

    @Test func badRequestsAreClearErrors() throws {
        #expect(throws: MapError.unknownGroup("legal", column: "department")) {
            try NetworkMap(options: MapOptions(filter: MapFilter(groups: ["legal"]))).drawing(of: OfficeMap.map)
        }
        #expect(throws: MapError.self) {
            try NetworkMap(options: MapOptions(groupColumn: "office")).drawing(of: OfficeMap.map)
        }
        #expect(throws: MapError.unknownRelation("gossip", available: ["advice", "collaboration"])) {
            try NetworkMap(options: MapOptions(filter: MapFilter(relations: ["gossip"]))).drawing(of: OfficeMap.map)
        }
        let error = try #require(throws: MapError.self) {
            try NetworkMap(options: MapOptions(colorColumn: "shoe_size")).drawing(of: OfficeMap.map)
        }
        #expect(error.description.contains("shoe_size"))
    }
}

/// Negative ties (a signed network's, issue 40) are drawn apart: dashed, in their own colour,
/// never merged with a positive tie of the same pair, and named in the key.
@Suite struct NegativeTieDrawingTests {
    @Test func negativeTiesAreDashedLinesOfTheirOwn() throws {
        var map = OfficeMap.map
        // a1 and a2 already share two positive ties; a1–a7 had none.
        try map.addTie(Tie(source: "a1", target: "a2", relation: "dislike", weight: -1))
        try map.addTie(Tie(source: "a1", target: "a7", relation: "dislike", weight: -2))
        let svg = try MapSupport.svg(NetworkMap(), of: map)
        // The six positive lines of the office map, and two negative ones.
        #expect(svg.groups(withClass: "tie").count == 8)
        #expect(svg.groups(withClass: "negative").count == 2)
        #expect(svg.groups(withClass: "between").count == 3 && svg.groups(withClass: "inside").count == 3)
        let text = try #require(try NetworkMap().render(map, format: .svg).text)
        // Graphviz draws style=dashed as a stroke-dasharray, once per negative line.
        #expect(text.components(separatedBy: "stroke-dasharray").count - 1 == 2)
        #expect(text.lowercased().contains(Palette.negativeTie.lowercased()))
        let legend = try #require(svg.group(withID: "a_legend"))
        #expect(legend.texts.contains("negative tie, left out of every measure"))
        // Without negative ties the key does not mention them.
        #expect(try MapSupport.svg(NetworkMap(), of: OfficeMap.map).group(withID: "a_legend")?.texts.contains("negative tie, left out of every measure") == false)
    }
}
