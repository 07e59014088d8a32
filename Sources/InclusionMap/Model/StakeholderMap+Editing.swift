extension StakeholderMap {
    // MARK: Actors

    /// Adds an actor at the end of ``actors``.
    ///
    /// - Throws: ``StakeholderMapError/emptyValue(field:)`` for an empty id,
    ///   ``StakeholderMapError/duplicateActor(_:)`` when the id is taken.
    public mutating func addActor(_ actor: Actor) throws(StakeholderMapError) {
        guard !actor.id.isEmpty else { throw .emptyValue(field: "id") }
        guard actorPositions[actor.id] == nil else { throw .duplicateActor(actor.id) }
        actorPositions[actor.id] = actors.count
        actors.append(actor)
    }

    /// Replaces the actor that has the same id, keeping its place, ties and attendance.
    ///
    /// - Throws: ``StakeholderMapError/unknownActor(_:field:)`` when no actor has the id.
    public mutating func updateActor(_ actor: Actor) throws(StakeholderMapError) {
        guard let position = actorPositions[actor.id] else { throw .unknownActor(actor.id, field: "id") }
        actors[position] = actor
    }

    /// Removes an actor with every tie and attendance record that involves it. O(n + m).
    ///
    /// - Returns: the removed actor.
    /// - Throws: ``StakeholderMapError/unknownActor(_:field:)`` when no actor has the id.
    @discardableResult
    public mutating func removeActor(withID id: String) throws(StakeholderMapError) -> Actor {
        guard let position = actorPositions[id] else { throw .unknownActor(id, field: "id") }
        let removed = actors.remove(at: position)
        actorPositions = StakeholderMap.positions(of: actors)
        ties.removeAll { $0.involves(id) }
        attendance.removeAll { $0.actor == id }
        attendanceKeys = attendanceKeys.filter { $0.actor != id }
        return removed
    }

    // MARK: Departments

    /// Adds a department at the end of ``departments``.
    ///
    /// - Throws: ``StakeholderMapError/emptyValue(field:)``, ``StakeholderMapError/duplicateDepartment(_:)``,
    ///   ``StakeholderMapError/unknownDepartment(_:field:)`` when the parent is not in the map yet, or
    ///   ``StakeholderMapError/departmentCycle(_:)`` when the department names itself as parent.
    public mutating func addDepartment(_ department: Department) throws(StakeholderMapError) {
        guard !department.id.isEmpty else { throw .emptyValue(field: "id") }
        guard departmentPositions[department.id] == nil else { throw .duplicateDepartment(department.id) }
        if let parent = department.parent {
            guard parent != department.id else { throw .departmentCycle([department.id, department.id]) }
            guard departmentPositions[parent] != nil else { throw .unknownDepartment(parent, field: "parent") }
        }
        departmentPositions[department.id] = departments.count
        departments.append(department)
    }

    /// Moves a department inside another one, or to the top level when `parent` is `nil`.
    ///
    /// - Throws: ``StakeholderMapError/unknownDepartment(_:field:)`` when either id is unknown,
    ///   ``StakeholderMapError/departmentCycle(_:)`` when the move would put the department
    ///   inside itself.
    public mutating func setParent(_ parent: String?, ofDepartment id: String) throws(StakeholderMapError) {
        guard let position = departmentPositions[id] else { throw .unknownDepartment(id, field: "id") }
        if let parent {
            guard departmentPositions[parent] != nil else { throw .unknownDepartment(parent, field: "parent") }
            // Walk up from the new parent; meeting `id` on the way means a loop.
            var chain = [id, parent]
            var current = parent
            while current != id {
                guard let next = departments[departmentPositions[current]!].parent else { break }
                chain.append(next)
                current = next
            }
            if current == id { throw .departmentCycle(chain) }
        }
        departments[position].parent = parent
    }

    /// Removes a department that contains no other department.
    ///
    /// Actors keep their ``Actor/department`` text: it is a label as well as a reference.
    ///
    /// - Returns: the removed department.
    /// - Throws: ``StakeholderMapError/unknownDepartment(_:field:)`` or
    ///   ``StakeholderMapError/departmentHasSubdepartments(_:_:)``.
    @discardableResult
    public mutating func removeDepartment(withID id: String) throws(StakeholderMapError) -> Department {
        guard let position = departmentPositions[id] else { throw .unknownDepartment(id, field: "id") }
        let children = departments.filter { $0.parent == id }.map(\.id)
        guard children.isEmpty else { throw .departmentHasSubdepartments(id, children) }
        let removed = departments.remove(at: position)
        departmentPositions = StakeholderMap.positions(of: departments)
        return removed
    }

    // MARK: Ties

    /// Every reason the map would refuse `tie`, in field order; empty when it can be added.
    public func problems(adding tie: Tie) -> [StakeholderMapError] {
        var problems: [StakeholderMapError] = []
        for (id, field) in [(tie.source, "source"), (tie.target, "target")] {
            if id.isEmpty {
                problems.append(.emptyValue(field: field))
            } else if actorPositions[id] == nil {
                problems.append(.unknownActor(id, field: field))
            }
        }
        if tie.relation.isEmpty { problems.append(.emptyValue(field: "relation")) }
        if !tie.weight.isFinite { problems.append(.invalidWeight(tie.weight)) }
        return problems
    }

    /// Adds a tie at the end of ``ties``. A tie from an actor to itself is accepted; network
    /// views drop it.
    ///
    /// - Throws: the first of ``problems(adding:)``.
    public mutating func addTie(_ tie: Tie) throws(StakeholderMapError) {
        if let problem = problems(adding: tie).first { throw problem }
        ties.append(tie)
    }

    /// Removes and returns the tie at `index` of ``ties``.
    ///
    /// - Precondition: `index` is a valid index of ``ties``.
    @discardableResult
    public mutating func removeTie(at index: Int) -> Tie {
        ties.remove(at: index)
    }

    /// Removes every tie that satisfies `shouldBeRemoved`.
    public mutating func removeTies(where shouldBeRemoved: (Tie) throws -> Bool) rethrows {
        try ties.removeAll(where: shouldBeRemoved)
    }

    // MARK: Engagements and attendance

    /// Adds an engagement at the end of ``engagements``.
    ///
    /// - Throws: ``StakeholderMapError/emptyValue(field:)`` or ``StakeholderMapError/duplicateEngagement(_:)``.
    public mutating func addEngagement(_ engagement: Engagement) throws(StakeholderMapError) {
        guard !engagement.id.isEmpty else { throw .emptyValue(field: "id") }
        guard engagementPositions[engagement.id] == nil else { throw .duplicateEngagement(engagement.id) }
        engagementPositions[engagement.id] = engagements.count
        engagements.append(engagement)
    }

    /// Removes an engagement and its attendance records.
    ///
    /// - Returns: the removed engagement.
    /// - Throws: ``StakeholderMapError/unknownEngagement(_:field:)``.
    @discardableResult
    public mutating func removeEngagement(withID id: String) throws(StakeholderMapError) -> Engagement {
        guard let position = engagementPositions[id] else { throw .unknownEngagement(id, field: "id") }
        let removed = engagements.remove(at: position)
        engagementPositions = StakeholderMap.positions(of: engagements)
        attendance.removeAll { $0.engagement == id }
        attendanceKeys = attendanceKeys.filter { $0.engagement != id }
        return removed
    }

    /// Every reason the map would refuse `record`, in field order; empty when it can be added.
    public func problems(recording record: Attendance) -> [StakeholderMapError] {
        var problems: [StakeholderMapError] = []
        if record.engagement.isEmpty {
            problems.append(.emptyValue(field: "engagement"))
        } else if engagementPositions[record.engagement] == nil {
            problems.append(.unknownEngagement(record.engagement, field: "engagement"))
        }
        if record.actor.isEmpty {
            problems.append(.emptyValue(field: "actor"))
        } else if actorPositions[record.actor] == nil {
            problems.append(.unknownActor(record.actor, field: "actor"))
        }
        if problems.isEmpty,
           attendanceKeys.contains(AttendanceKey(engagement: record.engagement, actor: record.actor)) {
            problems.append(.duplicateAttendance(engagement: record.engagement, actor: record.actor))
        }
        return problems
    }

    /// Records that an actor attended an engagement.
    ///
    /// - Throws: the first of ``problems(recording:)``.
    public mutating func recordAttendance(_ record: Attendance) throws(StakeholderMapError) {
        if let problem = problems(recording: record).first { throw problem }
        attendanceKeys.insert(AttendanceKey(engagement: record.engagement, actor: record.actor))
        attendance.append(record)
    }

    static func positions<Record: Identifiable>(of records: [Record]) -> [Record.ID: Int] {
        Dictionary(uniqueKeysWithValues: records.enumerated().map { ($0.element.id, $0.offset) })
    }
}
