extension StakeholderMap {
    /// The kind of record a problem found while assembling a map belongs to.
    enum RecordKind: Sendable {
        case actor, department, tie, engagement, attendance
    }

    /// A record that could not be added, by kind and position in its input list.
    struct AssemblyProblem: Sendable {
        var record: RecordKind
        var index: Int
        var error: StakeholderMapError
    }

    /// Builds a map from whole lists, adding every record that can be added and listing every
    /// one that cannot, so that a reader can report all problems at once.
    ///
    /// Departments are added in two passes, so a parent may be listed after its child.
    static func assemble(
        actors: [Actor], departments: [Department], ties: TieList, engagements: [Engagement],
        attendance: [Attendance]
    ) -> (map: StakeholderMap, problems: [AssemblyProblem]) {
        var map = StakeholderMap()
        var problems: [AssemblyProblem] = []
        func note(_ record: RecordKind, _ index: Int, _ error: StakeholderMapError) {
            problems.append(AssemblyProblem(record: record, index: index, error: error))
        }

        var added = [Bool](repeating: false, count: departments.count)
        for (index, department) in departments.enumerated() {
            var topLevel = department
            topLevel.parent = nil
            do {
                try map.addDepartment(topLevel)
                added[index] = true
            } catch {
                note(.department, index, error)
            }
        }
        // Parents in one pass, then loops found in one more: each department is walked up
        // once, so a chain 100,000 deep costs 100,000 steps, listed in any order.
        var parentIndex = [Int?](repeating: nil, count: departments.count)
        var indexOfID: [String: Int] = [:]
        for (index, department) in departments.enumerated() where added[index] { indexOfID[department.id] = index }
        for (index, department) in departments.enumerated() where added[index] {
            guard let parent = department.parent else { continue }
            if parent.isEmpty { note(.department, index, .emptyValue(field: "parent")); continue }
            guard let parentAt = indexOfID[parent] else { note(.department, index, .unknownDepartment(parent, field: "parent")); continue }
            parentIndex[index] = parentAt
        }
        for cycle in Self.cycles(parentIndex) {
            // The link listed last in the file closes the loop: it is the one reported and left out.
            let closing = cycle.max()!
            let start = cycle.firstIndex(of: closing)!
            let ordered = Array(cycle[start...] + cycle[..<start]).map { departments[$0].id }
            note(.department, closing, .departmentCycle(ordered + [ordered[0]]))
            parentIndex[closing] = nil
        }
        for (index, parentAt) in parentIndex.enumerated() {
            guard let parentAt else { continue }
            map.departments[map.departmentPositions[departments[index].id]!].parent = departments[parentAt].id
        }
        // One hash per actor; the list itself is shared, not copied, when every actor is taken.
        var positions: [String: Int] = [:]
        positions.reserveCapacity(actors.count)
        var refusedActors: [Int] = []
        for (index, actor) in actors.enumerated() {
            if actor.id.isEmpty {
                note(.actor, index, .emptyValue(field: "id"))
                refusedActors.append(index)
            } else if let first = positions.updateValue(index - refusedActors.count, forKey: actor.id) {
                positions[actor.id] = first
                note(.actor, index, .duplicateActor(actor.id))
                refusedActors.append(index)
            }
        }
        if refusedActors.isEmpty {
            map.actors = actors
        } else {
            let refusedSet = Set(refusedActors)
            map.actors = actors.indices.filter { !refusedSet.contains($0) }.map { actors[$0] }
        }
        map.actorPositions = positions
        // One look-up per end, kept as the map's tie ends; only a refused tie pays for the
        // list of its problems. When every tie is taken the map shares the given list.
        let ends = Self.endPositions(of: ties, in: map)
        let emptyRelations = ties.relationNames.labels.map(\.isEmpty)
        var refused: [Int] = []
        for index in ties.indices {
            let weight = ties.weights[index]
            if ends.sources[index] < 0 || ends.targets[index] < 0 || emptyRelations[Int(ties.relations[index])]
                || !weight.isFinite {
                refused.append(index)
                for problem in map.problems(adding: ties[index]) { note(.tie, index, problem) }
            }
        }
        var kept = ends
        if refused.isEmpty {
            map.ties = ties
        } else {
            let refusedSet = Set(refused)
            let keptIndices = ties.indices.filter { !refusedSet.contains($0) }
            map.ties = ties.selecting(keptIndices)
            kept = TieEnds(capacity: keptIndices.count)
            for index in keptIndices { kept.append(Int(ends.sources[index]), Int(ends.targets[index])) }
        }
        for (index, engagement) in engagements.enumerated() {
            do { try map.addEngagement(engagement) } catch { note(.engagement, index, error) }
        }
        for (index, record) in attendance.enumerated() {
            let recordProblems = map.problems(recording: record)
            if recordProblems.isEmpty {
                try! map.recordAttendance(record)
            } else {
                for problem in recordProblems { note(.attendance, index, problem) }
            }
        }
        map.tieEnds = kept
        return (map, problems)
    }

    /// The position of each tie's ends among `map`'s actors, −1 for an id not there: one
    /// look-up per id in the list's table of ids, not per end, and none at all for the ids a
    /// dataset folder numbered as its actors (the table starts with `map`'s actor ids, in
    /// order, when every actor was taken). O(m + ids).
    static func endPositions(of ties: TieList, in map: StakeholderMap) -> TieEnds {
        let names = ties.names.labels
        // The longest prefix of the id table that is the map's actor ids in order.
        let shared = ties.sharesActorNumbering(with: map) ? map.actors.count : 0
        let position = [Int32](unsafeUninitializedCapacity: names.count) { slots, initialized in
            for number in 0..<shared { slots[number] = Int32(number) }
            for number in shared..<names.count { slots[number] = Int32(map.actorPositions[names[number]] ?? -1) }
            initialized = names.count
        }
        if shared == names.count { return TieEnds(sources: ties.sources, targets: ties.targets) }
        return TieEnds(sources: ties.sources.map { position[Int($0)] }, targets: ties.targets.map { position[Int($0)] })
    }

    /// The loops among parent links (`parent[i]` is i's parent), each as the departments on
    /// it in walking order, found in O(n): every department is walked up once, each walk
    /// stopping at the first department an earlier walk reached.
    static func cycles(_ parent: [Int?]) -> [[Int]] {
        var walk = [Int](repeating: -1, count: parent.count)  // which walk reached each department
        var cycles: [[Int]] = []
        for start in parent.indices where walk[start] < 0 {
            var path: [Int] = []
            var current: Int? = start
            while let node = current, walk[node] < 0 {
                walk[node] = start
                path.append(node)
                current = parent[node]
            }
            if let node = current, walk[node] == start, let from = path.firstIndex(of: node) {
                cycles.append(Array(path[from...]))
            }
        }
        return cycles
    }
}
