import Foundation
import InclusionMap

/// A table read from a CSV file or an Excel workbook's first sheet: the header and the rows,
/// each with its line (row number).
///
/// An export of a known survey tool (``SurveyExportLayout``) is recognised by its columns:
/// Qualtrics's second and third header rows (question text, `{"ImportId":…}`) are taken out
/// of the rows, and a column may be named by its id or by its question text.
struct SurveyTable {
    var fileName: String
    var header: [String]
    var rows: [(line: Int, cells: [String])]
    /// The tool that wrote the table.
    var layout: SurveyExportLayout = .plain
    /// Each column's question text, when the export has a row of it (Qualtrics's row 2).
    var questionText: [String]? = nil

    static func read(_ url: URL) throws(DatasetError) -> SurveyTable {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: url.path, message: "cannot be read: \(error.localizedDescription)")])
        }
        return try read(data, fileName: url.path, isWorkbook: url.pathExtension.lowercased() == "xlsx")
    }

    static func read(_ data: Data, fileName: String, isWorkbook: Bool) throws(DatasetError) -> SurveyTable {
        var records: [(line: Int, cells: [String])]
        if isWorkbook {
            let workbook = try Workbook(data: data, fileName: fileName) { position, _ in position == 0 }
            guard let sheet = workbook.sheets.first else {
                throw DatasetError(issues: [DatasetIssue(file: fileName, message: "the workbook has no sheet")])
            }
            records = sheet.rows.map { ($0.number, $0.cells) }
        } else {
            // Excel saves "CSV" with semicolons where the decimal mark is a comma (much of
            // Europe); read as commas, its first quoted answer gave a misleading quote error.
            let firstLine = data.prefix { $0 != 0x0A }
            if firstLine.contains(UInt8(ascii: ";")), !firstLine.contains(UInt8(ascii: ",")) {
                throw DatasetError(issues: [DatasetIssue(
                    file: fileName, line: 1,
                    message: "the columns are separated by semicolons (as Excel saves CSV where the decimal mark is a comma); save the export as CSV with commas (\"CSV UTF-8\"), or give the .xlsx")])
            }
            records = try CSVRecords.read(data, fileName: fileName).map { ($0.line, $0.fields) }
        }
        guard let header = records.first else {
            throw DatasetError(issues: [DatasetIssue(file: fileName, line: 1, message: "empty; expected a header row")])
        }
        let names = header.cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        var rows = records.dropFirst().map { row in
            (line: row.line, cells: row.cells.count < names.count ? row.cells + Array(repeating: "", count: names.count - row.cells.count) : row.cells)
        }[...]
        let layout = SurveyExportLayout.recognise(names)
        var questionText: [String]?
        if layout == .qualtrics {
            // Row 2: the question text (its ResponseId cell reads "Response ID"); row 3 (since
            // 2017): one {"ImportId":…} object per column. Neither is a submission.
            let responseID = names.firstIndex { $0.lowercased() == "responseid" }!
            if let first = rows.first, first.cells[responseID].trimmingCharacters(in: .whitespaces).lowercased() == "response id" {
                questionText = first.cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                rows = rows.dropFirst()
            }
            while let first = rows.first, first.cells.contains(where: { $0.hasPrefix("{\"ImportId\"") }) { rows = rows.dropFirst() }
        }
        return SurveyTable(fileName: fileName, header: names, rows: Array(rows), layout: layout, questionText: questionText)
    }

    /// The 0-based index of a column, compared after trimming and without regard to case: by
    /// its header, else by its question text.
    func column(_ name: String) -> Int? {
        let wanted = name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return header.firstIndex { $0.lowercased() == wanted } ?? questionText?.firstIndex { $0.lowercased() == wanted }
    }

    /// The text of row `row`'s cell in the column named `name`, trimmed; `nil` when there is
    /// no such column.
    func cell(_ row: [String], _ name: String) -> String? {
        column(name).map { row[$0].trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The index of `name`, or an issue naming the header row and the columns there are.
    func require(_ name: String, for purpose: String) throws(DatasetError) -> Int {
        guard let index = column(name) else {
            throw DatasetError(issues: [DatasetIssue(
                file: fileName, line: 1,
                message: "no column \"\(name)\" (\(purpose)); the columns are \(header.prefix(12).map { "\"\($0)\"" }.joined(separator: ", "))\(header.count > 12 ? " …" : "")")])
        }
        return index
    }
}
