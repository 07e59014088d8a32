import Foundation
import Testing
import InclusionMap

/// Grouping by an ancestor in the department tree (`department:parent`, `department:top`).
@Suite struct DepartmentRollUpTests {
    /// council ⊃ children ⊃ {early-help, schools}; council ⊃ housing; and health, a tree of
    /// its own. By hand: one level up, early-help and schools are children, children and
    /// housing are council, council and health stay themselves; two levels up, early-help is
    /// council; at the top, every council department is council and health is health.
    @Test func ancestorsByHand() throws {
        var map = StakeholderMap()
        try map.addDepartment(Department(id: "council", name: "Rivertown Council"))
        try map.addDepartment(Department(id: "children", name: "Children's Services", parent: "council"))
        try map.addDepartment(Department(id: "early-help", parent: "children"))
        try map.addDepartment(Department(id: "schools", parent: "children"))
        try map.addDepartment(Department(id: "housing", parent: "council"))
        try map.addDepartment(Department(id: "health"))
        for (id, department) in [("a", "early-help"), ("b", "schools"), ("c", "housing"), ("d", "health"), ("e", "children")] {
            try map.addActor(Actor(id: id, department: department))
        }
        try map.addActor(Actor(id: "f"))

        let oneUp = map.rollingUp("department:parent")
        #expect(oneUp.actors.map { $0.value(ofColumn: "department:parent") } == ["children", "children", "council", "health", "council", nil])
        let twoUp = map.rollingUp("department:parent:parent")
        #expect(twoUp.actors.map { $0.value(ofColumn: "department:parent:parent") } == ["council", "council", "council", "health", "council", nil])
        let top = map.rollingUp("department:top")
        #expect(top.actors.map { $0.value(ofColumn: "department:top") } == ["council", "council", "council", "health", "council", nil])
        #expect(oneUp.label(ofValue: "children", inColumn: "department:parent") == "Children's Services")

        // Grouped by directorate: {a, b} Children's Services, {c, e} the council, {d} health, f ungrouped.
        let index = NetworkIndex(oneUp)
        let grouping = try Grouping(index, map: oneUp, column: "department:parent")
        #expect(grouping.names == ["children", "council", "health"])
        #expect(grouping.ungroupedCount == 1)
        #expect(DepartmentRollUp(column: "department:aunt") == nil && DepartmentRollUp(column: "sector") == nil)

        let check = GroupColumnCheck(map: oneUp, column: "department:parent")
        #expect(check.actorsWithoutValue == ["f"])
        #expect(check.singletonGroups == ["health"])
    }

    /// The top of a chain 100,000 departments deep is found in one pass (each department's
    /// root once), not by walking the chain from every department.
    @Test func theTopOfADeepChainIsLinear() throws {
        let depth = 100_000
        var departments = "id,parent\nd0,\n"
        for level in 1..<depth { departments += "d\(level),d\(level - 1)\n" }
        var actors = "id,department\n"
        for level in stride(from: 0, to: depth, by: 10) { actors += "a\(level),d\(level)\n" }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rollup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(departments.utf8).write(to: folder.appendingPathComponent("departments.csv"))
        try Data(actors.utf8).write(to: folder.appendingPathComponent("actors.csv"))
        let map = try DatasetFolder(url: folder).read()
        let clock = ContinuousClock()
        var top = map
        let elapsed = clock.measure { top = map.rollingUp("department:top") }
        #expect(Set(top.actors.map { $0.value(ofColumn: "department:top") }) == ["d0"])
        #expect(elapsed < .seconds(2), "rolling up took \(elapsed)")
    }
}
