import Testing
import InclusionMap

/// The editing API refuses every invalid change with a typed error and leaves the map as it was.
@Suite struct StakeholderMapEditingTests {
    private func sampleMap() throws -> StakeholderMap {
        var map = StakeholderMap()
        try map.addDepartment(Department(id: "childrens", name: "Children's Services"))
        try map.addDepartment(Department(id: "early-help", parent: "childrens"))
        try map.addDepartment(Department(id: "public-health"))
        try map.addActor(Actor(id: "a", name: "Ann", kind: .person, department: "early-help", roles: ["knowledge broker"]))
        try map.addActor(Actor(id: "b", name: "Bo", department: "childrens", roles: ["evidence champion", "knowledge broker"]))
        try map.addActor(Actor(id: "c", department: "public-health"))
        try map.addTie(Tie(source: "a", target: "b", relation: "advice", isDirected: true))
        try map.addTie(Tie(source: "b", target: "c", relation: "collaboration", weight: 2.5))
        try map.addEngagement(Engagement(id: "w1", name: "Workshop 1", date: CalendarDate(year: 2024, month: 1, day: 18)))
        try map.addEngagement(Engagement(id: "w2"))
        try map.recordAttendance(Attendance(engagement: "w1", actor: "a"))
        try map.recordAttendance(Attendance(engagement: "w2", actor: "a"))
        try map.recordAttendance(Attendance(engagement: "w1", actor: "c"))
        return map
    }

    @Test func duplicateIDsAreRefused() throws {
        var map = try sampleMap()
        let before = map
        #expect(throws: StakeholderMapError.duplicateActor("a")) { try map.addActor(Actor(id: "a")) }
        #expect(throws: StakeholderMapError.duplicateDepartment("childrens")) { try map.addDepartment(Department(id: "childrens")) }
        #expect(throws: StakeholderMapError.duplicateEngagement("w1")) { try map.addEngagement(Engagement(id: "w1")) }
        #expect(throws: StakeholderMapError.emptyValue(field: "id")) { try map.addActor(Actor(id: "")) }
        #expect(map == before)
    }

    @Test func tiesMustJoinKnownActorsWithAValidWeight() throws {
        var map = try sampleMap()
        let before = map
        #expect(throws: StakeholderMapError.unknownActor("zz", field: "target")) { try map.addTie(Tie(source: "a", target: "zz")) }
        #expect(throws: StakeholderMapError.invalidWeight(.infinity)) { try map.addTie(Tie(source: "a", target: "c", weight: .infinity)) }
        #expect(throws: StakeholderMapError.emptyValue(field: "relation")) { try map.addTie(Tie(source: "a", target: "c", relation: "")) }
        #expect(map.problems(adding: Tie(source: "x", target: "y", weight: .nan)).count == 3)
        #expect(map == before)
        // A negative weight is a negative tie of a signed network (issue 40), kept as given.
        try map.addTie(Tie(source: "a", target: "c", weight: -1))
        #expect(map.ties.last?.weight == -1)
        // Zero weight and self-loops are allowed in the map.
        try map.addTie(Tie(source: "a", target: "c", weight: 0))
        try map.addTie(Tie(source: "a", target: "a"))
        #expect(map.ties.count == 5)
    }

    @Test func departmentCyclesAreRefused() throws {
        var map = try sampleMap()
        // childrens ⊃ early-help; putting childrens inside early-help would loop.
        #expect(throws: StakeholderMapError.departmentCycle(["childrens", "early-help", "childrens"])) {
            try map.setParent("early-help", ofDepartment: "childrens")
        }
        #expect(throws: StakeholderMapError.departmentCycle(["x", "x"])) {
            try map.addDepartment(Department(id: "x", parent: "x"))
        }
        #expect(throws: StakeholderMapError.unknownDepartment("nowhere", field: "parent")) {
            try map.addDepartment(Department(id: "y", parent: "nowhere"))
        }
        #expect(throws: StakeholderMapError.departmentHasSubdepartments("childrens", ["early-help"])) {
            try map.removeDepartment(withID: "childrens")
        }
        try map.setParent("public-health", ofDepartment: "childrens")
        #expect(map.department(withID: "childrens")?.parent == "public-health")
    }

    @Test func bulkInitialiserAcceptsParentsListedAfterChildren() throws {
        let map = try StakeholderMap(
            actors: [Actor(id: "a", department: "leaf")],
            departments: [Department(id: "leaf", parent: "root"), Department(id: "root")])
        #expect(map.departments.map(\.parent) == ["root", nil])
        // p → q is set first and is fine; q → p then closes the loop, seen from q.
        #expect(throws: StakeholderMapError.departmentCycle(["q", "p", "q"])) {
            try StakeholderMap(actors: [], departments: [Department(id: "p", parent: "q"), Department(id: "q", parent: "p")])
        }
    }

    @Test func attendanceMustBeKnownAndSingle() throws {
        var map = try sampleMap()
        #expect(throws: StakeholderMapError.duplicateAttendance(engagement: "w1", actor: "a")) {
            try map.recordAttendance(Attendance(engagement: "w1", actor: "a"))
        }
        #expect(throws: StakeholderMapError.unknownEngagement("w9", field: "engagement")) {
            try map.recordAttendance(Attendance(engagement: "w9", actor: "a"))
        }
        #expect(throws: StakeholderMapError.unknownActor("q", field: "actor")) {
            try map.recordAttendance(Attendance(engagement: "w1", actor: "q"))
        }
    }

    @Test func removingAnActorRemovesItsTiesAndAttendance() throws {
        var map = try sampleMap()
        let removed = try map.removeActor(withID: "a")
        #expect(removed.name == "Ann")
        #expect(map.actors.map(\.id) == ["b", "c"])
        #expect(map.ties.count == 1)
        #expect(map.attendance.map(\.actor) == ["c"])
        #expect(map.actor(withID: "c")?.id == "c")
        // The id is free again.
        try map.addActor(Actor(id: "a"))
        try map.recordAttendance(Attendance(engagement: "w1", actor: "a"))
        #expect(throws: StakeholderMapError.unknownActor("a", field: "id")) {
            var other = StakeholderMap()
            try other.removeActor(withID: "a")
        }
    }

    @Test func removingAnEngagementRemovesItsAttendance() throws {
        var map = try sampleMap()
        try map.removeEngagement(withID: "w1")
        #expect(map.attendance.map(\.engagement) == ["w2"])
    }

    @Test func updatingAnActorKeepsItsPlace() throws {
        var map = try sampleMap()
        try map.updateActor(Actor(id: "b", name: "Bea"))
        #expect(map.actors.map(\.displayName) == ["Ann", "Bea", "c"])
        #expect(throws: StakeholderMapError.unknownActor("n", field: "id")) { try map.updateActor(Actor(id: "n")) }
    }

    @Test func queries() throws {
        let map = try sampleMap()
        #expect(map.ties(of: "b").map(\.relation) == ["advice", "collaboration"])
        #expect(map.relations == ["advice", "collaboration"])
        #expect(map.actors(inDepartment: "childrens").map(\.id) == ["a", "b"])
        #expect(map.actors(inDepartment: "childrens", includingSubdepartments: false).map(\.id) == ["b"])
        #expect(map.subdepartments(of: "childrens").map(\.id) == ["early-help"])
        #expect(map.spannerRoles == ["evidence champion", "knowledge broker"])
        #expect(map.designatedSpanners(withRole: "knowledge broker").map(\.id) == ["a", "b"])
        #expect(map.designatedSpanners().map(\.id) == ["a", "b"])
        #expect(map.attendance(of: "a").map(\.engagement) == ["w1", "w2"])
        #expect(map.engagementsAttended(by: "c").map(\.displayName) == ["Workshop 1"])
        #expect(map.attendees(of: "w1").map(\.id) == ["a", "c"])
        #expect(map.actor(withID: "a")?.value(ofColumn: "department") == "early-help")
        #expect(map.actor(withID: "c")?.value(ofColumn: "sector") == nil)
    }

    @Test func errorMessagesSayWhatWasExpected() {
        #expect(StakeholderMapError.unknownActor("Z9", field: "target").description
            == "unknown actor \"Z9\"; expected an actor id from actors.csv")
        #expect(StakeholderMapError.invalidWeight(.nan).description
            == "invalid weight nan; expected a finite number")
        #expect(StakeholderMapError.departmentCycle(["a", "b", "a"]).description
            == "department cycle a → b → a; expected departments to nest without a loop")
    }

    @Test func calendarDates() {
        #expect(CalendarDate(parsing: "2024-02-29")?.description == "2024-02-29")
        #expect(CalendarDate(parsing: "2023-02-29") == nil)
        #expect(CalendarDate(parsing: "2024-13-01") == nil)
        #expect(CalendarDate(parsing: "18/01/2024") == nil)
        #expect(CalendarDate(parsing: "2024-1-18") == nil)
        #expect(CalendarDate(year: 2024, month: 1, day: 18)! < CalendarDate(year: 2024, month: 3, day: 14)!)
    }

    @Test func actorKindsParseLeniently() {
        #expect(ActorKind(parsing: " Organization ") == .organisation)
        #expect(ActorKind(parsing: "GROUP") == .group)
        #expect(ActorKind(parsing: "committee") == nil)
    }
}
