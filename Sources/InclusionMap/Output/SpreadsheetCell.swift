/// A CSV cell made safe to open in a spreadsheet, following OWASP's guidance on CSV
/// injection (owasp.org/www-community/attacks/CSV_Injection).
///
/// Excel, LibreOffice Calc and Google Sheets run a cell that begins with `=`, `+`, `-` or `@`
/// as a formula (a leading tab or carriage return as well, in some; those are escaped here), and a formula can fetch a web
/// address with the sheet's data or, through DDE, start a program. ``guarded(_:)`` puts a
/// single quote before such a cell, which every spreadsheet reads as "this is text" and does
/// not show. A plain number, `-0.25` or `-3e-5`, is left as it is: spreadsheets read it as a
/// number, never as a formula, and programs reading the file still see a number.
///
/// Control characters, bidirectional formatting characters and Unicode line separators are
/// written as visible escapes, as in ``TerminalText``, tabs and carriage returns too; a line
/// feed is kept (CSV quotes it).
///
/// Only outputs meant to be read (metrics, brokers, report tables) are guarded; a dataset
/// folder is data and is written exactly, so that it reads back the same.
public enum SpreadsheetCell {
    /// The characters that make a spreadsheet read a cell as a formula.
    public static let formulaStarts: Set<Character> = ["=", "+", "-", "@"]

    /// `cell`, prefixed with `'` when a spreadsheet would read it as a formula, with controls
    /// escaped.
    public static func guarded(_ cell: String) -> String {
        prefixed(TerminalText.escaped(cell, keeping: { $0 == "\n" }))
    }

    /// `cell` with the quote prefix where a spreadsheet would run it, and nothing else changed:
    /// for data files (a dataset folder, Gephi's tables) that must read back exactly, through
    /// ``unprefixed(_:)``. A cell that already starts with apostrophes before a formula
    /// character gains one more, so reading back takes exactly one off.
    public static func prefixed(_ cell: String) -> String {
        let afterQuotes = cell.drop { $0 == "'" }
        guard let first = afterQuotes.first, formulaStarts.contains(first), !isPlainNumber(String(afterQuotes)) || afterQuotes.count != cell.count else {
            return cell
        }
        return "'" + cell
    }

    /// `cell` as it was before ``prefixed(_:)``: one leading `'` taken off when apostrophes are
    /// followed by a formula character.
    public static func unprefixed(_ cell: String) -> String {
        guard cell.first == "'" else { return cell }
        let afterQuotes = cell.drop { $0 == "'" }
        guard let first = afterQuotes.first, formulaStarts.contains(first) else { return cell }
        return String(cell.dropFirst())
    }

    /// Whether `cell` is a decimal number: an optional sign, digits with an optional point,
    /// an optional exponent, nothing else.
    static func isPlainNumber(_ cell: String) -> Bool {
        var scalars = Substring(cell).unicodeScalars[...]
        func digits() -> Int {
            var count = 0
            while let s = scalars.first, ("0"..."9").contains(s) { scalars.removeFirst(); count += 1 }
            return count
        }
        if scalars.first == "-" || scalars.first == "+" { scalars.removeFirst() }
        var mantissa = digits()
        if scalars.first == "." { scalars.removeFirst(); mantissa += digits() }
        guard mantissa > 0 else { return false }
        if scalars.first == "e" || scalars.first == "E" {
            scalars.removeFirst()
            if scalars.first == "-" || scalars.first == "+" { scalars.removeFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }
}
