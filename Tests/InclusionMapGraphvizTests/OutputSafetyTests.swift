import Foundation
import InclusionMap
import InclusionMapGraphviz
import Testing

/// Maps of hostile and private data: well-formed SVG, short labels, no withheld id or name,
/// no identifying labels.
@Suite struct OutputSafetyTests {
    /// Three actors with control characters, a bidi override and markup in their names; two
    /// ids that differ only by a control character; one actor who did not consent.
    static let hostile = try! StakeholderMap(
        actors: [
            Actor(id: "a\u{1}", name: "\u{1B}[31mRed\u{7}", department: "d\u{0}one"),
            Actor(id: "a\u{2}", name: "\u{202E}evil\u{202C} <b>&", department: "d\u{0}one"),
            Actor(id: "c", name: "Cy\u{85}\u{FFFF}", department: "two"),
            Actor(id: "staff-4471", name: "Dana Secret", department: "two", consent: false),
        ],
        ties: [Tie(source: "a\u{1}", target: "a\u{2}"), Tie(source: "a\u{2}", target: "c"), Tie(source: "c", target: "staff-4471")])

    @Test func everyFormatOfAHostileMapIsWellFormed() throws {
        for picture in [NetworkMap(), NetworkMap(.ego(actor: "c", depth: 2)), NetworkMap(.silo)] {
            let svg = try picture.render(Self.hostile, format: .svg)
            let document = try SVGDocument(svg.data)  // throws if it is not XML
            let texts = document.groups.flatMap(\.texts).joined(separator: "|")
            #expect(!texts.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
            #expect(!texts.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x85 })
        }
        let svg = try MapSupport.svg(NetworkMap(), of: Self.hostile)
        // Both ids survive as two nodes (names escaped visibly, so they stay distinct).
        #expect(svg.groups(withClass: "actor").count == 4)
        #expect(svg.group(withID: "actor-a\\u{1}")?.texts == ["[31mRed"])
        #expect(svg.group(withID: "actor-a\\u{2}")?.texts == ["evil <b>&"])
        #expect(svg.group(withID: "actor-c")?.texts == ["Cy"])
    }

    @Test func withheldActorsAreDrawnByCodeInEveryFormat() throws {
        for format in [OutputFormat.svg, .dot, .canon] {
            for picture in [NetworkMap(), NetworkMap(.ego(actor: "staff-4471", depth: 1)), NetworkMap(.silo)] {
                let text = try #require(try picture.render(Self.hostile, format: format).text)
                #expect(!text.contains("staff-4471") && !text.contains("Dana"))
            }
        }
        let svg = try MapSupport.svg(NetworkMap(.ego(actor: "staff-4471", depth: 1)), of: Self.hostile)
        #expect(svg.group(withID: "actor-withheld-1")?.texts == ["withheld-1"])
    }

    @Test func longLabelsAreShortenedForDrawing() throws {
        let long = String(repeating: "Ab", count: 150)
        let drawn = LabelText.drawable(long)
        #expect(drawn.count == LabelText.maximumLength)
        #expect(drawn == String(repeating: "Ab", count: 99) + "A…")
        #expect(LabelText.drawable(String(repeating: "é", count: 200)) == String(repeating: "é", count: 200))
        // A megabyte name draws (Pango aborts on labels of some megabytes) with a short label.
        let map = try StakeholderMap(actors: [Actor(id: "x", name: String(repeating: "Very long name ", count: 70_000))])
        let svg = try MapSupport.svg(NetworkMap(options: MapOptions(groupColumn: nil)), of: map)
        #expect(svg.group(withID: "actor-x")?.texts.first?.count == LabelText.maximumLength)
    }

    @Test func identifyingColumnsAreRefused() throws {
        let map = MapSupport.dataset("rivertown")
        for (options, column, role) in [
            (MapOptions(groupColumn: "name"), "name", "the group column"),
            (MapOptions(colorColumn: "job_title"), "job_title", "the colour column"),
            (MapOptions(shapeColumn: "id"), "id", "the shape column"),
        ] {
            #expect(throws: MapError.identifyingColumn(column, role: role)) { try NetworkMap(options: options).drawing(of: map) }
        }
        // Categories are fine.
        _ = try NetworkMap(options: MapOptions(colorColumn: "organisation", shapeColumn: "sector")).drawing(of: map)
    }
}

/// A department hierarchy 100,000 deep draws the boxes around what is shown, at most
/// ``ClusterNesting`` depth, without recursion.
@Suite struct DeepHierarchyMapTests {
    @Test(arguments: [true, false]) func aHundredThousandLevelsDraw(parentFirst: Bool) throws {
        let depth = 100_000
        let order = parentFirst ? Array(0..<depth) : Array((0..<depth).reversed())
        let departments = order.map { Department(id: "d\($0)", parent: $0 == 0 ? nil : "d\($0 - 1)") }
        let map = try StakeholderMap(
            actors: [Actor(id: "a", department: "d99999"), Actor(id: "b", department: "d0"), Actor(id: "c", department: "d99999")],
            departments: departments, ties: [Tie(source: "a", target: "b"), Tie(source: "a", target: "c")])
        let drawing = try NetworkMap().drawing(of: map)
        // d99999 and its 6 nearest ancestors, and d0: 8 boxes.
        #expect(drawing.clusters.count == 8)
        let svg = try MapSupport.svg(NetworkMap(), of: map)
        #expect(svg.groups(withClass: "actor").count == 3)
    }
}
