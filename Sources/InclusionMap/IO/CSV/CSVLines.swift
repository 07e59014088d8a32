import Foundation

/// The records of CSV bytes that hold no double quote and no carriage return: then a record is
/// exactly a non-empty line, and checking the file needs no look at its fields. Found with
/// `memchr`, which reads many bytes at a time, so the first sweep over a large, plain file
/// (the usual machine-written ties.csv) costs a fraction of ``CSVScanner/scan(_:from:line:_:)``.
///
/// Gives up (returns `nil`) on any byte or line that would need the full scanner to be judged:
/// a quote, a carriage return, invalid UTF-8, or a line of `InputLimits/maximumColumns`
/// bytes or more (which might hold too many fields). The caller then scans the usual way, so
/// every error is still found, at its line and field, by the one scanner that reports them.
enum CSVLines {
    /// The records from `offset` (at line `line`) to the end: how many, and the offset and line
    /// just after every `every`-th record, as ``CSVScanner/scan(_:from:line:_:)`` would give them.
    static func count(
        _ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, line: Int, every: Int
    ) -> (records: Int, marks: [(offset: Int, line: Int)])? {
        guard let base = bytes.baseAddress, offset < bytes.count else { return (0, []) }
        let rest = UnsafeBufferPointer(rebasing: bytes[offset...])
        guard memchr(rest.baseAddress!, Int32(UInt8(ascii: "\"")), rest.count) == nil,
              memchr(rest.baseAddress!, Int32(UInt8(ascii: "\r")), rest.count) == nil,
              UTF8Check.isValid(rest) else { return nil }
        var records = 0
        var marks: [(offset: Int, line: Int)] = []
        var start = offset
        var line = line
        while start < bytes.count {
            let end: Int
            if let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) {
                end = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            } else {
                end = bytes.count
            }
            guard end - start < InputLimits.maximumColumns else { return nil }
            // The scanner ends a last record without a line break where the bytes end.
            let next = end == bytes.count ? (offset: end, line: line) : (offset: end + 1, line: line + 1)
            if end > start {  // an empty line is no record
                records += 1
                if records % every == 0 { marks.append(next) }
            }
            start = end + 1
            line += 1
        }
        return (records, marks)
    }
}
