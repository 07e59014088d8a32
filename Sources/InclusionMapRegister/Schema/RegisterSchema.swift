import Foundation
import GRDB
import InclusionMap

/// The register's tables, built by numbered migrations so a register written by an older
/// InclusionMap opens in a newer one (GRDB's `DatabaseMigrator`; each step runs once, in a
/// transaction, and is recorded in `grdb_migrations`).
///
/// - `v1-waves`: `wave` (id, label, date, position); `revision` (one saved version of a wave:
///   number, time, source, note, the extra column names); and one table per kind of record,
///   every row tied to its revision: `actor`, `department`, `engagement`, `attendance`, `tie`.
///   Ties and attendance reference their actors by (revision, id) and engagements the same
///   way, so SQLite itself refuses a tie to an actor that is not in the wave.
/// - `v2-change-log`: `change`, what each revision added, edited or removed; revisions that
///   were saved before it get one line per kind of record with its count.
///
/// - `v3-response-status`: `actor.responded`, whether the actor answered the survey (true,
///   false, or NULL for not asked). A register saved before it keeps the column's earlier home,
///   a free attribute `responded`, moved into it.
///
/// - `v4-consent-key`: `secret`, the register's own ``ConsentKey`` (32 random bytes, made by
///   this step), from which every withheld person's code is computed, so one person has one
///   code in every wave and codes reveal neither count nor order.
/// - `v5-revision-checksum`: `revision.checksum`, the ``MapChecksum`` of the map each revision
///   saved, compared when it is read back; NULL for revisions saved before it (read unchecked).
///
/// Foreign keys are on for every connection (GRDB's default).
enum RegisterSchema {
    /// Every step, oldest first.
    static let migrationNames = ["v1-waves", "v2-change-log", "v3-response-status", "v4-consent-key", "v5-revision-checksum"]

    /// The migrator for the whole schema, or for its steps up to `last`.
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-waves") { db in
            try db.execute(sql: """
                CREATE TABLE wave (
                    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                    label TEXT,
                    date TEXT,
                    position INTEGER NOT NULL UNIQUE
                );
                CREATE TABLE revision (
                    id INTEGER PRIMARY KEY,
                    wave TEXT NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
                    number INTEGER NOT NULL,
                    saved_at TEXT NOT NULL,
                    source TEXT,
                    note TEXT,
                    extra_columns TEXT NOT NULL,
                    UNIQUE (wave, number)
                );
                CREATE TABLE actor (
                    revision INTEGER NOT NULL REFERENCES revision(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    name TEXT, kind TEXT, department TEXT, organisation TEXT, sector TEXT,
                    roles TEXT, consent INTEGER, attributes TEXT,
                    PRIMARY KEY (revision, id)
                ) WITHOUT ROWID;
                CREATE TABLE department (
                    revision INTEGER NOT NULL REFERENCES revision(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    name TEXT, organisation TEXT, parent TEXT, attributes TEXT,
                    PRIMARY KEY (revision, id)
                ) WITHOUT ROWID;
                CREATE TABLE engagement (
                    revision INTEGER NOT NULL REFERENCES revision(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    name TEXT, date TEXT, kind TEXT, attributes TEXT,
                    PRIMARY KEY (revision, id)
                ) WITHOUT ROWID;
                CREATE TABLE attendance (
                    revision INTEGER NOT NULL REFERENCES revision(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    engagement TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    role TEXT, attributes TEXT,
                    PRIMARY KEY (revision, position),
                    FOREIGN KEY (revision, engagement) REFERENCES engagement(revision, id),
                    FOREIGN KEY (revision, actor) REFERENCES actor(revision, id)
                ) WITHOUT ROWID;
                CREATE TABLE tie (
                    revision INTEGER NOT NULL REFERENCES revision(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    source TEXT NOT NULL,
                    target TEXT NOT NULL,
                    relation TEXT NOT NULL,
                    weight REAL NOT NULL,
                    directed INTEGER NOT NULL,
                    wave TEXT, date TEXT, provenance TEXT, attributes TEXT,
                    PRIMARY KEY (revision, position),
                    FOREIGN KEY (revision, source) REFERENCES actor(revision, id),
                    FOREIGN KEY (revision, target) REFERENCES actor(revision, id)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2-change-log") { db in
            try db.execute(sql: """
                CREATE TABLE change (
                    id INTEGER PRIMARY KEY,
                    revision INTEGER NOT NULL REFERENCES revision(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('added', 'edited', 'removed')),
                    record TEXT NOT NULL,
                    key TEXT,
                    detail TEXT NOT NULL
                );
                CREATE INDEX change_by_revision ON change(revision);
                """)
            // Revisions saved before the change log: a count line for each kind of record.
            for table in ["actor", "department", "engagement", "attendance", "tie"] {
                try db.execute(sql: """
                    INSERT INTO change (revision, kind, record, key, detail)
                    SELECT revision, 'added', '\(table)', NULL, COUNT(*) || ' \(table) records'
                    FROM \(table) GROUP BY revision
                    """)
            }
        }
        migrator.registerMigration("v3-response-status") { db in
            try db.execute(sql: "ALTER TABLE actor ADD COLUMN responded INTEGER")
            // Before this step `responded` was a free attribute; move true/false values into
            // the column and drop them from the attributes.
            let rows = try Row.fetchAll(db, sql: "SELECT revision, id, attributes FROM actor WHERE attributes LIKE '%\"responded\"%'")
            let update = try db.makeStatement(sql: "UPDATE actor SET responded = ?, attributes = ? WHERE revision = ? AND id = ?")
            for row in rows {
                var attributes = AttributeText.decoded(row["attributes"])
                let word = attributes["responded"]?.trimmingCharacters(in: .whitespaces).lowercased()
                guard word == "true" || word == "false" else { continue }
                let value = word == "true"
                attributes["responded"] = nil
                try update.execute(arguments: [value, AttributeText.encoded(attributes), row["revision"], row["id"]])
            }
        }
        migrator.registerMigration("v4-consent-key") { db in
            try db.execute(sql: "CREATE TABLE secret (name TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL)")
            try db.execute(sql: "INSERT INTO secret (name, value) VALUES ('consent-key', ?)",
                           arguments: [Data(ConsentKey.random().bytes)])
        }
        migrator.registerMigration("v5-revision-checksum") { db in
            try db.execute(sql: "ALTER TABLE revision ADD COLUMN checksum TEXT")
        }
        return migrator
    }
}
