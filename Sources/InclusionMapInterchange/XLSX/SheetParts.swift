import Foundation
import InclusionMap
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/sharedStrings.xml`: the strings cells refer to by index (`<si>`, each the text of its
/// `<t>` elements, rich-text runs joined; phonetic runs `<rPh>` left out).
enum SharedStrings {
    /// The most shared strings a workbook may hold: 16,777,216 (2^24). A workbook of real
    /// data, even Excel's full million rows, holds fewer distinct texts; 60 million took
    /// 167 s and 3.2 GB before this limit.
    static let maximumCount = 1 << 24

    static func read(_ data: Data) throws(XMLFailure) -> [String] {
        let handler = Handler()
        if let failure = XMLParser.parse(data, into: handler) { throw failure }
        return handler.strings
    }

    private final class Handler: NSObject, XMLErrorNoting {
        var xmlFailure: XMLFailure?
        var strings: [String] = []
        var current = ""
        var inText = false
        var inPhonetic = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "si": current = ""
            case "t": inText = !inPhonetic
            case "rPh": inPhonetic = true
            default: break
            }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "si":
                guard strings.count < SharedStrings.maximumCount else {
                    xmlFailure = XMLFailure(
                        message: "more than \(SharedStrings.maximumCount) shared strings, far beyond a workbook of real data; the file is damaged or built to exhaust memory",
                        line: parser.lineNumber, column: parser.columnNumber)
                    parser.abortParsing()
                    return
                }
                strings.append(current)
            case "t": inText = false
            case "rPh": inPhonetic = false
            default: break
            }
        }
    }
}

/// Which cell styles (`s=` indices into `<cellXfs>`) show a number as a date: the built-in
/// date formats 14–22 and 45–47, and custom `<numFmt>` codes with day, month or year parts
/// (ECMA-376 Part 1, §18.8.30).
enum DateStyles {
    static func read(_ data: Data) throws(XMLFailure) -> Set<Int> {
        let elements = try XMLElements(data, collecting: ["numFmt", "xf", "cellXfs", "cellStyleXfs"])
        var customDates: Set<Int> = []
        for format in elements.elements where format.name == "numFmt" {
            guard let id = format.attributes["numFmtId"].flatMap(Int.init), let code = format.attributes["formatCode"] else { continue }
            if isDateCode(code) { customDates.insert(id) }
        }
        var styles: Set<Int> = []
        var inCellXfs = false, index = 0
        for element in elements.elements {
            switch element.name {
            case "cellXfs": inCellXfs = true
            case "cellStyleXfs": inCellXfs = false
            case "xf" where inCellXfs:
                let id = element.attributes["numFmtId"].flatMap(Int.init) ?? 0
                if (14...22).contains(id) || (45...47).contains(id) || customDates.contains(id) { styles.insert(index) }
                index += 1
            default: break
            }
        }
        return styles
    }

    /// Whether a number format code shows a date: it has y, d or m outside quotes and
    /// brackets (an `m` alone next to `h` or `s` is minutes, but a code with y or d is a date).
    static func isDateCode(_ code: String) -> Bool {
        var inQuote = false, inBracket = false
        var letters = Set<Character>()
        for character in code.lowercased() {
            if character == "\"" { inQuote.toggle(); continue }
            if character == "[" { inBracket = true; continue }
            if character == "]" { inBracket = false; continue }
            if !inQuote, !inBracket { letters.insert(character) }
        }
        return letters.contains("y") || letters.contains("d") || (letters.contains("m") && !letters.contains("h") && !letters.contains("s"))
    }

    /// The calendar day of an Excel serial number. In the 1900 date system day 1 is
    /// 1900-01-01, and Excel's phantom 1900-02-29 (day 60) is skipped; in the 1904 system
    /// (`date1904`) day 0 is 1904-01-01, with no phantom day (ECMA-376 Part 1, §18.17.4.1).
    static func day(ofSerial serial: Double, date1904: Bool = false) -> String? {
        guard serial >= (date1904 ? 0 : 1), serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var date = DateComponents()
        if date1904 {
            date.year = 1904; date.month = 1; date.day = 1
        } else {
            if days < 60 { days += 1 }  // before the phantom leap day
            // Days since 1899-12-30 (the epoch that makes serials after day 60 right).
            date.year = 1899; date.month = 12; date.day = 30
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let start = calendar.date(from: date), let day = calendar.date(byAdding: .day, value: days, to: start) else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}

/// One worksheet's cells as text.
enum SheetReader {
    static func read(_ data: Data, name: String, shared: [String], dateStyles: Set<Int>, date1904: Bool = false) throws(XMLFailure) -> Workbook.Sheet {
        let handler = Handler(shared: shared, dateStyles: dateStyles, date1904: date1904)
        let parseFailure = XMLParser.parse(data, into: handler)
        // A cell the sheet cannot hold stops the parse, and that stop is not the document's fault.
        if let failure = handler.failure ?? parseFailure { throw failure }
        return Workbook.Sheet(name: name, rows: handler.rows.filter { !$0.cells.allSatisfy(\.isEmpty) }, errors: handler.errors,
                              unsavedFormulas: handler.unsavedFormulas)
    }

    private final class Handler: NSObject, XMLErrorNoting {
        var xmlFailure: XMLFailure?
        /// A cell the sheet cannot hold (beyond Excel's last column), which stops the parse.
        var failure: XMLFailure?
        let shared: [String]
        let dateStyles: Set<Int>
        var rows: [(number: Int, cells: [String])] = []
        var errors: [(cell: String, row: Int, value: String)] = []
        var unsavedFormulas: [String] = []
        var hasFormula = false
        var rowNumber = 0
        var cells: [String] = []
        var cell: (column: Int, type: String, style: Int, reference: String)?
        var text = ""
        var collecting = false

        let date1904: Bool

        init(shared: [String], dateStyles: Set<Int>, date1904: Bool) {
            self.shared = shared
            self.dateStyles = dateStyles
            self.date1904 = date1904
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "row":
                rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
                cells = []
            case "c":
                let reference = attributes["r"] ?? Workbook.reference(column: cells.count, row: rowNumber)
                let column = Workbook.column(ofReference: reference) ?? cells.count
                guard column < Workbook.maximumColumns else {
                    failure = XMLFailure(
                        message: "cell \(QuotedValue.quoted(reference)) is beyond Excel's last column XFD (\(Workbook.maximumColumns) columns)",
                        line: parser.lineNumber, column: parser.columnNumber)
                    parser.abortParsing()
                    return
                }
                cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0, reference)
                text = ""
                hasFormula = false
            case "f":
                hasFormula = true
            case "v", "t":
                collecting = cell != nil
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { text += string } }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "v", "t": collecting = false
            case "c":
                guard let current = cell else { return }
                if hasFormula, text.isEmpty { unsavedFormulas.append(current.reference) }
                var value: String
                switch current.type {
                case "s":
                    let trimmed = text.trimmingCharacters(in: .whitespaces)
                    guard let index = Int(trimmed), shared.indices.contains(index) else {
                        // A damaged or hostile part: refused where it is, never read as an empty cell.
                        failure = XMLFailure(
                            message: "cell \(QuotedValue.quoted(current.reference)) refers to shared string \(QuotedValue.quoted(trimmed)); the workbook has \(shared.count) (numbered from 0)",
                            line: parser.lineNumber, column: parser.columnNumber)
                        parser.abortParsing()
                        return
                    }
                    value = shared[index]
                case "b": value = text == "1" ? "true" : "false"
                case "e":
                    errors.append((current.reference, rowNumber, text))
                    value = ""
                case "inlineStr", "str": value = text
                default:
                    if let number = Double(text.trimmingCharacters(in: .whitespaces)) {
                        if dateStyles.contains(current.style), let day = DateStyles.day(ofSerial: number, date1904: date1904) {
                            value = day
                        } else {
                            value = Tie.text(ofWeight: number)
                        }
                    } else {
                        value = text
                    }
                }
                while cells.count < current.column { cells.append("") }
                if current.column < cells.count { cells[current.column] = value } else { cells.append(value) }
                cell = nil
            case "row":
                rows.append((rowNumber, cells))
            default: break
            }
        }
    }
}
