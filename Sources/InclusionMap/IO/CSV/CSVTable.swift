/// The records of one CSV file: a header and the rows under it, each with the line it
/// starts on.
struct CSVTable: Sendable {
    /// One record, with the 1-based line of the file it starts on.
    struct Row: Sendable {
        var line: Int
        var fields: [String]
    }

    /// The first record, or `nil` for a file with no records at all.
    var header: Row?
    /// Every record after the header, blank lines left out.
    var rows: [Row]
}

/// A CSV file that does not follow RFC 4180, at the record and field where reading stopped.
struct CSVSyntaxError: Error, Hashable, Sendable {
    /// The 1-based line the problem is on.
    var line: Int
    /// The 1-based field of the record the problem is in.
    var field: Int
    /// What was found and what was expected.
    var message: String
}
