/// The most any one input may ask of the readers: caps that no real stakeholder map comes
/// near, so that a damaged or hostile file is refused with a plain error instead of
/// exhausting memory or time.
///
/// Every reader is linear (or n log n) in the size of its input; these caps bound what a
/// *small* input can claim, such as a header declaring a billion actors, and what a single
/// cell may hold.
///
/// | Limit | Value | Why |
/// | --- | --- | --- |
/// | ``maximumFieldBytes`` | 16 MiB | Excel holds 32,767 characters in a cell; a field 500 times that is damage, not data (a 10 MB name is still read, and shortened where it is drawn) |
/// | ``maximumColumns`` | 16,384 | Excel's last column, XFD; also the widest a workbook may be |
/// | ``maximumUnlistedActors`` | 1,000,000 | actors a header (Pajek `*Vertices n`, UCINET `n=`) may declare beyond the lines the file gives |
package enum InputLimits {
    /// The longest field a CSV file may hold, in bytes of UTF-8: 16,777,216 (16 MiB).
    package static let maximumFieldBytes = 1 << 24

    /// The most fields a CSV record, or columns a worksheet, may hold: 16,384 (Excel's XFD).
    package static let maximumColumns = 16_384

    /// How many more actors than it has lines a file may declare in a header: 1,000,000.
    ///
    /// Pajek's `*Vertices n` and UCINET's `n=` may declare actors that the file never lists
    /// (isolates), and real files do; but a header of a few bytes must not make the reader
    /// build a billion actors. A declared count above the file's line count plus this limit
    /// is refused.
    package static let maximumUnlistedActors = 1_000_000
}
