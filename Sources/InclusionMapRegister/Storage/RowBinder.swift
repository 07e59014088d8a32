import GRDB
import GRDBSQLite

/// One prepared INSERT, bound and stepped through SQLite's C interface for each row.
///
/// GRDB's argument arrays allocate for every row; a wave of 500,000 ties is written in a
/// fraction of that time when each value is bound straight into the statement. The statement
/// belongs to the caller's transaction; an error carries SQLite's own message.
struct RowBinder {
    private let statement: Statement
    private let db: Database
    private var column: Int32 = 0

    /// SQLite copies each text as it is bound (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ sql: String, in db: Database) throws {
        statement = try db.makeStatement(sql: sql)
        self.db = db
    }

    mutating func bind(_ value: String?) {
        column += 1
        guard let value else {
            sqlite3_bind_null(statement.sqliteStatement, column)
            return
        }
        var text = value
        text.withUTF8 { bytes in
            _ = bytes.withMemoryRebound(to: CChar.self) {
                sqlite3_bind_text(statement.sqliteStatement, column, $0.baseAddress, Int32($0.count), Self.transient)
            }
        }
    }

    mutating func bind(_ value: Int64) {
        column += 1
        sqlite3_bind_int64(statement.sqliteStatement, column, value)
    }

    mutating func bind(_ value: Int) { bind(Int64(value)) }

    mutating func bind(_ value: Double) {
        column += 1
        sqlite3_bind_double(statement.sqliteStatement, column, value)
    }

    mutating func bind(_ value: Bool?) {
        guard let value else {
            column += 1
            sqlite3_bind_null(statement.sqliteStatement, column)
            return
        }
        bind(Int64(value ? 1 : 0))
    }

    /// Inserts the row bound so far and starts the next.
    mutating func insert() throws {
        let raw = statement.sqliteStatement
        let code = sqlite3_step(raw)
        sqlite3_reset(raw)
        column = 0
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
        }
    }
}
