import Foundation
import InclusionMap
import Testing
@testable import InclusionMapGraphviz

/// Two waves drawn with the same positions: read back from the SVGs Graphviz wrote.
@Suite struct WaveMapsTests {
    static func waves() -> (StakeholderMap, StakeholderMap) {
        let a = MapSupport.dataset("rivertown-waves/wave-1"), b = MapSupport.dataset("rivertown-waves/wave-2")
        // One mask over both waves, as compare and the report apply it.
        let mask = ConsentMask(actors: a.actors + b.actors.filter { a.actor(withID: $0.id) == nil })
        return (mask.applied(to: a), mask.applied(to: b))
    }

    /// Each node's centre in an SVG, by its title (the actor id), with the graph's transform.
    static func centres(_ rendering: Rendering) throws -> (centres: [String: (x: Double, y: Double)], transform: String) {
        let document = try SVGDocument(rendering.data)
        var centres: [String: (x: Double, y: Double)] = [:]
        for group in document.groups(withClass: "node") {
            if let centre = group.centre { centres[group.title] = centre }
        }
        let text = String(decoding: rendering.data, as: UTF8.self)
        let transform = text.range(of: #"transform="[^"]*""#, options: .regularExpression).map { String(text[$0]) } ?? ""
        return (centres, transform)
    }

    @Test func everyActorInBothWavesIsAtTheSamePlaceInBoth() throws {
        let (a, b) = Self.waves()
        let maps = try WaveMaps(before: a, after: b, names: ("2024", "2025"))
        let (before, after, change) = try maps.render(formats: [.svg])
        let first = try Self.centres(before[0]), second = try Self.centres(after[0]), both = try Self.centres(change[0])
        let stable = Set(a.actors.map(\.id)).intersection(b.actors.map(\.id))
        #expect(stable.count == 109)
        #expect(stable.subtracting(first.centres.keys).isEmpty, "\(stable.subtracting(first.centres.keys).sorted())")
        #expect(first.transform == second.transform, "the same frame")
        for id in stable.sorted() {
            let p = try #require(first.centres[id], "\(id) in wave 1"), q = try #require(second.centres[id], "\(id) in wave 2")
            #expect(abs(p.x - q.x) < 0.01 && abs(p.y - q.y) < 0.01, "\(id): \(p) vs \(q)")
            let r = try #require(both.centres[id])
            #expect(abs(p.x - r.x) < 0.01 && abs(p.y - r.y) < 0.01, "\(id) in the change map")
        }
        // Leavers are only in the first wave and the change map; joiners only in the second.
        #expect(first.centres["pi04"] != nil && second.centres["pi04"] == nil && both.centres["pi04"] != nil)
        #expect(first.centres["eh11"] == nil && second.centres["eh11"] != nil)
        // Withheld parents keep one code across waves.
        #expect(first.centres["withheld-1"] != nil && second.centres["withheld-1"] != nil)
    }

    @Test func theChangeMapMarksWhatChangedWithALegend() throws {
        let (a, b) = Self.waves()
        let maps = try WaveMaps(before: a, after: b, names: ("2024", "2025"))
        let svg = try SVGDocument(try maps.render(formats: [.svg]).change[0].data)
        // wave 2 gains 9 pairs (3 across the space, 6 for joiners) and loses 6 (5 of leavers
        // and eh02–sc02), per the generator's story; each pair is one edge of the map.
        #expect(svg.groups(withClass: "gained").count == 9)
        #expect(svg.groups(withClass: "lost").count == 6)
        #expect(svg.groups(withClass: "joined").map(\.title).sorted() == ["eh11", "ho07", "pa11"])
        #expect(svg.groups(withClass: "left").map(\.title).sorted() == ["pi04", "sc07"])
        let text = String(decoding: try maps.render(formats: [.svg]).change[0].data, as: UTF8.self)
        #expect(text.contains("What changed from 2024 to 2025"))
        #expect(text.contains("gained, solid blue line (9)"))
        #expect(!text.contains("#ff0000") && !text.contains("#00ff00") && !text.contains("red") && !text.contains("green"))
    }

    @Test func theSameWavesGiveTheSamePictures() throws {
        let (a, b) = Self.waves()
        let once = try WaveMaps(before: a, after: b).render(formats: [.svg])
        let again = try WaveMaps(before: a, after: b).render(formats: [.svg])
        #expect(once.before == again.before && once.after == again.after && once.change == again.change)
    }
}
