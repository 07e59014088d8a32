/// The records of one CSV file: a header and the rows under it, each with the line it
/// starts on.
package struct CSVTable: Sendable {
    /// One record, with the 1-based line of the file it starts on.
    package struct Row: Sendable {
        package var line: Int
        package var fields: [String]
    }

    /// The first record, or `nil` for a file with no records at all.
    package var header: Row?
    /// Every record after the header, blank lines left out.
    package var rows: [Row]
}

/// A CSV file that does not follow RFC 4180, at the record and field where reading stopped.
package struct CSVSyntaxError: Error, Hashable, Sendable {
    /// The 1-based line the problem is on.
    package var line: Int
    /// The 1-based field of the record the problem is in.
    package var field: Int
    /// What was found and what was expected.
    package var message: String
}
