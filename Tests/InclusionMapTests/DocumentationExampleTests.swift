import Foundation
import Testing
import InclusionMap

// The Getting Started article's example (InclusionMap.docc/GettingStarted.md), verbatim.
func buildASmallMap() throws -> StakeholderMap {
    var map = StakeholderMap()
    try map.addDepartment(Department(id: "housing", name: "Housing Services"))
    try map.addDepartment(Department(id: "health", name: "Public Health"))
    try map.addActor(Actor(id: "ana", name: "Ana", department: "housing"))
    try map.addActor(Actor(id: "ben", name: "Ben", department: "housing", roles: ["knowledge broker"]))
    try map.addActor(Actor(id: "cat", name: "Cat", department: "health"))
    try map.addActor(Actor(id: "dev", name: "Dev", department: "health"))
    try map.addTie(Tie(source: "ana", target: "ben"))
    try map.addTie(Tie(source: "ben", target: "cat"))
    try map.addTie(Tie(source: "cat", target: "dev"))
    try map.addEngagement(Engagement(id: "w1", name: "Workshop", date: CalendarDate(year: 2025, month: 3, day: 4)))
    try map.recordAttendance(Attendance(engagement: "w1", actor: "ana"))
    return map
}

@Suite struct DocumentationExampleTests {
    /// The path ana – ben – cat – dev, undirected, n = 4: by hand, ben lies on the one
    /// shortest path of the pairs ana–cat and ana–dev, B = 2, normalised 2·B / ((n − 1)(n − 2))
    /// = 4/6 = 2/3; cat likewise (ben–dev, ana–dev); the ends lie on none.
    @Test func smallMapMeasuresAsWorkedByHand() throws {
        let map = try buildASmallMap()
        let index = NetworkIndex(map)
        #expect(index.actorIDs == ["ana", "ben", "cat", "dev"])
        let betweenness = index.betweenness()
        let byHand = [0, 2.0 / 3, 2.0 / 3, 0]
        #expect(zip(betweenness, byHand).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(map.attendance(of: "ana").count == 1)
    }

    @Test func articleHoldsTheSameExample() throws {
        let article = try String(contentsOf: TestSupport.repositoryRoot
            .appendingPathComponent("Sources/InclusionMap/InclusionMap.docc/GettingStarted.md"), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let start = source.range(of: "func buildASmallMap")!.lowerBound
        let end = source.range(of: "\n}\n", range: start..<source.endIndex)!.upperBound
        #expect(article.contains(String(source[start..<end])))
    }
}
