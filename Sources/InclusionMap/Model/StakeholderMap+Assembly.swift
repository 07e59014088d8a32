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
        actors: [Actor], departments: [Department], ties: [Tie], engagements: [Engagement],
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
        for (index, department) in departments.enumerated() where added[index] {
            guard let parent = department.parent else { continue }
            do throws(StakeholderMapError) {
                if parent.isEmpty { throw .emptyValue(field: "parent") }
                try map.setParent(parent, ofDepartment: department.id)
            } catch {
                note(.department, index, error)
            }
        }
        for (index, actor) in actors.enumerated() {
            do { try map.addActor(actor) } catch { note(.actor, index, error) }
        }
        for (index, tie) in ties.enumerated() {
            let tieProblems = map.problems(adding: tie)
            if tieProblems.isEmpty {
                map.ties.append(tie)
            } else {
                for problem in tieProblems { note(.tie, index, problem) }
            }
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
        return (map, problems)
    }
}
