import Foundation
import GRDB
import InclusionMap

/// A map as rows of the register's tables, written and read in the tables' own order so a
/// wave reads back exactly as it was added (records in their original order, every field).
///
/// Each table is written through one prepared statement reused for every row, inside the
/// caller's transaction: adding a wave of 500,000 ties is one transaction, not 500,000.
enum MapRows {
    /// Writes every record of `map` as rows of revision `revision`.
    static func write(_ map: StakeholderMap, revision: Int64, in db: Database) throws {
        let actors = try db.makeStatement(sql: """
            INSERT INTO actor (revision, position, id, name, kind, department, organisation, sector, roles, consent, attributes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, actor) in map.actors.enumerated() {
            actors.setUncheckedArguments([
                revision, position, actor.id, actor.name, actor.kind?.rawValue, actor.department, actor.organisation,
                actor.sector, AttributeText.encoded(actor.roles), actor.consent, AttributeText.encoded(actor.attributes),
            ])
            try actors.execute()
        }
        let departments = try db.makeStatement(sql: """
            INSERT INTO department (revision, position, id, name, organisation, parent, attributes) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, department) in map.departments.enumerated() {
            departments.setUncheckedArguments([
                revision, position, department.id, department.name, department.organisation, department.parent,
                AttributeText.encoded(department.attributes),
            ])
            try departments.execute()
        }
        let engagements = try db.makeStatement(sql: """
            INSERT INTO engagement (revision, position, id, name, date, kind, attributes) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, engagement) in map.engagements.enumerated() {
            engagements.setUncheckedArguments([
                revision, position, engagement.id, engagement.name, engagement.date?.description, engagement.kind,
                AttributeText.encoded(engagement.attributes),
            ])
            try engagements.execute()
        }
        let attendance = try db.makeStatement(sql: """
            INSERT INTO attendance (revision, position, engagement, actor, role, attributes) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (position, record) in map.attendance.enumerated() {
            attendance.setUncheckedArguments([
                revision, position, record.engagement, record.actor, record.role, AttributeText.encoded(record.attributes),
            ])
            try attendance.execute()
        }
        let ties = try db.makeStatement(sql: """
            INSERT INTO tie (revision, position, source, target, relation, weight, directed, wave, date, provenance, attributes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, tie) in map.ties.enumerated() {
            ties.setUncheckedArguments([
                revision, position, tie.source, tie.target, tie.relation, tie.weight, tie.isDirected, tie.wave,
                tie.date?.description, tie.provenance, AttributeText.encoded(tie.attributes),
            ])
            try ties.execute()
        }
    }

    /// The map stored as revision `revision`, with `extraColumns` as saved beside it.
    static func read(revision: Int64, extraColumns: ExtraColumns, in db: Database) throws -> StakeholderMap {
        var actors: [Actor] = []
        let actorRows = try Row.fetchCursor(db, sql: """
            SELECT id, name, kind, department, organisation, sector, roles, consent, attributes
            FROM actor WHERE revision = ? ORDER BY position
            """, arguments: [revision])
        while let row = try actorRows.next() {
            actors.append(Actor(
                id: row[0], name: row[1], kind: (row[2] as String?).flatMap(ActorKind.init(rawValue:)),
                department: row[3], organisation: row[4], sector: row[5],
                roles: AttributeText.decodedList(row[6]), consent: row[7], attributes: AttributeText.decoded(row[8])))
        }
        var departments: [Department] = []
        let departmentRows = try Row.fetchCursor(db, sql: """
            SELECT id, name, organisation, parent, attributes FROM department WHERE revision = ? ORDER BY position
            """, arguments: [revision])
        while let row = try departmentRows.next() {
            departments.append(Department(
                id: row[0], name: row[1], organisation: row[2], parent: row[3], attributes: AttributeText.decoded(row[4])))
        }
        var engagements: [Engagement] = []
        let engagementRows = try Row.fetchCursor(db, sql: """
            SELECT id, name, date, kind, attributes FROM engagement WHERE revision = ? ORDER BY position
            """, arguments: [revision])
        while let row = try engagementRows.next() {
            engagements.append(Engagement(
                id: row[0], name: row[1], date: (row[2] as String?).flatMap(CalendarDate.init(parsing:)), kind: row[3],
                attributes: AttributeText.decoded(row[4])))
        }
        var attendance: [Attendance] = []
        let attendanceRows = try Row.fetchCursor(db, sql: """
            SELECT engagement, actor, role, attributes FROM attendance WHERE revision = ? ORDER BY position
            """, arguments: [revision])
        while let row = try attendanceRows.next() {
            attendance.append(Attendance(engagement: row[0], actor: row[1], role: row[2], attributes: AttributeText.decoded(row[3])))
        }
        var ties: [Tie] = []
        let tieRows = try Row.fetchCursor(db, sql: """
            SELECT source, target, relation, weight, directed, wave, date, provenance, attributes
            FROM tie WHERE revision = ? ORDER BY position
            """, arguments: [revision])
        while let row = try tieRows.next() {
            ties.append(Tie(
                source: row[0], target: row[1], relation: row[2], weight: row[3], isDirected: row[4], wave: row[5],
                date: (row[6] as String?).flatMap(CalendarDate.init(parsing:)), provenance: row[7],
                attributes: AttributeText.decoded(row[8])))
        }
        return try StakeholderMap(
            actors: actors, departments: departments, ties: ties, engagements: engagements, attendance: attendance,
            extraColumns: extraColumns)
    }
}
