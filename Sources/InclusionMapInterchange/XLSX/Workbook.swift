import Foundation
import InclusionMap
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An Excel workbook (Office Open XML, ECMA-376 SpreadsheetML) as plain tables of text: the
/// sheets by name, each a list of rows with their row numbers and cells by column.
///
/// Reading takes what people put in cells: shared and inline strings, numbers (whole numbers
/// without a point, others in their shortest form), booleans (`true`/`false`), dates (a number
/// in a date format, given as `YYYY-MM-DD`), and the cached result of a formula. A cell that
/// holds an error (`#N/A`, `#REF!`) is reported with its sheet and cell. Writing makes the
/// smallest workbook Excel, LibreOffice and Google Sheets open: one sheet per table, text as
/// inline strings, numbers as numbers; a text cell that begins with `=`, `+`, `-` or `@` is
/// stored as text with Excel's quote prefix (the `'` Excel itself adds), so neither opening
/// nor editing it runs a formula, as OWASP's guidance on formula injection asks.
public struct Workbook: Sendable {
    /// One sheet.
    public struct Sheet: Sendable {
        /// The sheet's name, as on its tab.
        public var name: String
        /// The rows that hold anything, in order: the 1-based row number and the cells, by
        /// 0-based column, "" where empty.
        public var rows: [(number: Int, cells: [String])]
        /// Cells that hold an error value, as `A1` references with the error.
        public var errors: [(cell: String, row: Int, value: String)]
        /// Cells with a formula but no saved result (a workbook written by a program, never
        /// opened and saved in a spreadsheet): read as empty.
        public var unsavedFormulas: [String]

        /// A sheet.
        public init(name: String, rows: [(number: Int, cells: [String])], errors: [(cell: String, row: Int, value: String)] = [],
                    unsavedFormulas: [String] = []) {
            self.name = name
            self.rows = rows
            self.errors = errors
            self.unsavedFormulas = unsavedFormulas
        }
    }

    /// The sheets, in tab order.
    public var sheets: [Sheet]

    /// A workbook of `sheets`.
    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// The sheet named `name`, compared without regard to case.
    public func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The reference of a cell: column 0, row 7 → `A7`; column 27 → `AB`.
    public static func reference(column: Int, row: Int) -> String {
        var letters = "", n = column + 1
        while n > 0 {
            let remainder = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            n = (n - 1) / 26
        }
        return letters + String(row)
    }

    /// The 0-based column of a reference such as `AB12`.
    ///
    /// A reference past Excel's last column (XFD) gives ``maximumColumns`` or more, never an
    /// overflow.
    static func column(ofReference reference: String) -> Int? {
        var column = 0, any = false
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) || (97...122).contains(scalar.value) else { break }
            column = min(column * 26 + Int((scalar.value & ~0x20) - 64), maximumColumns + 1)
            any = true
        }
        return any ? column - 1 : nil
    }

    /// Excel's column limit (A to XFD): a cell beyond it is refused rather than padded to.
    static let maximumColumns = InputLimits.maximumColumns

    // MARK: Reading

    /// The names of the sheets of the workbook in `data`, read from its directory part only.
    ///
    /// - Throws: `DatasetError` naming `fileName` when it is not a workbook.
    public static func sheetNames(in data: Data, fileName: String = "book.xlsx") throws(DatasetError) -> [String] {
        if let problem = ZIPLayout.problem(in: data) {
            throw DatasetError(issues: [DatasetIssue(file: fileName, message: "not an Excel workbook (.xlsx): \(problem)")])
        }
        guard let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else {
            throw DatasetError(issues: [DatasetIssue(file: fileName, message: "not an Excel workbook (.xlsx): it is not a zip archive")])
        }
        do throws(XMLFailure) {
            guard let xml = try part("xl/workbook.xml", of: archive) else {
                throw XMLFailure(message: "not an Excel workbook (.xlsx): it has no xl/workbook.xml", line: 0, column: 0)
            }
            return try XMLElements(xml, collecting: ["sheet"]).elements.map { $0.attributes["name"] ?? "" }
        } catch {
            if error.line == 0 { throw DatasetError(issues: [DatasetIssue(file: fileName, message: error.message)]) }
            throw Self.failure(error, part: "xl/workbook.xml", fileName: fileName)
        }
    }

    /// Reads the workbook in `data` (the bytes of an `.xlsx` file).
    ///
    /// - Parameters:
    ///   - data: the bytes of the `.xlsx` file.
    ///   - fileName: the name to give in problems.
    ///   - wanted: which sheets to read, by position (from 0) and name; the others are listed
    ///     with no rows and are neither inflated nor parsed. All of them when `nil`.
    /// - Throws: `DatasetError` naming `fileName` when it is not a workbook, or a part is
    ///   damaged or would inflate beyond ``maximumPartBytes`` or ``maximumInflation``.
    public init(data: Data, fileName: String = "book.xlsx", reading wanted: ((_ position: Int, _ name: String) -> Bool)? = nil) throws(DatasetError) {
        func fail(_ message: String) -> DatasetError { DatasetError(issues: [DatasetIssue(file: fileName, message: message)]) }
        if let problem = ZIPLayout.problem(in: data) { throw fail("not an Excel workbook (.xlsx): \(problem)") }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw fail("not an Excel workbook (.xlsx): it is not a zip archive")
        }
        var sheets: [Sheet] = []
        var partName = "xl/workbook.xml"
        do throws(XMLFailure) {
            func part(_ path: String) throws(XMLFailure) -> Data? {
                partName = path
                return try Self.part(path, of: archive)
            }
            guard let workbookXML = try part("xl/workbook.xml") else {
                throw XMLFailure(message: "not an Excel workbook (.xlsx): it has no xl/workbook.xml", line: 0, column: 0)
            }
            let directory = try XMLElements(workbookXML, collecting: ["sheet", "workbookPr"]).elements
            let sheetList = directory.filter { $0.name == "sheet" }.map {
                ($0.attributes["name"] ?? "", $0.attributes["r:id"] ?? $0.attributes["id"] ?? "")
            }
            // ECMA-376 Part 1 §18.2.28: date1904 counts serials from 1904-01-01 (Excel for Mac before 2011).
            let date1904 = directory.contains { $0.name == "workbookPr" && ["1", "true"].contains($0.attributes["date1904"]?.lowercased() ?? "") }
            var targets: [String: String] = [:]
            if let rels = try part("xl/_rels/workbook.xml.rels") {
                for relation in try XMLElements(rels, collecting: ["Relationship"]).elements {
                    targets[relation.attributes["Id"] ?? ""] = relation.attributes["Target"]
                }
            }
            let shared = try part("xl/sharedStrings.xml").map(SharedStrings.read) ?? []
            let dateStyles = try part("xl/styles.xml").map(DateStyles.read) ?? []
            for (index, (name, relation)) in sheetList.enumerated() {
                guard wanted?(index, name) ?? true else {
                    sheets.append(Sheet(name: name, rows: []))
                    continue
                }
                var target = targets[relation] ?? "worksheets/sheet\(index + 1).xml"
                if target.hasPrefix("/") { target.removeFirst() } else { target = "xl/" + target }
                guard let xml = try part(target) else {
                    throw XMLFailure(message: "sheet \"\(name)\" has no part \(target) in the archive; the workbook is incomplete", line: 0, column: 0)
                }
                sheets.append(try SheetReader.read(xml, name: name, shared: shared, dateStyles: dateStyles, date1904: date1904))
            }
        } catch {
            if error.line == 0 { throw fail(error.message) }
            throw Self.failure(error, part: partName, fileName: fileName)
        }
        self.sheets = sheets
    }

    /// `failure` in `part` as an error of the workbook `fileName`.
    static func failure(_ failure: XMLFailure, part: String, fileName: String) -> DatasetError {
        DatasetError(issues: [DatasetIssue(file: fileName, line: failure.line, column: failure.column,
                                           message: "in its part \(part): \(failure.message)")])
    }

    /// The largest part (inflated) a workbook may hold: 512 MiB. A worksheet of Excel's
    /// 1,048,576 rows of ten short cells is about 150 MB of XML.
    public static let maximumPartBytes: UInt64 = 1 << 29

    /// The most a part of over ``inflationCheckBytes`` may inflate: 100 times its compressed
    /// size. Worksheets of real data compress 5 to 30 times; a zip bomb compresses thousands
    /// of times (a 3.6 MB workbook of a gigabyte of rows took 400 s and 7.4 GB to read).
    public static let maximumInflation: UInt64 = 100

    /// Parts up to this inflated size (16 MiB) are read whatever their ratio: small enough to
    /// cost little, and small parts of repeated text compress far beyond 100 times.
    public static let inflationCheckBytes: UInt64 = 1 << 24

    /// Inflating stopped because a part grew past the size its directory entry declares.
    private struct PartTooLarge: Error {}

    /// The bytes of one part (file) of the archive, or `nil` when it has none of that name.
    ///
    /// - Throws: an `XMLFailure` in words (with no place) when the part is not a plain file,
    ///   declares more than ``maximumPartBytes`` or more than ``maximumInflation`` times its
    ///   compressed size, or does not inflate to exactly what it declares with the checksum
    ///   it declares (a damaged archive); a zip bomb stops at its declared size.
    static func part(_ path: String, of archive: Archive) throws(XMLFailure) -> Data? {
        guard let entry = archive[path] else { return nil }
        func refuse(_ reason: String) -> XMLFailure { XMLFailure(message: "its part \(path) \(reason)", line: 0, column: 0) }
        guard entry.type == .file else { throw refuse("is not a file") }
        let inflated = entry.uncompressedSize, deflated = max(entry.compressedSize, 1)
        func megabytes(_ bytes: UInt64) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
        guard inflated <= maximumPartBytes else {
            throw refuse("would inflate to \(megabytes(inflated)), more than the \(maximumPartBytes >> 20) MiB a workbook part may hold")
        }
        guard inflated <= inflationCheckBytes || inflated / deflated <= maximumInflation else {
            throw refuse("would inflate \(inflated / deflated)-fold (\(megabytes(deflated)) to \(megabytes(inflated))), more than the \(maximumInflation)-fold of real data: the file is damaged or built to exhaust memory")
        }
        let declared = Int(inflated)
        var bytes = Data()
        bytes.reserveCapacity(declared)
        // ZIPFoundation computes the CRC-32 of what it inflates into a closure but leaves the
        // comparison with the entry's to the caller.
        let damaged = refuse("is damaged: it does not inflate to the \(declared) bytes with the checksum its directory entry declares")
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= declared else { throw PartTooLarge() }
                bytes.append(chunk)
            }
            guard checksum == entry.checksum, bytes.count == declared else { throw damaged }
        } catch {
            throw damaged
        }
        return bytes
    }

    /// The bytes of one part of the archive in `data`, or `nil` when it has none of that
    /// name or the archive or part cannot be read.
    static func part(_ path: String, of data: Data) -> Data? {
        guard ZIPLayout.problem(in: data) == nil, let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else { return nil }
        return try? part(path, of: archive)
    }

    // MARK: Writing

    /// The `.xlsx` bytes of the workbook.
    public func data() -> Data {
        // An in-memory archive: writing to memory cannot fail but for running out of it.
        let archive = try! Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) {
            let bytes = Data(text.utf8)
            try! archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                  modificationDate: Date(timeIntervalSince1970: 1_700_000_000), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        var types = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        types += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        types += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        types += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        types += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for index in sheets.indices {
            types += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        types += "</Types>"
        add("[Content_Types].xml", types)
        add("_rels/.rels", header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
        var book = header + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        var rels = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (index, sheet) in sheets.enumerated() {
            var name = XMLWriting()
            name.attribute(sheet.name)
            book += "<sheet name=\"\(name.text)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            rels += "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        rels += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>"
        add("xl/workbook.xml", book + "</sheets></workbook>")
        add("xl/_rels/workbook.xml.rels", rels)
        // Style 0: normal; style 1: text with Excel's quote prefix.
        add("xl/styles.xml", header + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/></cellXfs></styleSheet>")
        for (index, sheet) in sheets.enumerated() {
            var xml = XMLWriting()
            xml.raw(header + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
            for row in sheet.rows {
                xml.raw("<row r=\"\(row.number)\">")
                for (column, value) in row.cells.enumerated() where !value.isEmpty {
                    let reference = Self.reference(column: column, row: row.number)
                    // A number is written as one only when it reads back as the same text
                    // ("007" and "1.50" stay text).
                    if row.number > 1, let number = Double(value), number.isFinite, Tie.text(ofWeight: number) == value {
                        xml.raw("<c r=\"\(reference)\"><v>\(value)</v></c>")
                    } else {
                        let quoted = value.first.map { SpreadsheetCell.formulaStarts.contains($0) } ?? false
                        xml.raw("<c r=\"\(reference)\" t=\"inlineStr\"\(quoted ? " s=\"1\"" : "")><is><t xml:space=\"preserve\">")
                        xml.content(value)
                        xml.raw("</t></is></c>")
                    }
                }
                xml.raw("</row>")
            }
            xml.raw("</sheetData></worksheet>")
            add("xl/worksheets/sheet\(index + 1).xml", xml.text)
        }
        return archive.data!
    }
}

/// Collects the attributes of the elements named in `names`, in document order.
struct XMLElements {
    struct Element {
        var name: String
        var attributes: [String: String]
    }

    private(set) var elements: [Element] = []

    init(_ data: Data, collecting names: Set<String>) throws(XMLFailure) {
        let collector = Collector(names: names)
        if let failure = XMLParser.parse(data, into: collector) { throw failure }
        elements = collector.elements
    }

    private final class Collector: NSObject, XMLErrorNoting {
        var xmlFailure: XMLFailure?
        let names: Set<String>
        var elements: [Element] = []
        init(names: Set<String>) { self.names = names }
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let local = name.split(separator: ":").last.map(String.init) ?? name
            if names.contains(local) { elements.append(Element(name: local, attributes: attributes)) }
        }
    }
}

