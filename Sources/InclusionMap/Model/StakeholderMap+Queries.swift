extension StakeholderMap {
    // MARK: Look-ups by id

    /// The actor with this id, or `nil`. O(1) on average.
    public func actor(withID id: String) -> Actor? {
        actorPositions[id].map { actors[$0] }
    }

    /// The department with this id, or `nil`. O(1) on average.
    public func department(withID id: String) -> Department? {
        departmentPositions[id].map { departments[$0] }
    }

    /// The engagement with this id, or `nil`. O(1) on average.
    public func engagement(withID id: String) -> Engagement? {
        engagementPositions[id].map { engagements[$0] }
    }

    // MARK: Ties

    /// The ties with the actor at either end, in map order. O(m).
    public func ties(of actorID: String) -> [Tie] {
        ties.filter { $0.involves(actorID) }
    }

    /// The names of the relations the ties use, sorted by code point.
    public var relations: [String] {
        Set(ties.map(\.relation)).sorted()
    }

    // MARK: Departments

    /// The departments directly inside `departmentID`, in map order.
    public func subdepartments(of departmentID: String) -> [Department] {
        departments.filter { $0.parent == departmentID }
    }

    /// The actors whose ``Actor/department`` is `departmentID` or, by default, any department
    /// nested inside it, in map order. O(n + d).
    public func actors(inDepartment departmentID: String, includingSubdepartments: Bool = true) -> [Actor] {
        var wanted: Set<String> = [departmentID]
        if includingSubdepartments {
            var frontier = [departmentID]
            while let next = frontier.popLast() {
                for child in subdepartments(of: next) where wanted.insert(child.id).inserted {
                    frontier.append(child.id)
                }
            }
        }
        return actors.filter { $0.department.map(wanted.contains) ?? false }
    }

    /// A value of an actor column as people read it: a department's name from
    /// `departments.csv` when `column` is `department` or a roll-up of it
    /// (``DepartmentRollUp``, such as `department:parent`), otherwise the value itself.
    public func label(ofValue value: String, inColumn column: String) -> String {
        guard column == "department" || DepartmentRollUp(column: column) != nil, let department = department(withID: value) else { return value }
        return department.displayName
    }

    /// How people read an actor: "Samira Haddad (eh07)", or the id alone when the actor has
    /// no name or may not be named (on a masked map a withheld actor's id is their code).
    public func label(ofActor id: String) -> String {
        guard let actor = actor(withID: id), actor.mayBeNamed, let name = actor.name, name != id else { return id }
        return "\(name) (\(id))"
    }

    // MARK: Designated boundary spanners

    /// The designated boundary-spanning roles that actors hold, sorted by code point.
    public var spannerRoles: [String] {
        Set(actors.flatMap(\.roles)).sorted()
    }

    /// The actors who hold a designated role, in map order; with no role given, every actor
    /// who holds any.
    public func designatedSpanners(withRole role: String? = nil) -> [Actor] {
        actors.filter { actor in role.map(actor.roles.contains) ?? actor.isDesignatedSpanner }
    }

    // MARK: Attendance

    /// The attendance records of one actor, in map order.
    public func attendance(of actorID: String) -> [Attendance] {
        attendance.filter { $0.actor == actorID }
    }

    /// The engagements an actor attended, in map order.
    public func engagementsAttended(by actorID: String) -> [Engagement] {
        let attended = Set(attendance(of: actorID).map(\.engagement))
        return engagements.filter { attended.contains($0.id) }
    }

    /// The actors who attended an engagement, in map order.
    public func attendees(of engagementID: String) -> [Actor] {
        let present = Set(attendance.lazy.filter { $0.engagement == engagementID }.map(\.actor))
        return actors.filter { present.contains($0.id) }
    }
}
