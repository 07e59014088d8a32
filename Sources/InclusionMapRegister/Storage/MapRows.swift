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
        var actors = try RowBinder("""
            INSERT INTO actor (revision, position, id, name, kind, department, organisation, sector, roles, consent, responded, attributes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        for (position, actor) in map.actors.enumerated() {
            actors.bind(revision); actors.bind(position); actors.bind(actor.id); actors.bind(actor.name)
            actors.bind(actor.kind?.rawValue); actors.bind(actor.department); actors.bind(actor.organisation)
            actors.bind(actor.sector); actors.bind(AttributeText.encoded(actor.roles)); actors.bind(actor.consent)
            actors.bind(actor.responded)
            actors.bind(AttributeText.encoded(actor.attributes))
            try actors.insert()
        }
        var departments = try RowBinder("""
            INSERT INTO department (revision, position, id, name, organisation, parent, attributes) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        for (position, department) in map.departments.enumerated() {
            departments.bind(revision); departments.bind(position); departments.bind(department.id); departments.bind(department.name)
            departments.bind(department.organisation); departments.bind(department.parent)
            departments.bind(AttributeText.encoded(department.attributes))
            try departments.insert()
        }
        var engagements = try RowBinder("""
            INSERT INTO engagement (revision, position, id, name, date, kind, attributes) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        for (position, engagement) in map.engagements.enumerated() {
            engagements.bind(revision); engagements.bind(position); engagements.bind(engagement.id); engagements.bind(engagement.name)
            engagements.bind(engagement.date?.description); engagements.bind(engagement.kind)
            engagements.bind(AttributeText.encoded(engagement.attributes))
            try engagements.insert()
        }
        var attendance = try RowBinder("""
            INSERT INTO attendance (revision, position, engagement, actor, role, attributes) VALUES (?, ?, ?, ?, ?, ?)
            """, in: db)
        for (position, record) in map.attendance.enumerated() {
            attendance.bind(revision); attendance.bind(position); attendance.bind(record.engagement); attendance.bind(record.actor)
            attendance.bind(record.role); attendance.bind(AttributeText.encoded(record.attributes))
            try attendance.insert()
        }
        var ties = try RowBinder("""
            INSERT INTO tie (revision, position, source, target, relation, weight, directed, wave, date, provenance, attributes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        for (position, tie) in map.ties.enumerated() {
            ties.bind(revision); ties.bind(position); ties.bind(tie.source); ties.bind(tie.target); ties.bind(tie.relation)
            ties.bind(tie.weight); ties.bind(tie.isDirected); ties.bind(tie.wave); ties.bind(tie.date?.description)
            ties.bind(tie.provenance); ties.bind(AttributeText.encoded(tie.attributes))
            try ties.insert()
        }
    }

    /// A row value that breaks the schema (NULL in a NOT NULL column, a blob where text
    /// belongs): the register is damaged.
    struct DamagedRow: Error, CustomStringConvertible {
        var table: String
        var column: String
        var found: String
        var expected: String

        var description: String { "table \(table), column \(column): \(found) where the register keeps \(expected)" }
    }

    /// One row of `table`, its values decoded without trapping: a value that breaks the schema
    /// throws ``DamagedRow`` instead of stopping the program.
    struct Values {
        let row: Row
        let table: String

        subscript<T: DatabaseValueConvertible>(_ index: Int) -> T {
            get throws {
                do {
                    return try row.decode(T.self, atIndex: index)
                } catch {
                    let stored: DatabaseValue = row[index]
                    let found = switch stored.storage {
                    case .null: "NULL"
                    case .int64(let number): "the integer \(number)"
                    case .double(let number): "the number \(number)"
                    case .string: "text"
                    case .blob(let data): "a blob of \(data.count) bytes"
                    }
                    let column = Array(row.columnNames).dropFirst(index).first ?? "\(index + 1)"
                    throw DamagedRow(table: table, column: column, found: found, expected: String(describing: T.self))
                }
            }
        }
    }

    /// The map stored as revision `revision`, with `extraColumns` as saved beside it.
    ///
    /// - Throws: ``DamagedRow`` for a value that breaks the schema; GRDB's errors.
    static func read(revision: Int64, extraColumns: ExtraColumns, in db: Database) throws -> StakeholderMap {
        var actors: [Actor] = []
        let actorRows = try Row.fetchCursor(db, sql: """
            SELECT id, name, kind, department, organisation, sector, roles, consent, responded, attributes
            FROM actor WHERE revision = ? ORDER BY position
            """, arguments: [revision])
        while let next = try actorRows.next() {
            let row = Values(row: next, table: "actor")
            actors.append(Actor(
                id: try row[0], name: try row[1], kind: (try row[2] as String?).flatMap(ActorKind.init(rawValue:)),
                department: try row[3], organisation: try row[4], sector: try row[5], roles: AttributeText.decodedList(try row[6]),
                consent: try row[7], responded: try row[8], attributes: AttributeText.decoded(try row[9])))
        }
        var departments: [Department] = []
        let departmentRows = try Row.fetchCursor(db, sql: """
            SELECT id, name, organisation, parent, attributes FROM department WHERE revision = ? ORDER BY position
            """, arguments: [revision])
        while let next = try departmentRows.next() {
            let row = Values(row: next, table: "department")
            departments.append(Department(
                id: try row[0], name: try row[1], organisation: try row[2], parent: try row[3], attributes: AttributeText.decoded(try row[4])))
        }
        var engagements: [Engagement] = []
        let engagementRows = try Row.fetchCursor(db, sql: """
            SELECT id, name, date, kind, attributes FROM engagement WHERE revision = ? ORDER BY position
            """, arguments: [revision])
        while let next = try engagementRows.next() {
            let row = Values(row: next, table: "engagement")
            engagements.append(Engagement(
                id: try row[0], name: try row[1], date: (try row[2] as String?).flatMap(CalendarDate.init(parsing:)), kind: try row[3],
                attributes: AttributeText.decoded(try row[4])))
        }
        var attendance: [Attendance] = []
        let attendanceRows = try Row.fetchCursor(db, sql: """
            SELECT engagement, actor, role, attributes FROM attendance WHERE revision = ? ORDER BY position
            """, arguments: [revision])
        while let next = try attendanceRows.next() {
            let row = Values(row: next, table: "attendance")
            attendance.append(Attendance(engagement: try row[0], actor: try row[1], role: try row[2], attributes: AttributeText.decoded(try row[3])))
        }
        var ties: [Tie] = []
        let tieRows = try Row.fetchCursor(db, sql: """
            SELECT source, target, relation, weight, directed, wave, date, provenance, attributes
            FROM tie WHERE revision = ? ORDER BY position
            """, arguments: [revision])
        while let next = try tieRows.next() {
            let row = Values(row: next, table: "tie")
            ties.append(Tie(
                source: try row[0], target: try row[1], relation: try row[2], weight: try row[3], isDirected: try row[4], wave: try row[5],
                date: (try row[6] as String?).flatMap(CalendarDate.init(parsing:)), provenance: try row[7],
                attributes: AttributeText.decoded(try row[8])))
        }
        return try StakeholderMap(
            actors: actors, departments: departments, ties: ties, engagements: engagements, attendance: attendance,
            extraColumns: extraColumns)
    }
}
